package io.github.nhstendertracker.tender;

/**
 * Where a tender stands, derived from the events that have happened to it.
 */
public enum TenderStatus {

	PLANNED("Planned", "grey"), OPEN("Open", "blue"), PREFERRED_BIDDER("Preferred bidder", "turquoise"),
	AWARDED("Awarded", "green"), PAUSED("Paused", "yellow"), DELAYED("Delayed", "orange"),
	COLLAPSED("Collapsed", "red"), CANCELLED("Cancelled", "pink");

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
