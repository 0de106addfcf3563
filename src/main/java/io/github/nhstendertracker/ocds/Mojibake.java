package io.github.nhstendertracker.ocds;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Undoes UTF-8 text that was decoded as Windows-1252 ({@code â€™} for {@code ’},
 * {@code Ã©} for {@code é}). Each run of characters that Windows-1252 can encode is
 * turned back into its bytes; wherever those bytes hold a well-formed multi-byte UTF-8
 * sequence for a character such text is made of (Latin letters, Greek and Cyrillic,
 * punctuation, currency and common symbols), the sequence's characters become that one
 * character. All else stays as it was, so correct accented text ({@code Môn},
 * {@code Ffrâm24}, {@code Straße“}) never changes: its bytes are not UTF-8, or decode to
 * characters such text is not made of.
 */
final class Mojibake {

	private static final int PASSES = 3;

	/**
	 * Each character's Windows-1252 byte, or -1; C1 controls stand for the unused bytes.
	 */
	private static final int[] BYTE_OF = new int[0x2200];

	static {
		java.util.Arrays.fill(BYTE_OF, -1);
		Charset cp1252 = Charset.forName("windows-1252");
		for (int b = 0x80; b <= 0xFF; b++) {
			char c = cp1252.decode(ByteBuffer.wrap(new byte[] { (byte) b })).charAt(0);
			BYTE_OF[(c == '\uFFFD') ? b : c] = b;
		}
		for (int b = 0x80; b <= 0x9F; b++) {
			if (BYTE_OF[b] < 0) {
				BYTE_OF[b] = b;
			}
		}
	}

	private Mojibake() {
	}

	/** The text with its mojibake repaired; the same instance when there was none. */
	static String repair(String text) {
		String result = text;
		for (int pass = 0; pass < PASSES; pass++) {
			String repaired = repairOnce(result);
			if (repaired.equals(result)) {
				break;
			}
			result = repaired;
		}
		return result;
	}

	private static String repairOnce(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			if (byteOf(text.charAt(i)) < 0) {
				if (out != null) {
					out.append(text.charAt(i));
				}
				i++;
				continue;
			}
			int end = i;
			while (end < text.length() && byteOf(text.charAt(end)) >= 0) {
				end++;
			}
			String run = text.substring(i, end);
			String repaired = repairRun(run);
			if (out == null && !repaired.equals(run)) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(repaired);
			}
			i = end;
		}
		return (out != null) ? out.toString() : text;
	}

	private static String repairRun(String run) {
		int[] bytes = new int[run.length()];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = byteOf(run.charAt(i));
		}
		StringBuilder out = new StringBuilder(run.length());
		int i = 0;
		while (i < bytes.length) {
			int length = sequenceLength(bytes, i);
			int codePoint = (length > 0) ? decode(bytes, i, length) : -1;
			if (codePoint >= 0 && plausible(codePoint)) {
				out.appendCodePoint(codePoint);
				i += length;
			}
			else {
				out.append(run.charAt(i));
				i++;
			}
		}
		return out.toString();
	}

	private static int byteOf(char c) {
		return (c >= 0x80 && c < BYTE_OF.length) ? BYTE_OF[c] : -1;
	}

	/** The length of the well-formed UTF-8 sequence at {@code i}, or 0. */
	private static int sequenceLength(int[] bytes, int i) {
		int lead = bytes[i];
		int length;
		int low = 0x80;
		int high = 0xBF;
		if (lead >= 0xC2 && lead <= 0xDF) {
			length = 2;
		}
		else if (lead >= 0xE0 && lead <= 0xEF) {
			length = 3;
			low = (lead == 0xE0) ? 0xA0 : 0x80;
			high = (lead == 0xED) ? 0x9F : 0xBF;
		}
		else if (lead >= 0xF0 && lead <= 0xF4) {
			length = 4;
			low = (lead == 0xF0) ? 0x90 : 0x80;
			high = (lead == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			return 0;
		}
		if (i + length > bytes.length) {
			return 0;
		}
		for (int k = 1; k < length; k++) {
			int b = bytes[i + k];
			if (b < low || b > high) {
				return 0;
			}
			low = 0x80;
			high = 0xBF;
		}
		return length;
	}

	private static int decode(int[] bytes, int i, int length) {
		int codePoint = bytes[i] & (0xFF >> (length + 1));
		for (int k = 1; k < length; k++) {
			codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
		}
		return codePoint;
	}

	/** Whether UTF-8 text from a UK portal would hold this character. */
	private static boolean plausible(int codePoint) {
		return (codePoint >= 0xA0 && codePoint <= 0x24F) || (codePoint >= 0x370 && codePoint <= 0x4FF)
				|| (codePoint >= 0x1E00 && codePoint <= 0x1EFF) || (codePoint >= 0x2000 && codePoint <= 0x214F)
				|| (codePoint >= 0x2190 && codePoint <= 0x22FF) || (codePoint >= 0x25A0 && codePoint <= 0x25FF);
	}

}
