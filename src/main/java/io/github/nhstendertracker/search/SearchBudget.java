package io.github.nhstendertracker.search;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time limits on the statements of a search, set in the current transaction: the budget a
 * search page may spend on each extra it can do without, and the longer limit for a
 * summary asked for on its own.
 */
@Component
class SearchBudget {

	private final JdbcClient jdbc;

	/**
	 * How long a search page may spend on each extra it can do without: an exact count,
	 * and the summary of a small result.
	 */
	private final Duration budget;

	SearchBudget(JdbcClient jdbc, @Value("${tracker.search.page-budget:40ms}") Duration budget) {
		this.jdbc = jdbc;
		this.budget = budget;
	}

	/**
	 * Runs work that a page can do without, in a savepoint with a statement timeout of
	 * the time budget. Returns null if the budget ran out, with the transaction as it
	 * was.
	 */
	<T> T withinBudget(Supplier<T> work) {
		String before = this.jdbc.sql("select current_setting('statement_timeout')").query(String.class).single();
		this.jdbc.sql("savepoint within_budget").update();
		limitStatements(this.budget.toMillis());
		try {
			T result = work.get();
			this.jdbc.sql("release savepoint within_budget").update();
			// Back to whatever limit was in force before, not to none.
			this.jdbc.sql("select set_config('statement_timeout', :before, true)")
				.param("before", before)
				.query(String.class)
				.single();
			return result;
		}
		catch (DataAccessException ex) {
			if (!timedOut(ex)) {
				throw ex;
			}
			// Undoes the timeout setting too, and clears the failed statement.
			this.jdbc.sql("rollback to savepoint within_budget").update();
			return null;
		}
	}

	/** Limits every further statement of the transaction to the given time. */
	void limitStatements(Duration timeout) {
		limitStatements(timeout.toMillis());
	}

	private void limitStatements(long millis) {
		this.jdbc.sql("select set_config('statement_timeout', :timeout, true)")
			.param("timeout", String.valueOf(millis))
			.query(String.class)
			.single();
	}

	/** Whether a statement was cancelled for running out of time (SQLSTATE 57014). */
	static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException && "57014".equals(sqlException.getSQLState())) {
				return true;
			}
		}
		return ex instanceof QueryTimeoutException;
	}

}
