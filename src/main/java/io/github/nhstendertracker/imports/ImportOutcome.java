package io.github.nhstendertracker.imports;

import java.util.List;

/**
 * What writing one release did.
 *
 * @param kind created a tender, updated one, or changed nothing
 * @param tenderId the tender, or null when unchanged and not looked up
 * @param eventsAdded how many events it added
 * @param notes what was cleaned or left out
 */
public record ImportOutcome(Kind kind, Long tenderId, int eventsAdded, List<String> notes) {

	/** What a release did to the tracker's data. */
	public enum Kind {

		CREATED, UPDATED, UNCHANGED

	}

	static ImportOutcome unchanged() {
		return new ImportOutcome(Kind.UNCHANGED, null, 0, List.of());
	}

}
