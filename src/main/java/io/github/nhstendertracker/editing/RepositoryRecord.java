package io.github.nhstendertracker.editing;

import java.util.Optional;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.common.Archivable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.validation.Errors;

/**
 * An {@link Editable} record of its own (not inside a tender), kept in its own
 * repository, that can be archived: a commissioner, bidder or source.
 *
 * @param <E> the record
 * @param <F> its form
 * @param <V> the form once checked and parsed
 */
public abstract class RepositoryRecord<E extends Archivable, F extends EditableForm, V> implements Editable<E, F, V> {

	private final AuditEntity type;

	private final JpaRepository<E, Long> repository;

	protected RepositoryRecord(AuditEntity type, JpaRepository<E, Long> repository) {
		this.type = type;
		this.repository = repository;
	}

	@Override
	public AuditEntity type() {
		return this.type;
	}

	@Override
	public Optional<E> find(RecordKey key) {
		return (key.id() != null) ? this.repository.findById(key.id()) : Optional.empty();
	}

	@Override
	public V check(F change, RecordKey key, E current, Errors errors) {
		return check(change, key.id(), errors);
	}

	/**
	 * Checks the form against the rules and the records already kept.
	 * @param form the form as typed
	 * @param id the record being edited, or null for a new one
	 * @param errors where problems are added
	 * @return the parsed values, or null after adding errors
	 */
	protected abstract V check(F form, Long id, Errors errors);

	@Override
	public E newRecord(RecordKey key, V values) {
		return newRecord(values);
	}

	/** A new record holding the values' required fields. */
	protected abstract E newRecord(V values);

}
