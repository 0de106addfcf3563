package io.github.nhstendertracker.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in a sorted result: the sort key and id of the row on one side of it. Sent
 * as an opaque URL-safe token, so deep pages cost the same as the first (no OFFSET).
 */
public record SearchCursor(SearchSort sort, String key, long id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public String token() {
		String raw = this.sort.slug() + "\n" + this.id + "\n" + ((this.key != null) ? this.key : "");
		return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	public static Optional<SearchCursor> parse(String token) {
		if (token == null || token.length() > 800 || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		try {
			String raw = new String(DECODER.decode(token), StandardCharsets.UTF_8);
			String[] parts = raw.split("\n", 3);
			if (parts.length != 3 || !parts[1].matches("\\d{1,18}")) {
				return Optional.empty();
			}
			return SearchSort.fromParam(parts[0])
				.map((sort) -> new SearchCursor(sort, parts[2].isEmpty() ? null : parts[2], Long.parseLong(parts[1])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
