package io.github.nhstendertracker.commissioner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose tenders count as a commissioner's: also those of every body it took over from
 * (the default), or only those in its own name. In URLs, {@code lineage=all} or
 * {@code lineage=own}.
 */
public enum LineageScope {

	/** Its own tenders and those of its predecessors, every generation back. */
	ALL,

	/** Only the tenders it commissions itself. */
	OWN;

	/** The URL parameter that chooses the scope. */
	public static final String PARAM = "lineage";

	/** What to write instead of a value that is not a scope. */
	public static final String CHOICES_MESSAGE = "‘lineage’ must be ‘all’ (with the tenders of the bodies a "
			+ "commissioner took over from, the default) or ‘own’ (its own tenders only)";

	/** The value in the URL: {@code all} or {@code own}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The scope a URL value names, or empty when it names none. */
	public static Optional<LineageScope> fromParam(String value) {
		return Arrays.stream(values()).filter((scope) -> scope.param().equals(value)).findFirst();
	}

}
