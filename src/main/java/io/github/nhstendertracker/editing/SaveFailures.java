package io.github.nhstendertracker.editing;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Reads what went wrong when a save failed at the database: another save won the race (a
 * stale version at the flush), or it hit a unique constraint.
 */
final class SaveFailures {

	private static final String UNIQUE_VIOLATION = "23505";

	/** How PostgreSQL names the constraint in its message. */
	private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

	private SaveFailures() {
	}

	/** Whether the record changed under the save: its version no longer matched. */
	static boolean lostRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
					|| cause instanceof OptimisticLockingFailureException) {
				return true;
			}
		}
		return false;
	}

	/** The unique constraint the save broke, or null if it broke none. */
	static String uniqueConstraint(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
					&& UNIQUE_VIOLATION.equals(violation.getSQLState())) {
				return violation.getConstraintName();
			}
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				Matcher named = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
				return named.find() ? named.group(1) : "";
			}
		}
		return null;
	}

}
