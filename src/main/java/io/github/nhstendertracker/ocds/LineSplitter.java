package io.github.nhstendertracker.ocds;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines, offering each as a stream of its own that ends at the
 * line break, so a line is parsed (and, if broken, skipped) without holding it in memory.
 */
final class LineSplitter {

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int length;

	private boolean eof;

	private long offset;

	private long lineNumber;

	private long lineStart;

	private boolean lineOpen;

	private final InputStream line = new LineStream();

	/**
	 * @param in the text
	 * @param offset the offset of the stream's first byte, for {@link #lineStart()}
	 */
	LineSplitter(InputStream in, long offset) {
		this.in = in;
		this.offset = offset;
	}

	/** Moves to the next line, skipping what is left of this one; false at the end. */
	boolean nextLine() throws IOException {
		if (this.lineOpen) {
			skipRestOfLine();
		}
		if (!fill()) {
			return false;
		}
		this.lineNumber++;
		this.lineStart = this.offset;
		this.lineOpen = true;
		return true;
	}

	/** The current line's bytes, without its line break. */
	InputStream line() {
		return this.line;
	}

	/** The 1-based number of the current line. */
	long lineNumber() {
		return this.lineNumber;
	}

	/** The offset of the current line's first byte in the whole text. */
	long lineStart() {
		return this.lineStart;
	}

	private void skipRestOfLine() throws IOException {
		byte[] scratch = new byte[8192];
		while (this.line.read(scratch, 0, scratch.length) >= 0) {
			// dropping the rest of the line
		}
	}

	private boolean fill() throws IOException {
		while (this.position == this.length) {
			if (this.eof) {
				return false;
			}
			int n = this.in.read(this.buffer, 0, this.buffer.length);
			if (n < 0) {
				this.eof = true;
				return false;
			}
			this.position = 0;
			this.length = n;
		}
		return true;
	}

	private final class LineStream extends InputStream {

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int targetOffset, int wanted) throws IOException {
			if (!LineSplitter.this.lineOpen) {
				return -1;
			}
			if (!fill()) {
				LineSplitter.this.lineOpen = false;
				return -1;
			}
			int end = Math.min(LineSplitter.this.length, LineSplitter.this.position + wanted);
			int n = 0;
			for (int i = LineSplitter.this.position; i < end; i++) {
				if (LineSplitter.this.buffer[i] == '\n') {
					n = i - LineSplitter.this.position;
					System.arraycopy(LineSplitter.this.buffer, LineSplitter.this.position, target, targetOffset, n);
					consume(n + 1);
					LineSplitter.this.lineOpen = false;
					return (n > 0) ? n : -1;
				}
			}
			n = end - LineSplitter.this.position;
			System.arraycopy(LineSplitter.this.buffer, LineSplitter.this.position, target, targetOffset, n);
			consume(n);
			return n;
		}

		private void consume(int n) {
			LineSplitter.this.position += n;
			LineSplitter.this.offset += n;
		}

		@Override
		public void close() {
			// the line ends; the file stays open
		}

	}

}
