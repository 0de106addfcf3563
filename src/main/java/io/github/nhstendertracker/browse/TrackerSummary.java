package io.github.nhstendertracker.browse;

import java.math.BigDecimal;

import io.github.nhstendertracker.tender.MoneyRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the tracker holds, for the home page: counts, and the total value of tenders that
 * are not split into lots (so a programme and its lots are not counted twice).
 */
@Service
public class TrackerSummary {

	private final JdbcClient jdbc;

	TrackerSummary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Summary summarise() {
		return this.jdbc
			.sql("""
					with leaf as (
					    select t.* from tender t where t.archived_at is null
					      and not exists (select 1 from tender c where c.parent_id = t.id and c.archived_at is null)),
					totals as (
					    select
					      case when value_basis = 'TOTAL' then value_low
					           else value_low * coalesce(duration_min_months, duration_max_months) / 12 end as low,
					      case when value_basis = 'TOTAL' then coalesce(value_high, value_low)
					           else coalesce(value_high, value_low) * coalesce(duration_max_months, duration_min_months) / 12
					      end as high,
					      value_high_open as high_open
					    from leaf
					    where value_basis = 'TOTAL'
					       or (value_basis = 'ANNUAL' and coalesce(duration_min_months, duration_max_months) is not null))
					select
					  (select count(*) from tender where archived_at is null) as tenders,
					  (select count(*) from commissioner where archived_at is null) as commissioners,
					  (select count(*) from bidder where archived_at is null) as bidders,
					  (select count(*) from source where archived_at is null) as sources,
					  (select count(*) from tender_event e join tender t on t.id = e.tender_id
					      where t.archived_at is null) as events,
					  (select count(*) from totals) as valued,
					  (select coalesce(sum(coalesce(low, 0)), 0) from totals) as value_low,
					  (select coalesce(sum(high), 0) from totals) as value_high,
					  (select coalesce(bool_or(high_open), false) from totals) as value_high_open,
					  (select count(*) from leaf where value_basis = 'ANNUAL'
					      and coalesce(duration_min_months, duration_max_months) is null) as annual_only,
					  (select count(*) from leaf where value_basis is null) as unvalued
					""")
			.query((rs, rowNum) -> new Summary(rs.getLong("tenders"), rs.getLong("commissioners"),
					rs.getLong("bidders"), rs.getLong("sources"), rs.getLong("events"), rs.getLong("valued"),
					new MoneyRange(rs.getBigDecimal("value_low"), rs.getBigDecimal("value_high"),
							rs.getBoolean("value_high_open"), false),
					rs.getLong("annual_only"), rs.getLong("unvalued")))
			.single();
	}

	/**
	 * Counts and the summed total value. {@code annualOnly} tenders have a per-year
	 * figure but no duration, so no total; {@code unvalued} have no figure at all.
	 */
	public record Summary(long tenders, long commissioners, long bidders, long sources, long events, long valued,
			MoneyRange totalValue, long annualOnly, long unvalued) {

		public boolean hasValue() {
			BigDecimal high = this.totalValue.high();
			return this.valued > 0 && high != null && high.signum() > 0;
		}

	}

}
