package io.github.nhstendertracker.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.common.PartialDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search kept to be run again later, as e-mail alerts do: its filters as one canonical
 * query string (the same filters in any order give the same string), the filters in
 * words, and the events recorded since a given number
 * ({@code tender_event.happened_seq}).
 */
@Component
public class SavedSearches {

	/** Paging and sorting: what an alert is sent is always its newest events first. */
	private static final List<String> IGNORED = List.of("after", "before", "size", "sort", "dir");

	private final PartyNames names;

	private final JdbcClient jdbc;

	private final EventFeed feed;

	private final AtomFeedWriter values;

	private final PartialDates dates;

	SavedSearches(PartyNames names, JdbcClient jdbc, EventFeed feed, AtomFeedWriter values, PartialDates dates) {
		this.names = names;
		this.jdbc = jdbc;
		this.feed = feed;
		this.values = values;
		this.dates = dates;
	}

	/**
	 * The search of these request parameters (the filters of {@code /tenders}), with an
	 * error for each bad one.
	 */
	public Saved of(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		IGNORED.forEach(filters::remove);
		TenderQuery.Parsed parsed = TenderQuery.parse(filters);
		SearchPage page = SearchPage.checked(parsed.query(), parsed.errors(), Map.of(), this.names);
		String canonical = SearchLinks.url("", parsed.query().filterParams());
		List<String> inWords = page.tags().stream().map((tag) -> tag.filter() + ": " + tag.value()).toList();
		return new Saved(canonical.startsWith("?") ? canonical.substring(1) : canonical, inWords,
				new LinkedHashMap<>(page.errors()));
	}

	/** The search of a canonical query string that {@link #of} gave. */
	public Saved of(String canonical) {
		return of(params(canonical));
	}

	/**
	 * The events that happened to tenders of the search, numbered after {@code after} and
	 * up to {@code upTo}: latest date first, at most {@code limit} of them, with how many
	 * there are in all.
	 */
	public NewEvents happenedBetween(String canonical, long after, long upTo, int limit) {
		TenderQuery query = TenderQuery.parse(params(canonical)).query();
		SearchStatement select = SearchStatements.happenedBetween(query, after, upTo, limit);
		int[] total = { 0 };
		List<NewEvent> events = this.jdbc.sql(select.sql()).params(select.params()).query((rs, rowNum) -> {
			total[0] = rs.getInt("total");
			EventFeed.Entry entry = this.feed.mapRow(rs, rowNum);
			return new NewEvent(entry.tender().id(), entry.tender().title(), entry.type().label(),
					this.dates.format(entry.date(), entry.precision(), entry.qualifier()),
					this.values.value(entry.tender().value()), entry.description());
		}).list();
		return new NewEvents(events, total[0]);
	}

	private static MultiValueMap<String, String> params(String canonical) {
		return UriComponentsBuilder.newInstance().query(canonical).build().getQueryParams();
	}

	/**
	 * A search kept for later.
	 *
	 * @param query its filters as a canonical query string, without the "?" (empty for
	 * every tender)
	 * @param filters each filter value in words, such as "NHS region: London"
	 * @param errors what is wrong with the parameters, by parameter name
	 */
	public record Saved(String query, List<String> filters, Map<String, String> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

		/** This search on a path of the site, such as {@code /tenders}. */
		public String at(String path) {
			return this.query.isEmpty() ? path : path + "?" + this.query;
		}

	}

	/**
	 * An event to tell a subscriber about, ready to show.
	 *
	 * @param tenderId the tender's id, for the link to its page
	 * @param tenderTitle the tender's title
	 * @param event what happened ("Contract awarded")
	 * @param date when, at its precision ("by February 2016")
	 * @param value the tender's value in words, or "not known"
	 * @param description what the sources say about it, or null
	 */
	public record NewEvent(long tenderId, String tenderTitle, String event, String date, String value,
			String description) {
	}

	/** The newest events of a search and how many there are in all. */
	public record NewEvents(List<NewEvent> events, int total) {

		public int more() {
			return this.total - this.events.size();
		}

	}

}
