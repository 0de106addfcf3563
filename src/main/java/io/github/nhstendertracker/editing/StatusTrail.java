package io.github.nhstendertracker.editing;

import java.util.List;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * After an edit that can move a tender's status (an event, or a duration that moves the
 * contract's end), recomputes the status and audits it when it moved, with the edit's
 * actor.
 */
@Component
class StatusTrail {

	private final TenderEvents timelines;

	private final EntityManager entityManager;

	StatusTrail(TenderEvents timelines, EntityManager entityManager) {
		this.timelines = timelines;
		this.entityManager = entityManager;
	}

	void refresh(Tender tender, AuditTrail trail) {
		TenderStatus old = tender.getStatus();
		TenderStatus now = this.timelines.refreshStatus(tender);
		if (old != now) {
			this.entityManager.flush();
			trail.record(AuditAction.UPDATE, AuditEntity.TENDER, tender.getId(), tender.getVersion(), tender.getTitle(),
					tender.getId(), List.of(new FieldChange("Status", old.label(), now.label())));
		}
	}

}
