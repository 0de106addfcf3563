package io.github.nhstendertracker.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for when two organisation names mean the same body: a key that folds case,
 * accents, punctuation, "&amp;" and "and", and the spellings portals vary ("NHS FT" and
 * "NHS Foundation Trust", "Univ." and "University", "Ltd" and "Limited", a leading
 * "The"), and the spacing between words, so "Pricewaterhouse Coopers" and
 * "PricewaterhouseCoopers" meet. Only the spelling is folded, never the words that tell
 * bodies apart. Admin forms and imports both refuse or match a name by this key.
 */
public final class NameKeys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final String[][] SPELLINGS = { { "&", " and " }, { "+", " and " } };

	private static final String[][] WORDS = { { "ft", "foundation trust" }, { "univ", "university" },
			{ "uni", "university" }, { "ltd", "limited" }, { "plc", "public limited company" }, { "hosp", "hospital" },
			{ "hosps", "hospitals" }, { "ccg", "clinical commissioning group" }, { "icb", "integrated care board" },
			{ "uhb", "university health board" }, { "st", "saint" }, { "co", "company" } };

	private NameKeys() {
	}

	/** The key of a name, or null for a blank one. */
	public static String of(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
		for (String[] spelling : SPELLINGS) {
			text = text.replace(spelling[0], spelling[1]);
		}
		StringBuilder key = new StringBuilder();
		String[] words = NOT_WORD.matcher(text).replaceAll(" ").strip().split(" ");
		for (int i = 0; i < words.length; i++) {
			String word = expand(words[i]);
			if (word.isEmpty() || (i == 0 && word.equals("the") && words.length > 1)) {
				continue;
			}
			key.append(word.replace(" ", ""));
		}
		String result = key.toString();
		return (result.length() > 200) ? result.substring(0, 200) : result;
	}

	private static String expand(String word) {
		for (String[] spelling : WORDS) {
			if (spelling[0].equals(word)) {
				return spelling[1];
			}
		}
		return word;
	}

}
