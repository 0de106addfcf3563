package io.github.nhstendertracker.ocds;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it: how far into the file (before decompression) reading
 * has got.
 */
final class CountingInputStream extends FilterInputStream {

	private long count;

	CountingInputStream(InputStream in) {
		super(in);
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			this.count++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n > 0) {
			this.count += n;
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = this.in.skip(n);
		this.count += skipped;
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
