package io.github.nhstendertracker.event;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps every stored status true as days pass, with {@link StatusDerivation#settle}'s
 * rule written in SQL over the dates kept on each tender: open tenders whose bid deadline
 * has passed become awaiting award, awarded contracts whose end has passed become ended,
 * and (should a date move later, or the clock be set back) the reverse. It works in
 * batches, each its own short transaction, so a million tenders never sit in one lock. A
 * status the clock moves is not an edit, so it is not audited.
 */
@Service
public class StatusClock {

	static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(StatusClock.class);

	private static final String[] MOVES = { move("OPEN", "AWAITING_AWARD", "bid_deadline", true),
			move("AWAITING_AWARD", "OPEN", "bid_deadline", false), move("AWARDED", "ENDED", "contract_end", true),
			move("ENDED", "AWARDED", "contract_end", false) };

	private final JdbcClient jdbc;

	private final Clock clock;

	StatusClock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Settles every tender's status against today; returns how many moved. */
	public int settleAll() {
		LocalDate today = LocalDate.now(this.clock);
		int moved = 0;
		for (String move : MOVES) {
			int batch;
			do {
				batch = this.jdbc.sql(move).param("today", today).param("batch", BATCH).update();
				moved += batch;
			}
			while (batch == BATCH);
		}
		if (moved > 0) {
			log.info("The status clock moved the status of {} tenders for {}", moved, today);
		}
		return moved;
	}

	/**
	 * One batch of tenders moving from one status to another: forwards when the date has
	 * wholly passed, back when it has not (or there is none).
	 */
	private static String move(String from, String to, String column, boolean passed) {
		String lastDay = "period_last_day(" + column + ", " + column + "_precision)";
		String when = passed ? lastDay + " < :today" : "(" + column + " is null or " + lastDay + " >= :today)";
		return "update tender set status = '" + to + "' where id in (select id from tender where status = '" + from
				+ "' and " + when + " limit :batch)";
	}

}
