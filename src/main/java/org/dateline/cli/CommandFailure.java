package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;

import org.dateline.data.DataDirectoryException;

/** Turns whatever stopped a command into the one sentence an operator needs to read. */
final class CommandFailure {

	private CommandFailure() {
	}

	static String describe(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		for (Throwable t : chain) {
			if (t instanceof DataDirectoryException) {
				return t.getMessage();
			}
		}
		Throwable root = chain.getLast();
		String message = root.getMessage();
		if (message == null || message.isBlank()) {
			message = root.getClass().getSimpleName();
		}
		return message.strip().lines().findFirst().orElse(message);
	}

}
