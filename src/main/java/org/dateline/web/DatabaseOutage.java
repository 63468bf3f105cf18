package org.dateline.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a request that failed because the database could not be reached (down,
 * restarting, out of connections) from one that failed for a reason of its own. The first
 * is answered 503 with Retry-After, and cached pages are served stale meanwhile; the
 * second is a bug.
 */
final class DatabaseOutage {

	private DatabaseOutage() {
	}

	static boolean causedBy(Object error) {
		for (Throwable cause = (error instanceof Throwable t) ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** The innermost message, for the log: never shown to a reader. */
	static String describe(Object error) {
		Throwable innermost = (error instanceof Throwable t) ? t : null;
		while (innermost != null && innermost.getCause() != null && innermost.getCause() != innermost) {
			innermost = innermost.getCause();
		}
		return (innermost != null) ? innermost.getClass().getSimpleName() + ": " + innermost.getMessage() : "unknown";
	}

}
