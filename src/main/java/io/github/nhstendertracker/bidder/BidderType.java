package io.github.nhstendertracker.bidder;

/**
 * The kind of organisation that bids.
 */
public enum BidderType {

	NHS_TRUST("NHS trust"), NHS_FOUNDATION_TRUST("NHS foundation trust"), PRIVATE_COMPANY("Private company"),
	LLP_JOINT_VENTURE("LLP or joint venture"), CONSORTIUM("Consortium"), THIRD_SECTOR("Third sector");

	private final String label;

	BidderType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
