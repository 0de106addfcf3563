package io.github.nhstendertracker.ocds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Passes well-formed UTF-8 through unchanged and puts U+FFFD in place of each ill-formed
 * sequence (overlong forms, surrogates, stray continuation bytes, bytes that never
 * occur), noting where in its output each replacement went. The reader then reports the
 * release that holds a replacement instead of importing text that was silently changed.
 */
final class Utf8Guard extends InputStream {

	private static final byte[] REPLACEMENT = { (byte) 0xEF, (byte) 0xBF, (byte) 0xBD };

	private static final int CHUNK = 64 * 1024;

	private final InputStream in;

	private final byte[] input = new byte[CHUNK];

	private final byte[] output = new byte[CHUNK * REPLACEMENT.length + 8];

	private int outputPosition;

	private int outputLength;

	private long produced;

	private boolean eof;

	private final byte[] pending = new byte[4];

	private int pendingLength;

	private int needed;

	private int low;

	private int high;

	private final Deque<Long> replacements = new ArrayDeque<>();

	Utf8Guard(InputStream in) {
		this.in = in;
	}

	/**
	 * Takes the output offsets of the replacements made before {@code end}, oldest first.
	 */
	List<Long> takeReplacementsBefore(long end) {
		List<Long> taken = new ArrayList<>();
		while (!this.replacements.isEmpty() && this.replacements.peekFirst() < end) {
			taken.add(this.replacements.pollFirst());
		}
		return taken;
	}

	@Override
	public int read() throws IOException {
		if (!ensureOutput()) {
			return -1;
		}
		return this.output[this.outputPosition++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!ensureOutput()) {
			return -1;
		}
		int n = Math.min(length, this.outputLength - this.outputPosition);
		System.arraycopy(this.output, this.outputPosition, buffer, offset, n);
		this.outputPosition += n;
		return n;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private boolean ensureOutput() throws IOException {
		while (this.outputPosition == this.outputLength) {
			if (this.eof) {
				return false;
			}
			fill();
		}
		return true;
	}

	private void fill() throws IOException {
		this.outputPosition = 0;
		this.outputLength = 0;
		int n = this.in.read(this.input, 0, CHUNK);
		if (n < 0) {
			this.eof = true;
			if (this.needed > 0) {
				replace();
			}
			return;
		}
		for (int i = 0; i < n; i++) {
			accept(this.input[i] & 0xFF);
		}
	}

	private void accept(int b) {
		if (this.needed > 0) {
			if (b >= this.low && b <= this.high) {
				this.pending[this.pendingLength++] = (byte) b;
				this.low = 0x80;
				this.high = 0xBF;
				if (--this.needed == 0) {
					emit(this.pending, this.pendingLength);
					this.pendingLength = 0;
				}
				return;
			}
			replace();
		}
		if (b < 0x80) {
			this.output[this.outputLength++] = (byte) b;
			this.produced++;
		}
		else if (b >= 0xC2 && b <= 0xDF) {
			start(b, 1, 0x80, 0xBF);
		}
		else if (b == 0xE0) {
			start(b, 2, 0xA0, 0xBF);
		}
		else if (b == 0xED) {
			start(b, 2, 0x80, 0x9F);
		}
		else if (b >= 0xE1 && b <= 0xEF) {
			start(b, 2, 0x80, 0xBF);
		}
		else if (b == 0xF0) {
			start(b, 3, 0x90, 0xBF);
		}
		else if (b >= 0xF1 && b <= 0xF3) {
			start(b, 3, 0x80, 0xBF);
		}
		else if (b == 0xF4) {
			start(b, 3, 0x80, 0x8F);
		}
		else {
			replace();
		}
	}

	private void start(int b, int continuations, int low, int high) {
		this.pending[0] = (byte) b;
		this.pendingLength = 1;
		this.needed = continuations;
		this.low = low;
		this.high = high;
	}

	/** One U+FFFD for the ill-formed sequence read so far (or for one bad byte). */
	private void replace() {
		this.replacements.addLast(this.produced);
		this.pendingLength = 0;
		this.needed = 0;
		emit(REPLACEMENT, REPLACEMENT.length);
	}

	private void emit(byte[] bytes, int length) {
		System.arraycopy(bytes, 0, this.output, this.outputLength, length);
		this.outputLength += length;
		this.produced += length;
	}

}
