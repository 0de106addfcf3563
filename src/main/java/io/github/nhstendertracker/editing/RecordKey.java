package io.github.nhstendertracker.editing;

/**
 * Which record a change is to: its id (null for a new one) and, for a record that lives
 * inside a tender (a bid or an event), that tender's id.
 *
 * @param tenderId the tender the record belongs to, or null
 * @param id the record's id, or null for a new record
 */
public record RecordKey(Long tenderId, Long id) {

	/** A record of its own, such as a tender or a commissioner. */
	public static RecordKey of(long id) {
		return new RecordKey(null, id);
	}

	/** A new record of its own. */
	public static RecordKey create() {
		return new RecordKey(null, null);
	}

	/** A record inside a tender, or a new one when {@code id} is null. */
	public static RecordKey inTender(long tenderId, Long id) {
		return new RecordKey(tenderId, id);
	}

}
