package io.github.nhstendertracker.harvest;

/**
 * The portals the harvest reads, each with the names its API gives to the two ends of the
 * window of dates it is asked for. Both page with {@code limit} and a cursor that
 * {@code links.next} carries.
 */
enum Portal {

	/**
	 * Contracts Finder's OCDS search: notices published (or edited) within the window.
	 */
	CONTRACTS_FINDER("Contracts Finder", "publishedFrom", "publishedTo"),

	/** Find a Tender's OCDS release packages: notices updated within the window. */
	FIND_A_TENDER("Find a Tender", "updatedFrom", "updatedTo");

	private final String title;

	private final String fromParameter;

	private final String toParameter;

	Portal(String title, String fromParameter, String toParameter) {
		this.title = title;
		this.fromParameter = fromParameter;
		this.toParameter = toParameter;
	}

	/** Its name, as people know it. */
	String title() {
		return this.title;
	}

	String fromParameter() {
		return this.fromParameter;
	}

	String toParameter() {
		return this.toParameter;
	}

}
