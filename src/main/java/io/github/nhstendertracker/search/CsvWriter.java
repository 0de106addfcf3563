package io.github.nhstendertracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes RFC 4180 CSV one cell at a time: rows end in CRLF, and a cell holding a comma,
 * double quote, CR or LF is quoted with its quotes doubled. Text cells that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or CR) get a leading
 * {@code '}. Number cells are written exactly as given, never guarded, so values stay
 * numbers. Nothing is buffered here: wrap the target in a {@code BufferedWriter}. A
 * failed write (usually a client that went away) is thrown as an
 * {@link UncheckedIOException}, so cells can be written from JDBC row callbacks.
 */
final class CsvWriter {

	private final Writer out;

	private boolean rowStarted;

	CsvWriter(Writer out) {
		this.out = out;
	}

	/**
	 * The byte order mark (U+FEFF), first in the file: without it Excel reads UTF-8 as
	 * its own code page, and "£" shows as "Â£".
	 */
	CsvWriter byteOrderMark() {
		write("\uFEFF");
		return this;
	}

	/** A text cell, guarded against formulas and quoted when needed; null is empty. */
	CsvWriter text(String value) {
		separate();
		if (value != null) {
			String guarded = guard(value);
			write(needsQuotes(guarded) ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded);
		}
		return this;
	}

	/**
	 * A number cell: a {@link BigDecimal} in plain notation (never an exponent), an
	 * integer as is; null is empty.
	 */
	CsvWriter number(Number value) {
		separate();
		if (value instanceof BigDecimal decimal) {
			write(decimal.toPlainString());
		}
		else if (value instanceof Integer || value instanceof Long) {
			write(value.toString());
		}
		else if (value != null) {
			throw new IllegalArgumentException("Not an exact number: " + value.getClass().getName());
		}
		return this;
	}

	/** A row of text cells. */
	CsvWriter row(String... cells) {
		for (String cell : cells) {
			text(cell);
		}
		return endRow();
	}

	CsvWriter endRow() {
		write("\r\n");
		this.rowStarted = false;
		return this;
	}

	void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with a leading {@code '} if a spreadsheet would take it for a formula. */
	static String guard(String value) {
		if (value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

	private static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\r' || c == '\n') {
				return true;
			}
		}
		return false;
	}

	private void separate() {
		if (this.rowStarted) {
			write(",");
		}
		this.rowStarted = true;
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
