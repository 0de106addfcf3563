package io.github.nhstendertracker.tender;

/**
 * How the contract places responsibility with providers.
 */
public enum ContractModel {

	LEAD_PROVIDER("Lead provider"), PRIME_CONTRACTOR("Prime contractor"),
	MCP_ACCOUNTABLE_CARE("Multispecialty community provider / accountable care"), CONSORTIUM("Consortium"),
	OTHER("Other");

	private final String label;

	ContractModel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
