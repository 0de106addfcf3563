package io.github.nhstendertracker.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Text repair for the names, titles and descriptions portals publish. In order: HTML
 * entities are decoded ({@code Guy&#039;s}, {@code &amp;}, {@code &nbsp;}, also when
 * encoded twice), mojibake is repaired where it is unambiguous (see {@link Mojibake}),
 * control characters are removed, and white space is normalised. Correct text comes back
 * unchanged, with no repairs: real accents ({@code Môn}, {@code Tŷ}, {@code Ffrâm24}),
 * and a lone {@code &} as in {@code R&D}.
 */
public final class CleanText {

	/** The repairs, as {@link Cleaned#repairs()} names them. */
	public static final String ENTITIES = "decoded HTML entities";

	public static final String MOJIBAKE = "repaired mojibake";

	public static final String CONTROLS = "removed control characters";

	public static final String WHITESPACE = "normalised whitespace";

	private static final Pattern ENTITY = Pattern
		.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

	private static final int ENTITY_PASSES = 3;

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029\\u0085]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085]+");

	private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[\\t\\x0B\\f\\p{Zs}]+");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private CleanText() {
	}

	/**
	 * The text after repair, and what was repaired (empty when nothing was).
	 *
	 * @param text the repaired text; null when the raw text was null
	 * @param repairs such as {@value #ENTITIES} and {@value #WHITESPACE}, in the order
	 * made
	 */
	public record Cleaned(String text, List<String> repairs) {

		public Cleaned {
			repairs = List.copyOf(repairs);
		}

		public boolean changed() {
			return !this.repairs.isEmpty();
		}

	}

	/**
	 * Repairs one-line text (a name or a title): every run of white space becomes one
	 * space.
	 */
	public static Cleaned clean(String raw) {
		return clean(raw, false);
	}

	/**
	 * Repairs text with paragraphs (a description): line breaks become {@code \n}, single
	 * line breaks stay, a blank line between paragraphs stays (several become one), and
	 * spaces within a line are normalised.
	 */
	public static Cleaned cleanParagraphs(String raw) {
		return clean(raw, true);
	}

	private static Cleaned clean(String raw, boolean paragraphs) {
		if (raw == null) {
			return new Cleaned(null, List.of());
		}
		List<String> repairs = new ArrayList<>();
		String text = step(raw, decodeEntities(raw), ENTITIES, repairs);
		text = step(text, Mojibake.repair(text), MOJIBAKE, repairs);
		text = step(text, removeControls(text), CONTROLS, repairs);
		text = step(text, paragraphs ? normaliseParagraphs(text) : normaliseLine(text), WHITESPACE, repairs);
		return new Cleaned(text, repairs);
	}

	private static String step(String before, String after, String repair, List<String> repairs) {
		if (!after.equals(before)) {
			repairs.add(repair);
		}
		return after;
	}

	private static String decodeEntities(String text) {
		String result = text;
		for (int pass = 0; pass < ENTITY_PASSES && ENTITY.matcher(result).find(); pass++) {
			String decoded = HtmlUtils.htmlUnescape(result.replace("&apos;", "'"));
			if (decoded.equals(result)) {
				break;
			}
			result = decoded;
		}
		return result;
	}

	private static String removeControls(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)
					|| c == '\uFEFF' || c == '\u200B' || c == '\uFFFE' || c == '\uFFFF';
			if (control && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (!control && out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

	private static String normaliseLine(String text) {
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static String normaliseParagraphs(String text) {
		String[] lines = LINE_BREAK.matcher(text).replaceAll("\n").split("\n", -1);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(HORIZONTAL_SPACES.matcher(lines[i]).replaceAll(" ").strip());
		}
		return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
	}

}
