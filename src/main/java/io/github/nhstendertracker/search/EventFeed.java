package io.github.nhstendertracker.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.browse.TenderRows;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.event.EventType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest events of the tenders a search matches, for the Atom feed of that search:
 * what has happened to them (an event only expected joins the feed once it has happened),
 * in one statement however many tenders match ({@link SearchStatements#events}).
 */
@Component
class EventFeed {

	/** Events in a feed unless it asks for another number. */
	static final int DEFAULT_LIMIT = 50;

	/** The most events a feed gives. */
	static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;

	private final TenderRows rows;

	EventFeed(JdbcClient jdbc, TenderRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** The newest {@code limit} events that have happened, latest date first. */
	List<Entry> newest(TenderQuery query, int limit) {
		SearchStatement select = SearchStatements.events(query, limit);
		return this.jdbc.sql(select.sql()).params(select.params()).query(this::mapRow).list();
	}

	/**
	 * An event and its tender from a row of {@link SearchStatements#events} or its like.
	 */
	Entry mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new Entry(rs.getLong("event_id"), EventType.valueOf(rs.getString("event_type")),
				rs.getObject("event_on", LocalDate.class), DatePrecision.valueOf(rs.getString("event_precision")),
				DateQualifier.valueOf(rs.getString("event_qualifier")), rs.getString("event_description"),
				this.rows.mapRow(rs, rowNum));
	}

	/**
	 * An event as the feed shows it, with the tender it happened to.
	 *
	 * @param id the event's id, which names the feed entry for good
	 * @param type what happened
	 * @param date when, at its precision and with its qualifier ("by February 2016")
	 * @param precision how precisely the date is known
	 * @param qualifier whether it happened on the date or by it
	 * @param description what the sources say about it
	 * @param tender the tender, as a list row (no commissioners)
	 */
	record Entry(long id, EventType type, LocalDate date, DatePrecision precision, DateQualifier qualifier,
			String description, TenderRow tender) {
	}

}
