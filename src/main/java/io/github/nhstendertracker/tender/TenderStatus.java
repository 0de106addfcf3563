package io.github.nhstendertracker.tender;

/**
 * Where a tender stands, derived from the events that have happened to it and the clock:
 * an open tender whose bid deadline has passed is awaiting award, and an awarded contract
 * whose end has passed has ended (see {@code StatusDerivation}).
 */
public enum TenderStatus {

	PLANNED("Planned", "grey"), OPEN("Open", "blue"), AWAITING_AWARD("Awaiting award", "light-blue"),
	PREFERRED_BIDDER("Preferred bidder", "turquoise"), AWARDED("Awarded", "green"), ENDED("Contract ended", "purple"),
	PAUSED("Paused", "yellow"), DELAYED("Delayed", "orange"), COLLAPSED("Collapsed", "red"),
	CANCELLED("Cancelled", "pink");

	private final String label;

	private final String colour;

	TenderStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The GOV.UK tag colour modifier for this status. */
	public String colour() {
		return this.colour;
	}

}
