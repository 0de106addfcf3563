package io.github.nhstendertracker.account;

import java.nio.charset.StandardCharsets;

/**
 * The one rule for a password, wherever one is set: long enough to resist guessing, short
 * enough for bcrypt, which reads only the first 72 bytes.
 */
public final class Passwords {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/** What is wrong with the password, in words for the person choosing it; or null. */
	public static String problem(String password) {
		if (password == null || password.isBlank()) {
			return "Enter a password";
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "Password must be " + MIN_LENGTH + " characters or more";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "Password must be " + MAX_BYTES + " bytes or fewer (about 70 letters)";
		}
		return null;
	}

}
