package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.stream.LongStream;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.search.SearchResult.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result larger than a search page counts or summarises: the page leaves the summary
 * for later, the summary on request is exact, and it is kept only until the data changes.
 * The 10,050 tenders (rolled back afterwards) all belong to one new commissioner, which
 * every query filters on; the expected figures are worked out here from how they were
 * made.
 */
@SpringBootTest
@Transactional
@Import(TestDatabaseConfiguration.class)
class LargeResultSummaryTests {

	private static final int TENDERS = 10_050;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderSearch search;

	private long commissioner;

	@BeforeEach
	void addManyTenders() {
		this.commissioner = this.jdbc.sql("""
				insert into commissioner (name, type) values ('Large Result Test Commissioning Group', 'OTHER')
				returning id""").query(Long.class).single();
		// Tender i is worth £i thousand over the contract, except every tenth, which has
		// no
		// value; every third is in London; every other one is a cancer service.
		this.jdbc.sql("""
				insert into tender (id, title, description, nhs_region, itl_region, value_low, value_high, value_basis)
				select 800000 + i, 'Large result tender ' || i, 'Inserted by the large result test.',
				       case when i % 3 = 0 then 'LONDON' end, case when i % 3 = 0 then 'TLI' end,
				       case when i % 10 <> 0 then i * 1000 end, case when i % 10 <> 0 then i * 1000 end,
				       case when i % 10 <> 0 then 'TOTAL' end
				from generate_series(1, :n) i""").param("n", TENDERS).update();
		this.jdbc.sql("""
				insert into tender_commissioner (tender_id, commissioner_id)
				select 800000 + i, :commissioner from generate_series(1, :n) i""")
			.param("commissioner", this.commissioner)
			.param("n", TENDERS)
			.update();
		this.jdbc.sql("""
				insert into tender_service_area (tender_id, service_area)
				select 800000 + i, 'CANCER' from generate_series(2, :n, 2) i""").param("n", TENDERS).update();
	}

	@Test
	void page_leavesTheSummaryForLater_andSaysTheCountIsNotExact() {
		SearchResult result = this.search.search(query());

		assertThat(result.summaryLater()).isTrue();
		assertThat(result.summary()).isNull();
		assertThat(result.count().exact()).isFalse();
		assertThat(result.hits()).hasSize(25);
	}

	@Test
	void summary_isExactOverTheWholeResult() {
		Summary summary = this.search.summary(query());

		LongStream valued = LongStream.rangeClosed(1, TENDERS).filter((i) -> i % 10 != 0);
		BigDecimal total = BigDecimal.valueOf(valued.map((i) -> i * 1000).sum()).setScale(2);
		assertThat(summary.tenders()).isEqualTo(TENDERS);
		assertThat(summary.valued()).isEqualTo(TENDERS - TENDERS / 10);
		assertThat(summary.noValue()).isEqualTo(TENDERS / 10);
		assertThat(summary.value().low()).isEqualByComparingTo(total);
		assertThat(summary.value().high()).isEqualByComparingTo(total);
		assertThat(summary.value().highOpen()).isFalse();
		assertThat(summary.byRegion().get("LONDON").tenders()).isEqualTo(TENDERS / 3);
		assertThat(summary.byRegion().get("").tenders()).isEqualTo(TENDERS - TENDERS / 3);
		assertThat(summary.byServiceArea().get("CANCER").tenders()).isEqualTo(TENDERS / 2);
		assertThat(summary.byStatus().get("PLANNED").tenders()).isEqualTo(TENDERS);
	}

	@Test
	void summary_isKeptForTheNextPage_untilTheDataChanges() {
		Summary summary = this.search.summary(query());

		SearchResult again = this.search.search(query());
		assertThat(again.summaryLater()).isFalse();
		assertThat(again.summary()).isEqualTo(summary);
		assertThat(again.count()).isEqualTo(SearchResult.Count.exactly(TENDERS));

		this.jdbc.sql("update tender set value_low = 1, value_high = 1 where id = 800001").update();

		SearchResult changed = this.search.search(query());
		assertThat(changed.summaryLater()).isTrue();
		Summary fresh = this.search.summary(query());
		assertThat(fresh.value().low()).isEqualByComparingTo(summary.value().low().subtract(BigDecimal.valueOf(999)));
	}

	@Test
	void timeouts_areRecognisedByTheirSqlState() {
		SQLException cancelled = new SQLException("canceling statement due to statement timeout", "57014");
		SQLException other = new SQLException("connection reset", "08006");

		assertThat(SearchBudget.timedOut(new DataAccessResourceFailureException("x", cancelled))).isTrue();
		assertThat(SearchBudget.timedOut(new DataAccessResourceFailureException("x", other))).isFalse();
	}

	private TenderQuery query() {
		TenderQuery.Parsed parsed = TenderQuery
			.parse(UriComponentsBuilder.fromUriString("/tenders?commissioner=" + this.commissioner)
				.build()
				.getQueryParams());
		assertThat(parsed.errors()).isEmpty();
		return parsed.query();
	}

}
