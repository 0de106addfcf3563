package io.github.nhstendertracker.browse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.LatestEvent;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.TenderDates;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads rows of tender tables in SQL: each row with its commissioners and latest event,
 * in a fixed two queries per page however many rows there are.
 */
@Repository
public class TenderRows {

	/** The columns every tender row needs, from {@code tender t}. */
	public static final String ROW_COLUMNS = """
			t.id, t.title, t.status, t.value_low, t.value_high, t.value_high_open, t.value_basis,
			t.duration_min_months, t.duration_max_months, t.nhs_region, t.itl_region,
			t.latest_event_type as latest_type, t.latest_event_date as event_date,
			t.latest_event_precision as date_precision, t.latest_event_qualifier as date_qualifier,
			t.bid_deadline, t.bid_deadline_precision, t.contract_end, t.contract_end_precision, t.contract_end_derived""";

	private static final String ROW_SQL = "select " + ROW_COLUMNS + " from tender t";

	private final JdbcClient jdbc;

	private final Clock clock;

	TenderRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The rows of these tenders, in title order. */
	public List<TenderRow> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<TenderRow> rows = this.jdbc
			.sql(ROW_SQL + "\n where t.id = any(:ids) and t.archived_at is null order by lower(t.title), t.id")
			.param("ids", ids.toArray(Long[]::new))
			.query(this::mapRow)
			.list();
		return withCommissioners(rows);
	}

	/** Ids of the tenders any of these commissioners commissions. */
	public List<Long> idsForCommissioners(Collection<Long> commissionerIds) {
		return this.jdbc.sql("select distinct tender_id from tender_commissioner where commissioner_id = any(:ids)")
			.param("ids", commissionerIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * Ids of the tenders a source reports on, through mentions, figures, events or bids.
	 */
	public List<Long> idsForSource(Long sourceId) {
		return this.jdbc.sql("""
				select tender_id from tender_source where source_id = :id
				union select tender_id from reported_figure where source_id = :id
				union select tender_id from bid where source_id = :id
				union select e.tender_id from tender_event e join tender_event_source es on es.event_id = e.id
				      where es.source_id = :id""").param("id", sourceId).query(Long.class).list();
	}

	/** The rows with their commissioners filled in: one query for the whole list. */
	public List<TenderRow> withCommissioners(List<TenderRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Ref>> byTender = new LinkedHashMap<>();
		this.jdbc.sql("""
				select tc.tender_id, c.id, c.name from tender_commissioner tc
				join commissioner c on c.id = tc.commissioner_id
				where tc.tender_id = any(:ids) and c.archived_at is null order by c.name""")
			.param("ids", rows.stream().map(TenderRow::id).toArray(Long[]::new))
			.query((rs) -> {
				byTender.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new Ref(rs.getLong(2), rs.getString(3)));
			});
		return rows.stream().map((row) -> row.withCommissioners(byTender.getOrDefault(row.id(), List.of()))).toList();
	}

	/** Maps a row selected with {@link #ROW_COLUMNS}; commissioners are left empty. */
	public TenderRow mapRow(ResultSet rs, int rowNum) throws SQLException {
		String basis = rs.getString("value_basis");
		ContractValue value = new ContractValue(rs.getBigDecimal("value_low"), rs.getBigDecimal("value_high"),
				rs.getBoolean("value_high_open"), (basis != null) ? ValueBasis.valueOf(basis) : null,
				(Integer) rs.getObject("duration_min_months"), (Integer) rs.getObject("duration_max_months"));
		String latestType = rs.getString("latest_type");
		LatestEvent latest = (latestType != null) ? new LatestEvent(EventType.valueOf(latestType),
				rs.getDate("event_date").toLocalDate(), DatePrecision.valueOf(rs.getString("date_precision")),
				DateQualifier.valueOf(rs.getString("date_qualifier"))) : null;
		String region = rs.getString("nhs_region");
		String itl = rs.getString("itl_region");
		TenderStatus status = TenderStatus.valueOf(rs.getString("status"));
		TenderDates dates = new TenderDates(localDate(rs, "bid_deadline"),
				DatePrecision.ofStored(rs.getString("bid_deadline_precision")), localDate(rs, "contract_end"),
				DatePrecision.ofStored(rs.getString("contract_end_precision")), rs.getBoolean("contract_end_derived"));
		return new TenderRow(rs.getLong("id"), rs.getString("title"), status, ValueView.of(value), List.of(),
				(region != null) ? NhsRegion.valueOf(region) : null, (itl != null) ? ItlRegion.valueOf(itl) : null,
				latest, dates, (status == TenderStatus.OPEN) ? dates.daysToDeadline(LocalDate.now(this.clock)) : null);
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
