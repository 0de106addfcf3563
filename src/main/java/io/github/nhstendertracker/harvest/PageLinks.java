package io.github.nhstendertracker.harvest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page of a portal's API says of itself, read in one streamed pass without keeping
 * its releases: the link to the next page ({@code links.next}, which carries the cursor)
 * and how many releases it holds. A page that is not a JSON object throughout (cut short,
 * say) is refused with a {@link PortalClient.PortalException}, so it is asked for again
 * rather than taken for the last page.
 *
 * @param next the next page's address, or null on the last page
 * @param releases the releases on this page
 */
record PageLinks(String next, int releases) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static PageLinks read(Path page) {
		try (InputStream in = open(page); JsonParser parser = MAPPER.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new PortalClient.PortalException("The page is not an OCDS release package");
			}
			String next = null;
			int releases = 0;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("links".equals(name) && value == JsonToken.START_OBJECT) {
					next = next(parser);
				}
				else if ("releases".equals(name) && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						releases++;
						parser.skipChildren();
					}
				}
				else {
					parser.skipChildren();
				}
			}
			return new PageLinks(next, releases);
		}
		catch (JacksonException ex) {
			throw new PortalClient.PortalException("The page is not whole JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String next(JsonParser parser) {
		String next = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("next".equals(name) && value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
				next = parser.getString().strip();
			}
			else {
				parser.skipChildren();
			}
		}
		return next;
	}

	private static InputStream open(Path page) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(page));
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return (first == 0x1f && second == 0x8b) ? new GZIPInputStream(in) : in;
	}

}
