package io.github.nhstendertracker.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.search.PartyNames.Party;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search form's raw input: what was typed, kept so the form can be shown again
 * exactly as entered. Names typed into the commissioner and bidder boxes become ids here.
 */
final class SearchForm {

	static final int MAX_SHOWN = 300;

	private SearchForm() {
	}

	/** Parameters with typed names swapped for ids; problems go into {@code errors}. */
	static MultiValueMap<String, String> resolveNames(MultiValueMap<String, String> params, PartyNames names,
			Map<String, String> errors) {
		MultiValueMap<String, String> resolved = new LinkedMultiValueMap<>(params);
		resolve(resolved, names, errors, Party.COMMISSIONER, "commissionerName", "commissioner");
		resolve(resolved, names, errors, Party.BIDDER, "bidderName", "bidder");
		return resolved;
	}

	private static void resolve(MultiValueMap<String, String> params, PartyNames names, Map<String, String> errors,
			Party party, String nameParam, String idParam) {
		List<String> typed = params.remove(nameParam);
		if (typed == null) {
			return;
		}
		for (String name : typed) {
			if (name.isBlank()) {
				continue;
			}
			if (name.length() > 200) {
				errors.put(nameParam, "Names must be 200 characters or fewer");
				continue;
			}
			List<Long> ids = names.resolve(party, name);
			if (ids.isEmpty()) {
				errors.put(nameParam, "No single " + idParam + " matches ‘" + name.trim()
						+ "’: check the spelling, or pick one from the suggestions");
			}
			ids.forEach((id) -> params.add(idParam, id.toString()));
		}
	}

	/** The raw values to show back in the form, cut to a sensible length. */
	static Map<String, String> shown(MultiValueMap<String, String> params) {
		Map<String, String> shown = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!values.isEmpty() && name.length() <= 40) {
				// A repeated text parameter (several CPV codes) is shown as one list.
				String value = String.join(", ", values);
				shown.put(name, (value.length() > MAX_SHOWN) ? value.substring(0, MAX_SHOWN) : value);
			}
		});
		return shown;
	}

}
