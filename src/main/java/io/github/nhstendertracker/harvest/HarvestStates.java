package io.github.nhstendertracker.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far the harvest has got on each portal (table {@code harvest_state}): the window of
 * dates it reads, the page to read next, and how the last attempt went. Each change is
 * one statement, so it commits whole or not at all.
 */
@Repository
class HarvestStates {

	private final JdbcClient jdbc;

	HarvestStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where a portal's harvest stands.
	 *
	 * @param portal the portal
	 * @param nextUrl the page to read next, or null when the last window was read to its
	 * end
	 * @param windowFrom the start of the window being read (or last read)
	 * @param windowTo its end
	 * @param pagesRead pages imported, in every window
	 * @param lastRunId the import run of the last page imported
	 * @param lastSuccess when a page was last imported
	 * @param lastError why the last attempt stopped, or null when it did not
	 * @param lastErrorAt when it stopped
	 * @param updatedAt when this last changed
	 */
	record State(Portal portal, String nextUrl, Instant windowFrom, Instant windowTo, long pagesRead, Long lastRunId,
			Instant lastSuccess, String lastError, Instant lastErrorAt, Instant updatedAt) {

		static State none(Portal portal) {
			return new State(portal, null, null, null, 0, null, null, null, null, null);
		}

		/** Whether a window was begun and not read to its end. */
		boolean midWindow() {
			return this.nextUrl != null;
		}

	}

	State find(Portal portal) {
		return this.jdbc.sql("select * from harvest_state where source = :source")
			.param("source", portal.name())
			.query(HarvestStates::state)
			.optional()
			.orElseGet(() -> State.none(portal));
	}

	/** Begins a window of dates, whose first page is the one to read next. */
	void beginWindow(Portal portal, Instant from, Instant to, String firstPage) {
		this.jdbc.sql("""
				insert into harvest_state (source, next_url, window_from, window_to)
				values (:source, :next, :from, :to)
				on conflict (source) do update set next_url = excluded.next_url,
				  window_from = excluded.window_from, window_to = excluded.window_to, updated_at = now()""")
			.param("source", portal.name())
			.param("next", firstPage)
			.param("from", utc(from))
			.param("to", utc(to))
			.update();
	}

	/**
	 * Records a page imported by the given run, and the page that follows (null at the
	 * end of the window).
	 */
	void pageImported(Portal portal, String nextPage, long run, Instant at) {
		this.jdbc.sql("""
				update harvest_state set next_url = :next, pages_read = pages_read + 1, last_run_id = :run,
				  last_success = :at, last_error = null, last_error_at = null, updated_at = now()
				where source = :source""")
			.param("next", nextPage)
			.param("run", run)
			.param("at", utc(at))
			.param("source", portal.name())
			.update();
	}

	/**
	 * Records why a harvest of the portal stopped; it carries on from the same page. The
	 * last run stays that of the last page imported.
	 */
	void stopped(Portal portal, String reason, Instant at) {
		this.jdbc.sql("""
				insert into harvest_state (source, last_error, last_error_at) values (:source, :reason, :at)
				on conflict (source) do update set last_error = excluded.last_error,
				  last_error_at = excluded.last_error_at, updated_at = now()""")
			.param("source", portal.name())
			.param("reason", (reason.length() > 2000) ? reason.substring(0, 1999) + "…" : reason)
			.param("at", utc(at))
			.update();
	}

	/** Whether a harvest holds the lock now, on this instance or another. */
	boolean locked(String lockName) {
		return this.jdbc.sql("select count(*) from shedlock where name = :name and lock_until > timezone('utc', now())")
			.param("name", lockName)
			.query(Long.class)
			.single() > 0;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static State state(ResultSet rs, int row) throws SQLException {
		return new State(Portal.valueOf(rs.getString("source")), rs.getString("next_url"),
				instant(rs.getTimestamp("window_from")), instant(rs.getTimestamp("window_to")),
				rs.getLong("pages_read"), rs.getObject("last_run_id", Long.class),
				instant(rs.getTimestamp("last_success")), rs.getString("last_error"),
				instant(rs.getTimestamp("last_error_at")), instant(rs.getTimestamp("updated_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
