package io.github.nhstendertracker.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.common.Ref;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Commissioner and bidder names for the search form: type-ahead suggestions, names for
 * the ids in a query, and the ids for a name someone typed without choosing a suggestion.
 * Archived records are never suggested, named or resolved.
 */
@Service
public class PartyNames {

	/** The two tables whose rows can be searched by name. */
	public enum Party {

		COMMISSIONER("commissioner"), BIDDER("bidder");

		private final String table;

		Party(String table) {
			this.table = table;
		}

	}

	private final JdbcClient jdbc;

	PartyNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} names starting with the text, then names containing it. */
	public List<Ref> suggest(Party party, String text, int limit) {
		String prefix = escapeLike(text.trim().toLowerCase(java.util.Locale.ROOT));
		if (prefix.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, name from " + party.table + """
				 where archived_at is null
				   and (lower(name) like :prefix || '%' or lower(name) like '% ' || :prefix || '%')
				order by (lower(name) like :prefix || '%') desc, lower(name), id limit :limit""")
			.param("prefix", prefix)
			.param("limit", limit)
			.query((rs, rowNum) -> new Ref(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * Names for ids, in the ids' order. Ids that do not exist are left out, and so are
	 * archived records: to the search an archived commissioner or bidder is unknown.
	 */
	public Map<Long, String> names(Party party, Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		Map<Long, String> found = new java.util.HashMap<>();
		this.jdbc.sql("select id, name from " + party.table + " where id = any(:ids) and archived_at is null")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs) -> {
				found.put(rs.getLong("id"), rs.getString("name"));
			});
		ids.stream().filter(found::containsKey).forEach((id) -> names.put(id, found.get(id)));
		return names;
	}

	/**
	 * The ids a typed name stands for: an exact match (ignoring case), else the one name
	 * that starts with it. Empty when nothing, or more than one thing, matches.
	 */
	public List<Long> resolve(Party party, String typed) {
		String name = typed.trim();
		List<Long> exact = this.jdbc
			.sql("select id from " + party.table + " where lower(name) = lower(:name) and archived_at is null")
			.param("name", name)
			.query(Long.class)
			.list();
		if (!exact.isEmpty()) {
			return exact;
		}
		List<Ref> starting = suggest(party, name, 2);
		return (starting.size() == 1) ? List.of(starting.get(0).id()) : List.of();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
