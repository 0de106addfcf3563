package io.github.nhstendertracker.search;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.nhstendertracker.search.TenderQuery.Parsed;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The newest events of the tenders a search matches, as an Atom feed a feed reader can
 * follow: {@code /events.atom} takes every filter of {@code /tenders}, and bad ones get
 * the search's 400 problem. {@code limit} says how many events (50 unless given, at most
 * 200).
 */
@Controller
class EventFeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	static final String LIMIT = "limit";

	/**
	 * Paging and sorting: a feed is always its newest events first, so not even checked.
	 */
	private static final List<String> IGNORED = List.of("after", "before", "size", "sort", "dir");

	private final EventFeed feed;

	private final AtomFeedWriter writer;

	private final PartyNames names;

	private final Clock clock;

	EventFeedController(EventFeed feed, AtomFeedWriter writer, PartyNames names, Clock clock) {
		this.feed = feed;
		this.writer = writer;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/events.atom")
	ResponseEntity<?> feed(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		IGNORED.forEach(filters::remove);
		List<String> limitValues = filters.remove(LIMIT);
		Parsed parsed = TenderQuery.parse(filters);
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		int limit = limit(limitValues, errors);
		TenderQuery query = parsed.query();
		if (errors.isEmpty()) {
			SearchPage page = SearchPage.checked(query, errors, Map.of(), this.names);
			errors.putAll(page.errors());
			if (errors.isEmpty()) {
				return ResponseEntity.ok().contentType(ATOM).body(atom(page, limit, request));
			}
		}
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(TenderSearchApiController.problem(errors));
	}

	private String atom(SearchPage page, int limit, HttpServletRequest request) {
		TenderQuery query = page.query();
		String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		Map<String, List<String>> selfParams = query.filterParams();
		if (limit != EventFeed.DEFAULT_LIMIT) {
			selfParams.put(LIMIT, List.of(String.valueOf(limit)));
		}
		AtomFeedWriter.Head head = new AtomFeedWriter.Head(AtomFeedWriter.TAG + page.links().feed(), title(page),
				"The newest events of the tenders matching this search on NHS Tender Tracker, latest first.",
				site + SearchLinks.url("/events.atom", selfParams), site + page.links().to("/tenders"));
		StringWriter out = new StringWriter();
		this.writer.write(head, this.feed.newest(query, limit), site, this.clock.instant(), out);
		return out.toString();
	}

	/**
	 * "Tender events: NHS region London; Status Open", or for no filters "Tender events".
	 */
	private static String title(SearchPage page) {
		String filters = page.tags()
			.stream()
			.map((tag) -> tag.filter() + ": " + tag.value())
			.collect(Collectors.joining("; "));
		return "Tender events" + (filters.isEmpty() ? "" : " (" + filters + ")");
	}

	/** How many events to give: {@value EventFeed#DEFAULT_LIMIT} unless asked for. */
	private static int limit(List<String> values, Map<String, String> errors) {
		if (values == null || values.isEmpty()) {
			return EventFeed.DEFAULT_LIMIT;
		}
		String text = values.get(0).trim();
		if (values.size() == 1 && text.isEmpty()) {
			return EventFeed.DEFAULT_LIMIT;
		}
		if (values.size() == 1 && text.matches("\\d{1,3}")) {
			int limit = Integer.parseInt(text);
			if (limit >= 1 && limit <= EventFeed.MAX_LIMIT) {
				return limit;
			}
		}
		errors.put(LIMIT, "Limit must be given once, as a whole number from 1 to " + EventFeed.MAX_LIMIT);
		return EventFeed.DEFAULT_LIMIT;
	}

}
