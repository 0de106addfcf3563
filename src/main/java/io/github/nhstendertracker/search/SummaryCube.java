package io.github.nhstendertracker.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.ValueBasis;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The summary cube (migration V11): tender counts, summed values and events per year,
 * grouped by region, status, service areas and event types. A result filtered only on
 * those is counted and summarised from the cube, exactly and at any size.
 * <p>
 * The cube is used only while it matches the data version, which every write to tenders,
 * events or service areas moves on. When it is out of date, searches summarise the
 * tenders themselves and one rebuild starts in the background.
 */
@Component
public class SummaryCube {

	private static final Logger logger = LoggerFactory.getLogger(SummaryCube.class);

	private final JdbcClient jdbc;

	private final ExecutorService rebuilds = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "summary-cube-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	SummaryCube(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current data version: it changes whenever a search's answer could. */
	long dataVersion() {
		return this.jdbc.sql("select data_version from search_state where id = 1").query(Long.class).single();
	}

	/**
	 * Whether the cube reflects the data as it is now. If not, a rebuild is started
	 * unless one is running.
	 */
	boolean ready() {
		boolean fresh = this.jdbc.sql("""
				select s.data_version = c.built_version from search_state s, tender_cube_state c
				where s.id = 1 and c.id = 1""").query(Boolean.class).single();
		if (!fresh) {
			rebuildLater();
		}
		return fresh;
	}

	/**
	 * The SQL for a summary of the query from the cube, with the same columns as the
	 * summary of tenders: facet, key, n (tenders, or events for a year), low, high, open
	 * and valued.
	 */
	SearchSql summarySql(TenderQuery query) {
		SearchSql cube = SearchSql.dimensions(query, "c");
		SearchSql years = SearchSql.dimensions(query, "y");
		String basis = (query.valueBasis() == ValueBasis.ANNUAL) ? "annual" : "total";
		Map<String, Object> params = new HashMap<>(cube.params);
		params.putAll(years.params);
		// One pass for the service areas: a filtered sum per area, each area's bit found
		// by the database from its name.
		StringBuilder areaSums = new StringBuilder();
		StringBuilder areaRows = new StringBuilder();
		for (ServiceArea area : ServiceArea.values()) {
			String column = "a" + area.ordinal();
			areaSums.append((areaSums.length() > 0) ? ", " : "")
				.append("sum(tenders) filter (where area_mask & (1 << search_area_bit('")
				.append(area.name())
				.append("')) <> 0) as ")
				.append(column);
			areaRows.append((areaRows.length() > 0) ? ", " : "")
				.append("('")
				.append(area.name())
				.append("', s.")
				.append(column)
				.append(")");
		}
		String sql = """
				with c as materialized (
				    select nhs_region, status, area_mask, tenders, %1$s_valued as valued, %1$s_low as low,
				           %1$s_upper as upper, %1$s_open as open
				    from tender_cube c where %2$s)
				select 'region' as facet, coalesce(nhs_region, '') as key, sum(tenders) as n, sum(low) as low,
				       sum(upper) as high, bool_or(open) as open, sum(valued) as valued
				from c group by nhs_region
				union all
				select 'status', status, sum(tenders), null, null, false, 0 from c group by status
				union all
				select 'area', a.name, a.n, null, null, false, 0
				from (select %4$s from c) s cross join lateral (values %5$s) a(name, n) where a.n > 0
				union all
				select 'year', y.year::text, sum(y.events), null, null, false, 0
				from tender_cube_year y where %3$s group by y.year
				union all
				select 'total', '', coalesce(sum(tenders), 0), sum(low), sum(upper), coalesce(bool_or(open), false),
				       coalesce(sum(valued), 0)
				from c""".formatted(basis, cube.where, years.where, areaSums, areaRows);
		return SearchSql.of(sql, params);
	}

	/** Starts a rebuild in the background unless one is already running. */
	void rebuildLater() {
		if (this.rebuilding.compareAndSet(false, true)) {
			try {
				this.rebuilds.execute(() -> {
					try {
						rebuild();
					}
					catch (DataAccessException ex) {
						logger.warn("Could not rebuild the summary cube; searches summarise tenders directly", ex);
					}
					finally {
						this.rebuilding.set(false);
					}
				});
			}
			catch (RuntimeException ex) {
				this.rebuilding.set(false);
				throw ex;
			}
		}
	}

	/** Rebuilds the cube now and returns the data version it reflects. */
	long rebuild() {
		long version = this.jdbc.sql("select refresh_tender_cube()").query(Long.class).single();
		logger.info("Rebuilt the summary cube at data version {}", version);
		return version;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfStale() {
		ready();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.rebuilds.shutdownNow();
		this.rebuilds.awaitTermination(5, TimeUnit.SECONDS);
	}

}
