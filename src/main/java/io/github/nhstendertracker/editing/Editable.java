package io.github.nhstendertracker.editing;

import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditEntity;

import org.springframework.validation.Errors;

/**
 * What one kind of record brings to the {@link EditPipeline}: only what is its own. That
 * is how to find it, its checks, how a checked change maps onto it and back to a form,
 * and how the audit shows it. The pipeline does the rest, in one order and one
 * transaction, for every kind alike.
 *
 * @param <E> the record (an entity)
 * @param <F> the change as a form or a program fills it in
 * @param <V> the change once checked and parsed
 */
public interface Editable<E, F, V> {

	/**
	 * The error code of a change that matches a record already kept; its argument is that
	 * record, for the form to link to.
	 */
	String DUPLICATE = "duplicate";

	/** The kind of record, as the audit names it. */
	AuditEntity type();

	/**
	 * Takes what a change to this record must hold still, such as the tender an event
	 * belongs to, until the transaction ends. Called first.
	 * @param key the record, or where a new one goes
	 * @throws io.github.nhstendertracker.common.NotFoundException if that is missing
	 */
	default void lock(RecordKey key) {
	}

	/**
	 * The record, fetched with whatever its checks, mapping and audit read; empty if
	 * there is none, or it cannot be changed here (such as an event of another tender).
	 */
	Optional<E> find(RecordKey key);

	/**
	 * Checks the change against the rules and the records already kept. Bean Validation
	 * and the control-character rule have run before.
	 * @param change the change as given
	 * @param key the record, or where a new one goes
	 * @param current the record as it is, or null for a new one
	 * @param errors where each problem is added, against the form's field
	 * @return the parsed change (which may be partial when {@code errors} has errors)
	 */
	V check(F change, RecordKey key, E current, Errors errors);

	/**
	 * A new record holding the change's required fields; the pipeline applies the rest.
	 */
	E newRecord(RecordKey key, V values);

	/** Sets the record's fields from the checked change. */
	void apply(E record, V values);

	/**
	 * The record's fields as the audit shows them: label to readable value, in form
	 * order.
	 */
	Map<String, String> snapshot(E record);

	/** A form holding the record's current values and version. */
	F formOf(E record);

	long idOf(E record);

	long versionOf(E record);

	/** The record's name as admins and the audit see it. */
	String labelOf(E record);

	/** The tender the record belongs to (its own id for a tender), or null. */
	default Long tenderIdOf(E record) {
		return null;
	}

	/**
	 * Follow-on writes once the record is saved and audited, such as a tender's status
	 * after its events change, each audited through {@code trail}.
	 */
	default void saved(E record, V values, AuditTrail trail) {
	}

	/**
	 * Refuses a removal that would leave the data not making sense.
	 * @throws RefusedException with the reason
	 */
	default void checkRemoval(E record, RecordKey key) {
	}

	/** Follow-on writes once the record is removed. */
	default void removed(E record, RecordKey key, AuditTrail trail) {
	}

	/**
	 * Turns a unique constraint that a racing save of the same thing hit into a form
	 * error, as the check would have given had it run second.
	 * @param constraint the constraint's name
	 * @return whether the constraint is this record's and an error was added
	 */
	default boolean duplicate(String constraint, F change, Errors errors) {
		return false;
	}

}
