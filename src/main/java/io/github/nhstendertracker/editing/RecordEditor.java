package io.github.nhstendertracker.editing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.admin.EditConflicts;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What every editor of an archivable record shares: finding the record, the version check
 * before a save, saving with its audit record, and archiving and restoring. A subclass
 * checks and applies its own form.
 *
 * @param <E> the record
 * @param <F> its add and edit form
 * @param <V> the form's values once checked and parsed
 */
@Transactional
public abstract class RecordEditor<E extends Archivable, F extends EditableForm, V> {

	/**
	 * The error code of a form that matches a record already kept; its argument describes
	 * that record.
	 */
	public static final String DUPLICATE = "duplicate";

	private final AuditEntity type;

	private final JpaRepository<E, Long> repository;

	private final AuditLog audit;

	private final Clock clock;

	protected RecordEditor(AuditEntity type, JpaRepository<E, Long> repository, AuditLog audit, Clock clock) {
		this.type = type;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** The kind of record, as the audit names it. */
	public AuditEntity type() {
		return this.type;
	}

	/** The record to edit, archived or not; a 404 page if there is none. */
	@Transactional(readOnly = true)
	public E get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException(this.type.name().toLowerCase(Locale.ROOT), id));
	}

	/**
	 * Saves a new record, or adds errors to {@code errors} and saves nothing.
	 * @return the new id, or null when the form has errors
	 */
	public Long create(F form, Errors errors) {
		V values = check(form, null, errors);
		if (values == null) {
			return null;
		}
		E record = newRecord(values);
		apply(record, values);
		save(AuditAction.CREATE, record, FieldChange.created(snapshot(record)));
		return idOf(record);
	}

	/**
	 * Saves changes to a record, or adds errors and saves nothing.
	 * @return whether it was saved
	 * @throws EditConflictException when someone saved it after the form was opened
	 */
	public boolean update(long id, F form, Errors errors) {
		E record = get(id);
		V values = check(form, id, errors);
		if (values == null) {
			return false;
		}
		checkVersion(record, form);
		Map<String, String> before = snapshot(record);
		apply(record, values);
		save(AuditAction.UPDATE, record, FieldChange.between(before, snapshot(record)));
		return true;
	}

	/**
	 * Checks the form against the rules and the records already kept.
	 * @param form the form as typed
	 * @param id the record being edited, or null for a new one
	 * @param errors where problems are added
	 * @return the parsed values, or null after adding errors
	 */
	protected abstract V check(F form, Long id, Errors errors);

	/** A new record holding the values' required fields. */
	protected abstract E newRecord(V values);

	/** Sets every field of the record from the values. */
	protected abstract void apply(E record, V values);

	/** The record's fields as the audit shows them, by label, in form order. */
	protected abstract Map<String, String> snapshot(E record);

	/** The record's id. */
	public abstract long idOf(E record);

	/** The record's version, as the form carries it. */
	public abstract long versionOf(E record);

	/** The record's name as admins and the audit see it. */
	public abstract String labelOf(E record);

	/** Takes a record off the public pages. */
	@PreAuthorize("hasRole('ADMIN')")
	public void archive(long id) {
		E record = get(id);
		if (record.isArchived()) {
			return;
		}
		record.archive(this.clock.instant());
		save(AuditAction.ARCHIVE, record, List.of(new FieldChange("Shown to the public", "Yes", "No")));
	}

	/** Puts an archived record back on the public pages. */
	@PreAuthorize("hasRole('ADMIN')")
	public void restore(long id) {
		E record = get(id);
		if (!record.isArchived()) {
			return;
		}
		record.restore();
		save(AuditAction.RESTORE, record, List.of(new FieldChange("Shown to the public", "No", "Yes")));
	}

	/** Looks the record up; a subclass may fetch more with it. */
	protected Optional<E> find(long id) {
		return this.repository.findById(id);
	}

	/**
	 * Refuses a save from a form opened on another version of the record.
	 * @throws EditConflictException when the versions differ
	 */
	protected void checkVersion(E record, F form) {
		long formVersion = EditConflicts.parseVersion(form.getVersion());
		if (formVersion != versionOf(record)) {
			throw new EditConflictException(this.type, idOf(record), formVersion, versionOf(record));
		}
	}

	/**
	 * Writes the record now, so its new version is known, and records the change in the
	 * audit in the same transaction.
	 */
	protected void save(AuditAction action, E record, List<FieldChange> changes) {
		this.repository.saveAndFlush(record);
		this.audit.record(action, this.type, idOf(record), versionOf(record), labelOf(record), null, changes);
	}

}
