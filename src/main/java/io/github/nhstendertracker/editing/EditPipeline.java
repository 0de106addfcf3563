package io.github.nhstendertracker.editing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.StoreUnavailableException;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The one way every change to the data is made, whether a person sends a form or a
 * program (an import) sends the same change. For each kind of record an {@link Editable}
 * supplies what is its own; this class owns the rest, once, in one order and in one
 * transaction:
 * <ol>
 * <li>lock what the change must hold still, and load the record (404 if it is
 * missing);</li>
 * <li>the version check: a change started from an older version is a conflict;</li>
 * <li>the checks: Bean Validation, no hidden control characters, then the record's
 * own;</li>
 * <li>apply, flush, audit (with the actor: a person or an import run), follow-on
 * writes.</li>
 * </ol>
 * Every way a save can lose to another ends the same way, as an {@link EditResult}: the
 * early version check and a race at the flush are a conflict, and a unique constraint hit
 * by a racing save is a form error. A database that cannot be reached is a
 * {@link StoreUnavailableException}, after a few seconds at most. Nothing is ever half
 * written.
 */
@Service
public class EditPipeline {

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final SpringValidatorAdapter validator;

	private final Clock clock;

	EditPipeline(PlatformTransactionManager transactions, EntityManager entityManager, AuditLog audit,
			Validator validator, Clock clock) {
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.entityManager = entityManager;
		this.audit = audit;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	/**
	 * Runs every check on a change without saving it: what a check-your-answers page
	 * shows.
	 * @return the change as understood
	 */
	public <E, F, V> V check(Editable<E, F, V> type, RecordKey key, F change, Errors errors) {
		return guarded(type, key, change, errors, () -> this.reads.execute((status) -> {
			status.setRollbackOnly();
			type.lock(key);
			E current = (key.id() != null) ? load(type, key) : null;
			return checked(type, key, current, change, errors);
		}));
	}

	/** Saves a new record, or reports on {@code errors} why not. */
	public <E, F, V> EditResult<V> create(Editable<E, F, V> type, RecordKey key, F change, Errors errors, Actor actor) {
		return guarded(type, key, change, errors, () -> save(type, key, null, change, errors, actor));
	}

	/**
	 * Saves a change to a record, started from the version the form carries.
	 * @return saved, invalid (see {@code errors}) or a conflict with someone else's save
	 * @throws NotFoundException if there is no such record
	 */
	public <E, F extends EditableForm, V> EditResult<V> update(Editable<E, F, V> type, RecordKey key, F change,
			Errors errors, Actor actor) {
		return update(type, key, change.versionNumber(), change, errors, actor);
	}

	/**
	 * Saves a change to a record.
	 * @param expectedVersion the version the change was started from, or null when it
	 * does not depend on one (a new password)
	 */
	public <E, F, V> EditResult<V> update(Editable<E, F, V> type, RecordKey key, Long expectedVersion, F change,
			Errors errors, Actor actor) {
		EditResult<V> result = guarded(type, key, change, errors,
				() -> save(type, key, expectedVersion, change, errors, actor));
		return (result.isConflict() && expectedVersion != null) ? EditResult.conflict(key.id(), expectedVersion)
				: result;
	}

	/**
	 * Takes a record off the public pages; returns its label. Does nothing if it is off.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public <E extends Archivable, F, V> String archive(Editable<E, F, V> type, RecordKey key, Actor actor) {
		return showOrHide(type, key, actor, true);
	}

	/** Puts an archived record back on the public pages; returns its label. */
	@PreAuthorize("hasRole('ADMIN')")
	public <E extends Archivable, F, V> String restore(Editable<E, F, V> type, RecordKey key, Actor actor) {
		return showOrHide(type, key, actor, false);
	}

	/**
	 * Removes a record, keeping every field of it in the audit.
	 * @throws RefusedException if the record's rules refuse it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public <E, F, V> void delete(Editable<E, F, V> type, RecordKey key, Actor actor) {
		guarded(type, key, null, null, () -> this.writes.execute((status) -> {
			type.lock(key);
			E record = load(type, key);
			type.checkRemoval(record, key);
			AuditTrail trail = new AuditTrail(this.audit, actor);
			trail.record(AuditAction.DELETE, type.type(), type.idOf(record), type.versionOf(record),
					type.labelOf(record), type.tenderIdOf(record), FieldChange.deleted(type.snapshot(record)));
			this.entityManager.remove(record);
			this.entityManager.flush();
			type.removed(record, key, trail);
			this.entityManager.flush();
			return null;
		}));
	}

	/** A form holding the record as it is now, with its version: for edit pages. */
	public <E, F, V> F currentForm(Editable<E, F, V> type, RecordKey key) {
		return read(type, key, type::formOf);
	}

	/** Something read from the record as it is now, in a read-only transaction. */
	public <E, F, V, T> T read(Editable<E, F, V> type, RecordKey key, Function<E, T> what) {
		return guarded(type, key, null, null, () -> this.reads.execute((status) -> what.apply(load(type, key))));
	}

	private <E, F, V> EditResult<V> save(Editable<E, F, V> type, RecordKey key, Long expectedVersion, F change,
			Errors errors, Actor actor) {
		return this.writes.execute((status) -> {
			type.lock(key);
			E current = (key.id() != null) ? load(type, key) : null;
			if (current != null && expectedVersion != null && expectedVersion != type.versionOf(current)) {
				status.setRollbackOnly();
				return EditResult.conflict(key.id(), expectedVersion);
			}
			V values = checked(type, key, current, change, errors);
			if (errors.hasErrors()) {
				status.setRollbackOnly();
				return EditResult.invalid(key.id(), values);
			}
			E record = (current != null) ? current : type.newRecord(key, values);
			Map<String, String> before = (current != null) ? type.snapshot(current) : Map.of();
			type.apply(record, values);
			if (current == null) {
				this.entityManager.persist(record);
			}
			this.entityManager.flush();
			AuditTrail trail = new AuditTrail(this.audit, actor);
			trail.record((current != null) ? AuditAction.UPDATE : AuditAction.CREATE, type.type(), type.idOf(record),
					type.versionOf(record), type.labelOf(record), type.tenderIdOf(record),
					FieldChange.between(before, type.snapshot(record)));
			type.saved(record, values, trail);
			this.entityManager.flush();
			return EditResult.saved(type.idOf(record), type.versionOf(record), values);
		});
	}

	private <E extends Archivable, F, V> String showOrHide(Editable<E, F, V> type, RecordKey key, Actor actor,
			boolean archive) {
		return guarded(type, key, null, null, () -> this.writes.execute((status) -> {
			type.lock(key);
			E record = load(type, key);
			if (record.isArchived() != archive) {
				if (archive) {
					record.archive(this.clock.instant());
				}
				else {
					record.restore();
				}
				this.entityManager.flush();
				new AuditTrail(this.audit, actor).record(archive ? AuditAction.ARCHIVE : AuditAction.RESTORE,
						type.type(), type.idOf(record), type.versionOf(record), type.labelOf(record),
						type.tenderIdOf(record), List.of(new FieldChange("Shown to the public", archive ? "Yes" : "No",
								archive ? "No" : "Yes")));
			}
			return type.labelOf(record);
		}));
	}

	private <E, F, V> V checked(Editable<E, F, V> type, RecordKey key, E current, F change, Errors errors) {
		this.validator.validate(change, errors);
		if (!ControlCharacterFields.check(change, errors)) {
			// The record's checks look text up in the database, which refuses such bytes.
			return null;
		}
		return type.check(change, key, current, errors);
	}

	private <E, F, V> E load(Editable<E, F, V> type, RecordKey key) {
		return type.find(key)
			.orElseThrow(() -> new NotFoundException(type.type().label().toLowerCase(Locale.UK), key.id()));
	}

	private <F, T> T guarded(Editable<?, F, ?> type, RecordKey key, F change, Errors errors, Supplier<T> work) {
		return SaveFailures.guarded(type, key, change, errors, work);
	}

}
