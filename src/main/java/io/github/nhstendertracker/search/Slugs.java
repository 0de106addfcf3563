package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * URL forms of enum constants: {@code PREFERRED_BIDDER} is {@code preferred-bidder}.
 */
public final class Slugs {

	private Slugs() {
	}

	public static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String slug) {
		return Arrays.stream(type.getEnumConstants()).filter((value) -> of(value).equals(slug)).findFirst();
	}

}
