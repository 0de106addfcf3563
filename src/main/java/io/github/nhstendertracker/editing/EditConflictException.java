package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;

/**
 * Thrown when an editor saves a record that someone else changed after the editor opened
 * it: the form's version is older than the record's. Nothing is saved. The controller
 * shows the form again, with the editor's values, the record's current version and what
 * changed in between ({@link AuditLog#since}), so the editor can re-apply their change.
 */
public class EditConflictException extends RuntimeException {

	private final AuditEntity entityType;

	private final long entityId;

	private final long formVersion;

	private final long currentVersion;

	public EditConflictException(AuditEntity entityType, long entityId, long formVersion, long currentVersion) {
		super(entityType.label() + " " + entityId + " is at version " + currentVersion + ", not " + formVersion);
		this.entityType = entityType;
		this.entityId = entityId;
		this.formVersion = formVersion;
		this.currentVersion = currentVersion;
	}

	public AuditEntity entityType() {
		return this.entityType;
	}

	public long entityId() {
		return this.entityId;
	}

	public long formVersion() {
		return this.formVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
