package io.github.nhstendertracker.editing;

import java.util.List;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.FieldChange;

/**
 * The audit of one change, for the follow-on writes a record makes after it is saved (a
 * tender's new status, a reported figure): each is recorded with the same actor in the
 * same transaction.
 */
public final class AuditTrail {

	private final AuditLog audit;

	private final Actor actor;

	AuditTrail(AuditLog audit, Actor actor) {
		this.audit = audit;
		this.actor = actor;
	}

	/** Who makes the change. */
	public Actor actor() {
		return this.actor;
	}

	/** Records one more change; see {@link AuditLog#record}. */
	public void record(AuditAction action, AuditEntity entityType, long entityId, Long entityVersion, String label,
			Long tenderId, List<FieldChange> changes) {
		this.audit.record(this.actor, action, entityType, entityId, entityVersion, label, tenderId, changes);
	}

}
