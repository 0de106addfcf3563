package io.github.nhstendertracker.audit;

/** The kinds of record the audit follows. */
public enum AuditEntity {

	TENDER("Tender"), COMMISSIONER("Commissioner"), BIDDER("Bidder"), SOURCE("Source"), BID("Bid"), EVENT("Event"),
	FIGURE("Reported figure"), USER("User");

	private final String label;

	AuditEntity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
