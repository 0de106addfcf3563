package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderRows;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.TextPart;
import io.github.nhstendertracker.search.TenderSearch.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one keyset page of a search: its tenders with their commissioners, the words that
 * matched the keywords marked, and the cursors either side of it.
 */
@Component
class SearchPager {

	/** Relevance ranks every match when the planner expects no more than this many. */
	static final int RELEVANCE_CANDIDATES = 10_000;

	private static final char MARK_START = '\u0001';

	private static final char MARK_END = '\u0002';

	private final JdbcClient jdbc;

	private final TenderRows rows;

	SearchPager(JdbcClient jdbc, TenderRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/**
	 * The page the query's cursor points at. Ranking by relevance reads every match. That
	 * is quick for up to about {@value #RELEVANCE_CANDIDATES} matches, but a common word
	 * matches half the table, so when the planner expects more than that, relevance ranks
	 * the {@value SearchStatements#RELEVANCE_RECENT} most recent matches.
	 */
	Page page(TenderQuery query, SearchSql filters, long estimate) {
		boolean backwards = query.before() != null;
		boolean recentOnly = query.sort() == SearchSort.RELEVANCE && estimate > RELEVANCE_CANDIDATES;
		if (recentOnly) {
			// Walk the date index for the most recent matches. The planner, misled by a
			// phrase's estimate, would otherwise read every match and sort them.
			this.jdbc.sql("select set_config('enable_bitmapscan', 'off', true)").query(String.class).single();
		}
		SearchStatement select = SearchStatements.page(query, filters, recentOnly);
		List<Keyed> found = new ArrayList<>(this.jdbc.sql(select.sql())
			.params(select.params())
			.query((rs, rowNum) -> new Keyed(this.rows.mapRow(rs, rowNum), rs.getString("sort_key")))
			.list());
		if (recentOnly) {
			this.jdbc.sql("select set_config('enable_bitmapscan', 'on', true)").query(String.class).single();
		}
		boolean more = found.size() > query.size();
		if (more) {
			found.remove(found.size() - 1);
		}
		if (backwards) {
			Collections.reverse(found);
		}
		SearchCursor next = null;
		SearchCursor previous = null;
		if (!found.isEmpty()) {
			Keyed first = found.get(0);
			Keyed last = found.get(found.size() - 1);
			if (backwards || more) {
				next = new SearchCursor(query.sort(), last.key, last.row.id());
			}
			if (backwards ? more : query.after() != null) {
				previous = new SearchCursor(query.sort(), first.key, first.row.id());
			}
		}
		List<TenderRow> tenders = this.rows.withCommissioners(found.stream().map(Keyed::row).toList());
		return new Page(highlight(query, tenders), next, previous);
	}

	private List<Hit> highlight(TenderQuery query, List<TenderRow> tenders) {
		if (!query.hasKeywords() || tenders.isEmpty()) {
			return tenders.stream().map(Hit::plain).toList();
		}
		Map<Long, String[]> marked = new HashMap<>();
		SearchStatement headlines = SearchStatements.highlight(query.q(), tenders.stream().map(TenderRow::id).toList(),
				String.valueOf(MARK_START), String.valueOf(MARK_END));
		this.jdbc.sql(headlines.sql()).params(headlines.params()).query((rs) -> {
			marked.put(rs.getLong("id"), new String[] { rs.getString("title"), rs.getString("snippet") });
		});
		return tenders.stream().map((tender) -> {
			String[] headline = marked.get(tender.id());
			return (headline != null) ? new Hit(tender, parts(headline[0]), parts(headline[1])) : Hit.plain(tender);
		}).toList();
	}

	/**
	 * Splits text at the markers PostgreSQL put round its matches into plain and
	 * highlighted parts, dropping the markers.
	 */
	static List<TextPart> parts(String marked) {
		if (marked == null) {
			return List.of();
		}
		List<TextPart> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean highlighted = false;
		for (char c : marked.toCharArray()) {
			if (c == MARK_START || c == MARK_END) {
				add(parts, text, highlighted);
				highlighted = (c == MARK_START);
			}
			else {
				text.append(c);
			}
		}
		add(parts, text, highlighted);
		return List.copyOf(parts);
	}

	private static void add(List<TextPart> parts, StringBuilder text, boolean highlighted) {
		if (!text.isEmpty()) {
			parts.add(new TextPart(text.toString(), highlighted));
			text.setLength(0);
		}
	}

	private record Keyed(TenderRow row, String key) {
	}

}
