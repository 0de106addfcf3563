package io.github.nhstendertracker.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One change as the audit holds it.
 *
 * @param id the record's id
 * @param recordedAt when the change was committed
 * @param actor the username of who made it
 * @param action what was done
 * @param entityType the kind of record changed
 * @param entityId its id
 * @param entityLabel its name or title at the time
 * @param tenderId the tender it belongs to (a tender's own id for a tender), or null
 * @param changes the fields that changed
 */
public record AuditRecord(long id, Instant recordedAt, String actor, AuditAction action, AuditEntity entityType,
		long entityId, String entityLabel, Long tenderId, List<FieldChange> changes) {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

	/** When, in UK time, as people read it. */
	public String when() {
		return WHEN.format(this.recordedAt.atZone(UK));
	}

	/**
	 * Where the changed record can be seen, archived or not, or null if nowhere.
	 */
	public String link() {
		return switch (this.entityType) {
			case TENDER -> "/admin/tenders/" + this.entityId + "/edit";
			case COMMISSIONER -> "/admin/commissioners/" + this.entityId + "/edit";
			case BIDDER -> "/admin/bidders/" + this.entityId + "/edit";
			case SOURCE -> "/admin/sources/" + this.entityId + "/edit";
			case BID, EVENT, FIGURE -> (this.tenderId != null) ? "/tenders/" + this.tenderId : null;
			// Only admins may open the users page; editors see the audit too.
			case USER -> null;
		};
	}

}
