package io.github.nhstendertracker.common;

/**
 * The one rule for hidden control characters (a NUL byte, an escape, a bell): nothing the
 * tracker stores or looks up may hold one, since PostgreSQL cannot store or compare a NUL
 * and the others show as nothing. Tabs and line breaks are text, and allowed.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds U+0000 to U+001F or U+007F, other than tab, LF and CR. */
	public static boolean in(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
