package io.github.nhstendertracker.tender;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of the tracker's service areas a CPV code falls in, by code prefix, longest
 * first. Only codes that clearly name one of our areas map; health services in general
 * (85100000) and goods map to none, rather than to a guess.
 */
public final class CpvAreas {

	private static final Map<String, ServiceArea> PREFIXES = new LinkedHashMap<>();

	static {
		PREFIXES.put("85311100", ServiceArea.OLDER_PEOPLE); // welfare services for the
															// elderly
		PREFIXES.put("85141200", ServiceArea.MATERNITY); // services provided by midwives
		PREFIXES.put("85121270", ServiceArea.MENTAL_HEALTH); // psychiatrist or
																// psychologist services
		PREFIXES.put("85121100", ServiceArea.PRIMARY_CARE); // general practitioner
															// services
		PREFIXES.put("85130000", ServiceArea.PRIMARY_CARE); // dental practice services
		PREFIXES.put("85323000", ServiceArea.COMMUNITY); // community health services
	}

	private CpvAreas() {
	}

	/** The service areas a set of 8-digit CPV codes fall in. */
	public static Set<ServiceArea> of(Iterable<String> codes) {
		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
		for (String code : codes) {
			for (Map.Entry<String, ServiceArea> prefix : PREFIXES.entrySet()) {
				if (code.startsWith(significant(prefix.getKey()))) {
					areas.add(prefix.getValue());
					break;
				}
			}
		}
		return areas;
	}

	/** A CPV code without its trailing zeros, which only say "and everything below". */
	private static String significant(String code) {
		String trimmed = code.replaceAll("0+$", "");
		return trimmed.isEmpty() ? code : trimmed;
	}

}
