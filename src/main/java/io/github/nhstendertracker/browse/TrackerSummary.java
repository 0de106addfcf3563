package io.github.nhstendertracker.browse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the tracker holds, for the home page: how many records of each kind. The total
 * value is the tender list's own summary, so the two pages always agree.
 */
@Service
public class TrackerSummary {

	private final JdbcClient jdbc;

	TrackerSummary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Summary summarise() {
		return this.jdbc.sql("""
				select
				  (select count(*) from tender where archived_at is null) as tenders,
				  (select count(*) from commissioner where archived_at is null) as commissioners,
				  (select count(*) from bidder where archived_at is null) as bidders,
				  (select count(*) from source where archived_at is null) as sources
				""")
			.query((rs, rowNum) -> new Summary(rs.getLong("tenders"), rs.getLong("commissioners"),
					rs.getLong("bidders"), rs.getLong("sources")))
			.single();
	}

	/** How many public records of each kind the tracker holds. */
	public record Summary(long tenders, long commissioners, long bidders, long sources) {

	}

}
