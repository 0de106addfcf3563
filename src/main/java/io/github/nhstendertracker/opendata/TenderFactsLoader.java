package io.github.nhstendertracker.opendata;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.opendata.TenderFacts.BidFact;
import io.github.nhstendertracker.opendata.TenderFacts.Body;
import io.github.nhstendertracker.opendata.TenderFacts.Cpv;
import io.github.nhstendertracker.opendata.TenderFacts.Event;
import io.github.nhstendertracker.opendata.TenderFacts.Figure;
import io.github.nhstendertracker.opendata.TenderFacts.Related;
import io.github.nhstendertracker.opendata.TenderFacts.SourceFact;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the facts of a batch of tenders in a fixed number of statements (eight), however
 * many tenders, sources, events or bids: so a page of one tender and a stream of a
 * million read the same way. Archived tenders, commissioners, bidders and sources are
 * left out, as on the public pages.
 */
@Component
class TenderFactsLoader {

	private static final String VALUE = "value_low, value_high, value_high_open, value_basis, duration_min_months, "
			+ "duration_max_months";

	private final JdbcClient jdbc;

	TenderFactsLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts of each tender found (not archived), in the order of the ids given. */
	List<TenderFacts> load(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Long[] batch = ids.toArray(Long[]::new);
		Map<Long, List<Body>> commissioners = commissioners(batch);
		Map<Long, List<Cpv>> cpv = group(batch, """
				select tc.tender_id, tc.code, c.label from tender_cpv tc left join cpv_code c on c.code = tc.code
				where tc.tender_id = any(:ids) order by tc.tender_id, tc.code""",
				(rs) -> new Cpv(rs.getString("code"), rs.getString("label")));
		Map<Long, List<SourceFact>> sources = group(batch, """
				select cited.tender_id, s.id, s.publication, s.published_on, s.title, s.url, s.ocid, s.release_id,
				       s.release_tags
				from (select tender_id, source_id from tender_source where tender_id = any(:ids)
				      union select tender_id, source_id from reported_figure where tender_id = any(:ids)
				      union select tender_id, source_id from bid where tender_id = any(:ids) and source_id is not null
				      union select e.tender_id, es.source_id from tender_event e
				            join tender_event_source es on es.event_id = e.id where e.tender_id = any(:ids)) cited
				join source s on s.id = cited.source_id and s.archived_at is null
				order by cited.tender_id, s.published_on, s.id""",
				(rs) -> new SourceFact(rs.getLong("id"), rs.getString("publication"),
						rs.getObject("published_on", LocalDate.class), rs.getString("title"), rs.getString("url"),
						rs.getString("ocid"), rs.getString("release_id"), rs.getString("release_tags")));
		Map<Long, List<Figure>> figures = group(batch,
				"select f.tender_id, f.id, f.source_id, f.currency, f.note, "
						+ "f.value_low, f.value_high, f.value_high_open, f.value_basis, f.duration_min_months, "
						+ "f.duration_max_months from reported_figure f join source s on s.id = f.source_id "
						+ "and s.archived_at is null where f.tender_id = any(:ids) order by f.tender_id, f.id",
				(rs) -> new Figure(rs.getLong("id"), rs.getLong("source_id"), value(rs), rs.getString("currency"),
						rs.getString("note")));
		Map<Long, List<Event>> events = group(batch, """
				select e.tender_id, e.id, e.type, e.event_date, e.date_precision, e.date_qualifier, e.expected,
				       e.description,
				       array(select es.source_id from tender_event_source es join source s on s.id = es.source_id
				             where es.event_id = e.id and s.archived_at is null order by es.source_id) as sources
				from tender_event e where e.tender_id = any(:ids) order by e.tender_id, e.event_date, e.id""",
				(rs) -> new Event(rs.getLong("id"), EventType.valueOf(rs.getString("type")),
						rs.getObject("event_date", LocalDate.class),
						DatePrecision.valueOf(rs.getString("date_precision")),
						DateQualifier.valueOf(rs.getString("date_qualifier")), rs.getBoolean("expected"),
						rs.getString("description"), longs(rs.getArray("sources"))));
		Map<Long, List<BidFact>> bids = bids(batch);
		Map<Long, List<Related>> lots = group(batch,
				"select parent_id as tender_id, id, title, ocid, lot_id, status, " + VALUE
						+ " from tender where parent_id = any(:ids) and archived_at is null order by parent_id, id",
				TenderFactsLoader::related);
		Map<Long, TenderFacts> found = new HashMap<>();
		this.jdbc.sql("""
				select t.*, p.id as p_id, p.title as p_title, p.ocid as p_ocid, p.lot_id as p_lot_id,
				       p.status as p_status
				from tender t left join tender p on p.id = t.parent_id and p.archived_at is null
				where t.id = any(:ids) and t.archived_at is null""")
			.param("ids", batch)
			.query((RowCallbackHandler) (rs) -> {
				long id = rs.getLong("id");
				long parentId = rs.getLong("p_id");
				Related parent = rs.wasNull() ? null
						: new Related(parentId, rs.getString("p_title"), rs.getString("p_ocid"),
								rs.getString("p_lot_id"), TenderStatus.valueOf(rs.getString("p_status")), null);
				found.put(id, new TenderFacts(id, rs.getString("title"), rs.getString("description"),
						TenderStatus.valueOf(rs.getString("status")), rs.getString("ocid"), rs.getString("lot_id"),
						parent, rs.getString("procurement_method"), rs.getString("procurement_method_details"),
						rs.getObject("suitable_sme", Boolean.class), rs.getObject("suitable_vcse", Boolean.class),
						rs.getObject("framework", Boolean.class), value(rs), commissioners.getOrDefault(id, List.of()),
						cpv.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()),
						figures.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()),
						bids.getOrDefault(id, List.of()), lots.getOrDefault(id, List.of())));
			});
		List<TenderFacts> ordered = new ArrayList<>();
		for (Long id : ids) {
			if (found.containsKey(id)) {
				ordered.add(found.get(id));
			}
		}
		return ordered;
	}

	private Map<Long, List<Body>> commissioners(Long[] batch) {
		Map<Long, List<Body>> bodies = group(batch, """
				select tc.tender_id, c.id, c.name, c.ods_code,
				       array(select ci.scheme || ' ' || ci.identifier from commissioner_identifier ci
				             where ci.commissioner_id = c.id order by ci.scheme, ci.identifier) as identifiers
				from tender_commissioner tc join commissioner c on c.id = tc.commissioner_id and c.archived_at is null
				where tc.tender_id = any(:ids) order by tc.tender_id, c.name, c.id""",
				(rs) -> new Body(rs.getLong("id"), rs.getString("name"), rs.getString("ods_code"),
						identifiers(rs.getArray("identifiers"))));
		return bodies;
	}

	private Map<Long, List<BidFact>> bids(Long[] batch) {
		return group(batch, """
				select b.tender_id, b.role, b.note, s.id as source_id, d.id, d.name,
				       array(select bi.scheme || ' ' || bi.identifier from bidder_identifier bi
				             where bi.bidder_id = d.id order by bi.scheme, bi.identifier) as identifiers
				from bid b join bidder d on d.id = b.bidder_id and d.archived_at is null
				left join source s on s.id = b.source_id and s.archived_at is null
				where b.tender_id = any(:ids) order by b.tender_id, d.name, d.id, b.role""",
				(rs) -> new BidFact(
						new Body(rs.getLong("id"), rs.getString("name"), null, identifiers(rs.getArray("identifiers"))),
						BidRole.valueOf(rs.getString("role")), rs.getString("note"),
						rs.getObject("source_id", Long.class)));
	}

	/** Rows of a statement over {@code :ids}, grouped by their {@code tender_id}. */
	private <T> Map<Long, List<T>> group(Long[] batch, String sql, Row<T> row) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("ids", batch).query((RowCallbackHandler) (rs) -> {
			grouped.computeIfAbsent(rs.getLong("tender_id"), (id) -> new ArrayList<>()).add(row.map(rs));
		});
		return grouped;
	}

	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

	private static Related related(ResultSet rs) throws SQLException {
		return new Related(rs.getLong("id"), rs.getString("title"), rs.getString("ocid"), rs.getString("lot_id"),
				TenderStatus.valueOf(rs.getString("status")), value(rs));
	}

	private static ContractValue value(ResultSet rs) throws SQLException {
		String basis = rs.getString("value_basis");
		return new ContractValue(rs.getBigDecimal("value_low"), rs.getBigDecimal("value_high"),
				rs.getBoolean("value_high_open"), (basis != null) ? ValueBasis.valueOf(basis) : null,
				rs.getObject("duration_min_months", Integer.class), rs.getObject("duration_max_months", Integer.class));
	}

	private static List<OrgIdentifier> identifiers(Array array) throws SQLException {
		List<OrgIdentifier> identifiers = new ArrayList<>();
		for (Object entry : (Object[]) array.getArray()) {
			String[] parts = entry.toString().split(" ", 2);
			identifiers.add(new OrgIdentifier(parts[0], parts[1]));
		}
		return identifiers;
	}

	private static List<Long> longs(Array array) throws SQLException {
		List<Long> values = new ArrayList<>();
		for (Object entry : (Object[]) array.getArray()) {
			values.add(((Number) entry).longValue());
		}
		return values;
	}

}
