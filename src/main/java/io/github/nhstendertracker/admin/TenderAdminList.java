package io.github.nhstendertracker.admin;

import java.util.List;
import java.util.Locale;

import io.github.nhstendertracker.tender.TenderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's list of tenders: found by words in the title, public, archived or both,
 * newest first, a page at a time.
 */
@Component
@Transactional(readOnly = true)
public class TenderAdminList {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	TenderAdminList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which tenders to list. */
	public enum Show {

		PUBLIC("Public"), ARCHIVED("Archived"), ALL("All");

		private final String label;

		Show(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Show of(String param) {
			for (Show show : values()) {
				if (show.param().equals(param)) {
					return show;
				}
			}
			return PUBLIC;
		}

	}

	/**
	 * One tender in the list.
	 *
	 * @param id its id
	 * @param title its title
	 * @param status its derived status
	 * @param archived whether it is archived
	 */
	public record Row(long id, String title, TenderStatus status, boolean archived) {

	}

	/**
	 * One page of the list.
	 *
	 * @param rows the tenders on it
	 * @param page its number, from 1
	 * @param hasNext whether another page follows
	 */
	public record Page(List<Row> rows, int page, boolean hasNext) {

	}

	Page find(String words, Show show, int page) {
		String text = (words != null) ? words.trim() : "";
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String archived = switch (show) {
			case PUBLIC -> "archived_at is null";
			case ARCHIVED -> "archived_at is not null";
			case ALL -> "true";
		};
		List<Row> rows = this.jdbc.sql("""
				select id, title, status, archived_at is not null as archived from tender
				where %s and (:text = '' or title ilike :pattern)
				order by id desc limit :limit offset :offset""".formatted(archived))
			.param("text", text)
			.param("pattern", pattern)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("title"),
					TenderStatus.valueOf(rs.getString("status")), rs.getBoolean("archived")))
			.list();
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
	}

}
