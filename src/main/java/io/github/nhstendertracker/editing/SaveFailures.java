package io.github.nhstendertracker.editing;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.StoreUnavailableException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;

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

	/**
	 * Turns a failure at the database into the outcome it means: a save that lost a race
	 * is a conflict (or, for a new record, a form error), a unique constraint the record
	 * knows is a form error, and a database out of reach is
	 * {@link StoreUnavailableException}.
	 */
	static <F, T> T guarded(Editable<?, F, ?> type, RecordKey key, F change, Errors errors, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (NotFoundException | RefusedException | AccessDeniedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			if (SaveFailures.lostRace(ex)) {
				return lostRace(key, errors, ex);
			}
			String constraint = SaveFailures.uniqueConstraint(ex);
			if (constraint != null && errors != null && type.duplicate(constraint, change, errors)) {
				@SuppressWarnings("unchecked")
				T invalid = (T) EditResult.invalid(key.id(), null);
				return invalid;
			}
			if (StoreUnavailableException.isCause(ex)) {
				throw new StoreUnavailableException(ex);
			}
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T lostRace(RecordKey key, Errors errors, RuntimeException ex) {
		if (key.id() != null && errors != null) {
			return (T) EditResult.conflict(key.id(), -1);
		}
		if (errors != null) {
			errors.reject("conflict",
					"Someone else changed this at the same moment. Check your answers and save again");
			return (T) EditResult.invalid(key.id(), null);
		}
		throw new RefusedException("Someone else changed this at the same moment. Go back and try again.");
	}

}
