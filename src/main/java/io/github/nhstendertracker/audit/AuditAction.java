package io.github.nhstendertracker.audit;

/** What was done to a record. */
public enum AuditAction {

	CREATE("Created"), UPDATE("Changed"), ARCHIVE("Archived"), RESTORE("Restored"), DELETE("Deleted");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
