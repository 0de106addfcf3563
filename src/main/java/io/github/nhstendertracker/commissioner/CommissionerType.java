package io.github.nhstendertracker.commissioner;

/**
 * The kind of body that commissions services.
 */
public enum CommissionerType {

	CCG("Clinical commissioning group"), ICB("Integrated care board"), NHS_ENGLAND_NATIONAL("NHS England (national)"),
	NHS_ENGLAND_REGIONAL("NHS England (regional team)"), LOCAL_AUTHORITY("Local authority"), NHS_TRUST("NHS trust"),
	OTHER("Other");

	private final String label;

	CommissionerType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
