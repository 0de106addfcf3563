package io.github.nhstendertracker.common;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database could not be reached, so nothing was read or saved. Pages answer 503 and
 * ask the person to try again; a form keeps what was typed.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(Throwable cause) {
		super("The database cannot be reached", cause);
	}

	/**
	 * Whether a failure means the database could not be reached (no connection, a
	 * connection lost, the server shutting down), rather than a fault in what was asked.
	 * @param failure anything thrown while talking to the database
	 * @return whether to answer "try again later"
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StoreUnavailableException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException
					|| cause instanceof SocketException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * A connection error (SQL state class 08), the server shutting down (57P), or the
	 * pool's word that the connection it handed out has since been closed.
	 */
	private static boolean lostConnection(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null) {
			return state.startsWith("08") || state.startsWith("57P");
		}
		return "Connection is closed".equals(sql.getMessage());
	}

}
