package io.github.nhstendertracker.tender;

/**
 * How suppliers may take part, as OCDS's method codelist puts it.
 */
public enum ProcurementMethod {

	OPEN("Open: any supplier may bid"), SELECTIVE("Selective: only suppliers invited after a first stage may bid"),
	LIMITED("Limited: the buyer approaches suppliers of its choice"), DIRECT("Direct award to one supplier");

	private final String label;

	ProcurementMethod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
