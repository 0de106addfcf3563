package io.github.nhstendertracker.editing;

import java.util.List;

import io.github.nhstendertracker.common.NameKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the commissioner or bidder an editor typed by name, where a form has too many to
 * list: the one whose name is the text (ignoring case), or failing that the ones whose
 * name key (the rule imports and duplicate checks use) is the text's. Archived records
 * are not chosen, except the one the record already had.
 */
@Component
public class NamedChoices {

	/** A list of more choices than this is replaced by a name typed with suggestions. */
	public static final int LIST_MAX = 50;

	/** What can be chosen by name. */
	public enum Party {

		COMMISSIONER("commissioner"), BIDDER("bidder");

		private final String table;

		Party(String table) {
			this.table = table;
		}

	}

	private final JdbcClient jdbc;

	NamedChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ids that the name picks: one when it names a record, none or several when it
	 * does not say which.
	 * @param party commissioners or bidders
	 * @param name what was typed
	 * @param current the id the record has now, chosen even if archived, or null
	 */
	public List<Long> byName(Party party, String name, Long current) {
		String text = name.strip();
		String chosen = "(archived_at is null or id = :current)";
		List<Long> exact = this.jdbc
			.sql("select id from " + party.table + " where lower(name) = lower(:name) and " + chosen + " order by id")
			.param("name", text)
			.param("current", current)
			.query(Long.class)
			.list();
		if (!exact.isEmpty()) {
			return exact;
		}
		String key = NameKeys.of(text);
		if (key == null) {
			return List.of();
		}
		return this.jdbc.sql("select id from " + party.table + " where name_key = :key and " + chosen + " order by id")
			.param("key", key)
			.param("current", current)
			.query(Long.class)
			.list();
	}

	/** The name of a record, for a form shown again with a name box; null if none. */
	public String name(Party party, String id) {
		if (id == null || !id.strip().matches("\\d{1,18}")) {
			return null;
		}
		return this.jdbc.sql("select name from " + party.table + " where id = :id")
			.param("id", Long.parseLong(id.strip()))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** How many there are to choose from, to decide between a list and a typed name. */
	public boolean tooManyToList(Party party) {
		return this.jdbc
			.sql("select count(*) > " + LIST_MAX + " from (select 1 from " + party.table
					+ " where archived_at is null limit " + (LIST_MAX + 1) + ") listed")
			.query(Boolean.class)
			.single();
	}

}
