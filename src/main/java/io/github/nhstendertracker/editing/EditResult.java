package io.github.nhstendertracker.editing;

/**
 * How a change ended. Saved: it was written with its audit record. Invalid: the change
 * broke a rule, the errors say which, and nothing was written. Conflict: someone else
 * saved the record after the change was started from it, and nothing was written.
 *
 * @param <V> what the change was understood to say
 * @param kind how it ended
 * @param id the record's id once saved, otherwise the id it was for (or null)
 * @param version the record's version once saved, otherwise the version the change was
 * started from
 * @param values the change as understood by the record's checks, where they got that far
 */
public record EditResult<V>(Kind kind, Long id, long version, V values) {

	/** How a change ended. */
	public enum Kind {

		SAVED, INVALID, CONFLICT

	}

	static <V> EditResult<V> saved(long id, long version, V values) {
		return new EditResult<>(Kind.SAVED, id, version, values);
	}

	static <V> EditResult<V> invalid(Long id, V values) {
		return new EditResult<>(Kind.INVALID, id, -1, values);
	}

	static <V> EditResult<V> conflict(Long id, long formVersion) {
		return new EditResult<>(Kind.CONFLICT, id, formVersion, null);
	}

	public boolean isSaved() {
		return this.kind == Kind.SAVED;
	}

	public boolean isConflict() {
		return this.kind == Kind.CONFLICT;
	}

}
