package io.github.nhstendertracker.ocds;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * A look at the start of a file, which is then read from its beginning again: whether it
 * is empty, its first character past a byte order mark and white space, and whether it
 * reads as JSON Lines (a first line that is a whole object, then more lines).
 *
 * @param bom the length of the UTF-8 byte order mark (0 or 3)
 * @param first the first byte that is not white space, or -1 when there is none
 * @param jsonLines whether the first line is a whole JSON object followed by more lines
 */
record FirstBytes(int bom, int first, boolean jsonLines) {

	/** How far to look for the end of the first line. */
	static final int LIMIT = 1024 * 1024;

	static FirstBytes peek(BufferedInputStream in) throws IOException {
		in.mark(LIMIT + 8);
		try {
			int read = 0;
			int b = in.read();
			int bom = 0;
			if (b == 0xEF) {
				int second = in.read();
				int third = in.read();
				read += 2;
				if (second == 0xBB && third == 0xBF) {
					bom = 3;
					b = in.read();
				}
			}
			while (isSpace(b)) {
				b = in.read();
				read++;
			}
			int first = b;
			int last = b;
			while (b >= 0 && b != '\n' && read < LIMIT) {
				if (!isSpace(b)) {
					last = b;
				}
				b = in.read();
				read++;
			}
			boolean moreLines = false;
			if (b == '\n') {
				while (isSpace(b) && read < LIMIT) {
					b = in.read();
					read++;
				}
				moreLines = b >= 0 && !isSpace(b);
			}
			return new FirstBytes(bom, first, first == '{' && last == '}' && moreLines);
		}
		finally {
			in.reset();
		}
	}

	boolean empty() {
		return this.first < 0;
	}

	/** The first character, for a message such as {@code "'<'"}. */
	String describeFirst() {
		return (this.first >= 0x20 && this.first < 0x7F) ? "'" + (char) this.first + "'"
				: String.format("the byte 0x%02X", this.first);
	}

	private static boolean isSpace(int b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}

}
