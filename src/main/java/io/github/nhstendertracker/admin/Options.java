package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The choices of a select or a set of radios: value sent to label shown, in order. */
final class Options {

	private Options() {
	}

	/** An enum's constants by name, labelled, in declaration order. */
	static <E extends Enum<E>> Map<String, String> of(E[] values, Function<E, String> label) {
		Map<String, String> options = new LinkedHashMap<>();
		for (E value : values) {
			options.put(value.name(), label.apply(value));
		}
		return options;
	}

}
