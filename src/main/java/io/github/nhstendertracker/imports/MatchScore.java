package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;

/**
 * How alike an imported process and a tender already kept look, judged in Java so that no
 * database extension is needed.
 * <p>
 * <b>Titles</b> are compared as sets of words: accents, case and punctuation folded (as
 * {@link io.github.nhstendertracker.common.NameKeys} folds names), a plural "s" taken
 * off, and words that every procurement title carries ("the", "and", "services",
 * "contract", "provision", "NHS", ...) left out. The likeness is the Dice coefficient of
 * the two sets: twice the shared words over the words of both. Titles are alike at
 * {@value #TITLE_THRESHOLD} or more with at least two shared words (one is enough only
 * when a title has just one word left).
 * <p>
 * <b>Values</b> are compared as totals over the contract (or, failing that, per year),
 * each range widened by a tenth either way, because news reports round ("about £700m")
 * and notices give exact figures (£687.5m). Two values that do not meet rule a match out.
 * An unknown value (or two that cannot be put on one basis) does not: news articles often
 * give no figure and planning notices seldom do, so the shared buyer and the title carry
 * the match, and the score is lowered to say so. An admin always decides.
 */
final class MatchScore {

	static final double TITLE_THRESHOLD = 0.5;

	/** The score's factor when the values could not be compared. */
	static final double UNKNOWN_VALUE = 0.8;

	private static final BigDecimal LOWER = new BigDecimal("0.9");

	private static final BigDecimal UPPER = new BigDecimal("1.1");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Set<String> COMMON = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
			"of", "on", "or", "the", "to", "with", "within", "nhs", "service", "contract", "provision", "procurement",
			"tender", "supply", "lot", "requirement", "opportunity", "notice");

	private MatchScore() {
	}

	/** How the values of two tenders compare. */
	enum Values {

		/** Their ranges meet. */
		OVERLAP,
		/** At least one is not known, or they cannot be put on one basis. */
		UNKNOWN,
		/** Both are known and far apart. */
		APART

	}

	/**
	 * Why two tenders look alike.
	 *
	 * @param score from 0 to 1: the title likeness, lowered when the values are unknown
	 * @param shared the title words both have
	 * @param values how the values compare
	 */
	record Likeness(double score, List<String> shared, Values values) {
	}

	/** How alike two tenders look, or empty when they do not. */
	static Optional<Likeness> of(String importedTitle, ContractValue importedValue, String existingTitle,
			ContractValue existingValue) {
		Set<String> a = words(importedTitle);
		Set<String> b = words(existingTitle);
		Set<String> shared = new LinkedHashSet<>(a);
		shared.retainAll(b);
		if (a.isEmpty() || b.isEmpty()) {
			return Optional.empty();
		}
		double dice = 2.0 * shared.size() / (a.size() + b.size());
		boolean enough = shared.size() >= 2 || (shared.size() == 1 && Math.min(a.size(), b.size()) == 1);
		if (dice < TITLE_THRESHOLD || !enough) {
			return Optional.empty();
		}
		Values values = values(importedValue, existingValue);
		if (values == Values.APART) {
			return Optional.empty();
		}
		double score = (values == Values.OVERLAP) ? dice : dice * UNKNOWN_VALUE;
		return Optional.of(new Likeness(Math.round(score * 1000) / 1000.0, List.copyOf(shared), values));
	}

	/** The words of a title that tell it apart, folded. */
	static Set<String> words(String title) {
		Set<String> words = new LinkedHashSet<>();
		if (title == null) {
			return words;
		}
		String text = Normalizer.normalize(title, Normalizer.Form.NFKD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
		for (String word : NOT_WORD.matcher(text).replaceAll(" ").strip().split(" ")) {
			String stem = stem(word);
			if (stem.length() > 1 && !COMMON.contains(stem)) {
				words.add(stem);
			}
		}
		return words;
	}

	private static String stem(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	static Values values(ContractValue a, ContractValue b) {
		if (a == null || b == null || !a.known() || !b.known()) {
			return Values.UNKNOWN;
		}
		MoneyRange first = a.total();
		MoneyRange second = b.total();
		if (first == null || second == null) {
			first = a.perYear();
			second = b.perYear();
		}
		if (first == null || second == null) {
			return Values.UNKNOWN;
		}
		return meet(first, second) ? Values.OVERLAP : Values.APART;
	}

	private static boolean meet(MoneyRange a, MoneyRange b) {
		BigDecimal aLow = low(a).multiply(LOWER);
		BigDecimal bLow = low(b).multiply(LOWER);
		BigDecimal aHigh = high(a);
		BigDecimal bHigh = high(b);
		boolean belowB = aHigh != null && aHigh.multiply(UPPER).compareTo(bLow) < 0;
		boolean belowA = bHigh != null && bHigh.multiply(UPPER).compareTo(aLow) < 0;
		return !belowB && !belowA;
	}

	private static BigDecimal low(MoneyRange range) {
		return (range.low() != null) ? range.low() : range.high();
	}

	/** The top of a range, or null when it has none ("£5m or more"). */
	private static BigDecimal high(MoneyRange range) {
		if (range.highOpen()) {
			return null;
		}
		return (range.high() != null) ? range.high() : range.low();
	}

}
