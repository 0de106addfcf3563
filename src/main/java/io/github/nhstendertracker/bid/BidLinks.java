package io.github.nhstendertracker.bid;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the id of each bid on a tender, so the tender page can link editors to change or
 * remove it. Registered as the {@code bidLinks} bean for templates.
 */
@Component("bidLinks")
public class BidLinks {

	private final JdbcClient jdbc;

	BidLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tender's bid ids, keyed by bidder id and role name ("12:AWARDED"): one query.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> ids(long tenderId) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select id, bidder_id, role from bid where tender_id = :tenderId")
			.param("tenderId", tenderId)
			.query((rs) -> {
				ids.put(rs.getLong("bidder_id") + ":" + rs.getString("role"), rs.getLong("id"));
			});
		return ids;
	}

}
