package io.github.nhstendertracker.tender;

/**
 * The clinical or care area a tender covers. A tender may cover several.
 */
public enum ServiceArea {

	OLDER_PEOPLE("Older people's services"), COMMUNITY("Community services"), MUSCULOSKELETAL("Musculoskeletal"),
	CANCER("Cancer"), END_OF_LIFE("End of life care"), INTEGRATED_CARE("Integrated care / MCP"),
	PRIMARY_CARE("Primary care"), MATERNITY("Maternity"), MENTAL_HEALTH("Mental health"), OTHER("Other");

	private final String label;

	ServiceArea(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
