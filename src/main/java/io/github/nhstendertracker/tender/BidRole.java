package io.github.nhstendertracker.tender;

/**
 * A bidder's part in a tender.
 */
public enum BidRole {

	BIDDER("Bidder"), WITHDREW("Withdrew"), PREFERRED_BIDDER("Preferred bidder"), AWARDED("Awarded"),
	UNSUCCESSFUL("Unsuccessful"), CONSORTIUM_LEAD("Consortium lead"), CONSORTIUM_MEMBER("Consortium member");

	private final String label;

	BidRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
