package io.github.nhstendertracker.imports;

import io.github.nhstendertracker.common.StoreUnavailableException;

/**
 * Why a run failed, in words for the report: the database being unreachable is said as
 * such; anything else by its message.
 */
final class ImportFailures {

	private ImportFailures() {
	}

	static String explain(Throwable failure) {
		if (StoreUnavailableException.isCause(failure)) {
			return "The database could not be reached. Run the import again to resume where it stopped.";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return "The import stopped: " + message;
	}

}
