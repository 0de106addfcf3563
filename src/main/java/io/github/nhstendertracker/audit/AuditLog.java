package io.github.nhstendertracker.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.nhstendertracker.common.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit. A change is recorded inside the transaction that makes it
 * ({@link Propagation#MANDATORY}), so either both are committed or neither is.
 */
@Service
public class AuditLog {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final ThreadLocal<List<Pending>> together = new ThreadLocal<>();

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a change. An update that changed nothing is not recorded. Inside
	 * {@link #together} the record is written when that work ends.
	 * @param actor who made it
	 * @param action what was done
	 * @param entityType the kind of record
	 * @param entityId its id
	 * @param entityVersion its optimistic-locking version after the change (flush first),
	 * or null for records without one
	 * @param entityLabel its name or title, to show in the audit
	 * @param tenderId the tender it belongs to (its own id for a tender), or null
	 * @param changes the fields that changed, from {@link FieldChange#between}
	 * @return whether a record was written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(Actor actor, AuditAction action, AuditEntity entityType, long entityId, Long entityVersion,
			String entityLabel, Long tenderId, List<FieldChange> changes) {
		if (action == AuditAction.UPDATE && changes.isEmpty()) {
			return false;
		}
		String label = (entityLabel.length() > 300) ? entityLabel.substring(0, 297) + "..." : entityLabel;
		Pending record = new Pending(actor.name(), action.name(), entityType.name(), entityId, entityVersion, label,
				tenderId, changes);
		List<Pending> pending = this.together.get();
		if (pending != null) {
			pending.add(record);
		}
		else {
			write(List.of(record));
		}
		return true;
	}

	/**
	 * Does work that records many changes (an import's release) and writes their audit
	 * records together, with one statement, when it ends, in the same transaction: if the
	 * work fails, nothing of it is recorded. Within it, a record is not yet readable.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T together(Supplier<T> work) {
		if (this.together.get() != null) {
			return work.get();
		}
		List<Pending> pending = new ArrayList<>();
		this.together.set(pending);
		try {
			T result = work.get();
			write(pending);
			return result;
		}
		finally {
			this.together.remove();
		}
	}

	private void write(List<Pending> records) {
		if (records.isEmpty()) {
			return;
		}
		List<Integer> owners = new ArrayList<>();
		List<FieldChange> changes = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			for (FieldChange change : records.get(i).changes()) {
				owners.add(i + 1);
				changes.add(change);
			}
		}
		this.jdbc.sql("""
				with r as (
				  select * from unnest(cast(:actors as text[]), cast(:actions as text[]), cast(:types as text[]),
				                       cast(:ids as bigint[]), cast(:versions as bigint[]), cast(:labels as text[]),
				                       cast(:tenders as bigint[]))
				         with ordinality r(actor, action, entity_type, entity_id, entity_version, entity_label,
				                           tender_id, n)),
				c as (
				  select u.n, jsonb_agg(jsonb_build_object('field', u.field, 'before', u.before, 'after', u.after)
				                        order by u.position) as changes
				  from unnest(cast(:owners as bigint[]), cast(:fields as text[]), cast(:befores as text[]),
				              cast(:afters as text[])) with ordinality u(n, field, before, after, position)
				  group by u.n)
				insert into audit_record (actor, action, entity_type, entity_id, entity_version, entity_label,
				                          tender_id, changes)
				select r.actor, r.action, r.entity_type, r.entity_id, r.entity_version, r.entity_label, r.tender_id,
				       coalesce(c.changes, '[]')
				from r left join c on c.n = r.n
				order by r.n""")
			.param("actors", records.stream().map(Pending::actor).toArray(String[]::new))
			.param("actions", records.stream().map(Pending::action).toArray(String[]::new))
			.param("types", records.stream().map(Pending::entityType).toArray(String[]::new))
			.param("ids", records.stream().map(Pending::entityId).toArray(Long[]::new))
			.param("versions", records.stream().map(Pending::entityVersion).toArray(Long[]::new))
			.param("labels", records.stream().map(Pending::label).toArray(String[]::new))
			.param("tenders", records.stream().map(Pending::tenderId).toArray(Long[]::new))
			.param("owners", owners.stream().map(Integer::longValue).toArray(Long[]::new))
			.param("fields", changes.stream().map(FieldChange::field).toArray(String[]::new))
			.param("befores", changes.stream().map(FieldChange::before).toArray(String[]::new))
			.param("afters", changes.stream().map(FieldChange::after).toArray(String[]::new))
			.update();
	}

	private record Pending(String actor, String action, String entityType, Long entityId, Long entityVersion,
			String label, Long tenderId, List<FieldChange> changes) {
	}

	/** Every change to a tender and to its bids, events and figures, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> forTender(long tenderId) {
		return withChanges(this.jdbc.sql("""
				select * from audit_record where tender_id = :tenderId
				order by recorded_at desc, id desc limit 200""").param("tenderId", tenderId).query(this::row).list());
	}

	/** The latest changes to anything, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> latest(int count) {
		return withChanges(this.jdbc.sql("select * from audit_record order by recorded_at desc, id desc limit :count")
			.param("count", count)
			.query(this::row)
			.list());
	}

	/** Every change to one record, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> forEntity(AuditEntity entityType, long entityId) {
		return withChanges(this.jdbc.sql("""
				select * from audit_record where entity_type = :entityType and entity_id = :entityId
				order by recorded_at desc, id desc limit 200""")
			.param("entityType", entityType.name())
			.param("entityId", entityId)
			.query(this::row)
			.list());
	}

	/**
	 * The changes made to a record after the version an editor started from, oldest
	 * first: what the conflict page shows when a save is refused.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> since(AuditEntity entityType, long entityId, long version) {
		return withChanges(this.jdbc.sql("""
				select * from audit_record
				where entity_type = :entityType and entity_id = :entityId and entity_version > :version
				order by recorded_at, id""")
			.param("entityType", entityType.name())
			.param("entityId", entityId)
			.param("version", version)
			.query(this::row)
			.list());
	}

	/**
	 * One page of the records that match a filter, newest first.
	 * @param filter which records
	 * @param page the page, from 1
	 * @param size records a page
	 */
	@Transactional(readOnly = true)
	public PageView<AuditRecord> search(AuditFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.actor() != null) {
			where.append(" and actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.entityType() != null) {
			where.append(" and entity_type = :entityType");
			params.put("entityType", filter.entityType().name());
		}
		if (filter.action() != null) {
			where.append(" and action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.from() != null) {
			where.append(" and recorded_at >= :from");
			params.put("from", filter.from().atStartOfDay(UK).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.append(" and recorded_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
		}
		if (filter.text() != null) {
			where.append(" and entity_label ilike :text");
			params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = this.jdbc.sql("select count(*) from audit_record" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) (page - 1) * size);
		List<AuditRecord> records = this.jdbc
			.sql("select * from audit_record" + where
					+ " order by recorded_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query(this::row)
			.list();
		return new PageView<>(withChanges(records), page, size, total);
	}

	/**
	 * Everyone who has changed something, by username: the choices of the "who" filter.
	 */
	@Transactional(readOnly = true)
	public List<String> actors() {
		// One index probe per person (a loose index scan on audit_record_actor_idx), not
		// a
		// read of the whole audit.
		return this.jdbc.sql("""
				with recursive actors(actor) as (
				    select min(actor) from audit_record
				    union all
				    select (select min(a.actor) from audit_record a where a.actor > actors.actor)
				    from actors where actors.actor is not null)
				select actor from actors where actor is not null order by actor""").query(String.class).list();
	}

	/** Fills in the field changes of records read with {@link #row}: one query. */
	protected List<AuditRecord> withChanges(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return records;
		}
		Map<Long, List<FieldChange>> changes = new HashMap<>();
		this.jdbc.sql("""
				select a.id, c.field, c.before, c.after
				from audit_record a
				cross join lateral rows from (jsonb_to_recordset(a.changes) as (field text, before text, after text))
				     with ordinality c(field, before, after, position)
				where a.id = any(:ids) order by a.id, c.position""").param("ids", ids(records)).query((rs) -> {
			changes.computeIfAbsent(rs.getLong("id"), (id) -> new ArrayList<>())
				.add(new FieldChange(rs.getString("field"), rs.getString("before"), rs.getString("after")));
		});
		return records.stream()
			.map((r) -> new AuditRecord(r.id(), r.recordedAt(), r.actor(), r.action(), r.entityType(), r.entityId(),
					r.entityLabel(), r.tenderId(), changes.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** Maps a row of {@code select * from audit_record}, without its changes. */
	protected AuditRecord row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
				AuditEntity.valueOf(rs.getString("entity_type")), rs.getLong("entity_id"), rs.getString("entity_label"),
				rs.getObject("tender_id", Long.class), List.of());
	}

	private static Long[] ids(Collection<AuditRecord> records) {
		return records.stream().map(AuditRecord::id).toArray(Long[]::new);
	}

}
