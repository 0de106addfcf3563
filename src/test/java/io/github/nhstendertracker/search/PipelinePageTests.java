package io.github.nhstendertracker.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expiry pipeline: awarded contracts ending in the next two years, in six-month bands
 * by region and service area, each count linking to a list that shows the same number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class PipelinePageTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/tenders\\?[^\"]+)\">([0-9,]+)</a>");

	private static final Pattern LIST_COUNT = Pattern.compile("<strong>([0-9,]+)</strong>\\s*tenders?");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void withoutContractsEnding_explainsWhatWouldShowThem() throws Exception {
		this.jdbc.sql("update tender set status = 'PLANNED' where status = 'AWARDED'").update();
		assertThat(page("/pipeline")).contains("id=\"pipeline-empty\"")
			.contains("No awarded contract is known to end in the next two years.");
	}

	@Test
	void contractsEnding_areCountedInTheirBand_byRegionAndServiceArea_andEachCountIsItsList() throws Exception {
		long soon = contract("Pipeline test soon", "MIDLANDS", "current_date - interval '11 months'", 12);
		contract("Pipeline test later", "MIDLANDS", "current_date - interval '1 month'", 20);
		contract("Pipeline test london", "LONDON", "current_date", 23);
		contract("Pipeline test too late", "LONDON", "current_date", 30);
		this.jdbc.sql("insert into tender_service_area (tender_id, service_area) values (:id, 'CANCER')")
			.param("id", soon)
			.update();
		String html = page("/pipeline");
		assertThat(html).contains("By NHS region").contains("By service area").contains("data-chart-stacked=\"true\"");
		String regions = html.substring(html.indexOf("id=\"pipeline-region-table\""),
				html.indexOf("id=\"pipeline-area\""));
		assertThat(regions).contains(">Midlands<").contains(">London<");
		Matcher links = LINK.matcher(html);
		int checked = 0;
		while (links.find()) {
			String url = links.group(1).replace("&amp;", "&");
			Matcher count = LIST_COUNT.matcher(page(url));
			assertThat(count.find()).as(url).isTrue();
			assertThat(count.group(1)).as(url).isEqualTo(links.group(2));
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(4);
		String ends = "&endFrom=" + java.time.LocalDate.now() + "&endTo="
				+ java.time.LocalDate.now().plusMonths(24).minusDays(1);
		assertThat(page("/tenders?status=awarded&region=midlands" + ends)).contains("Pipeline test soon")
			.contains("Pipeline test later");
		assertThat(page("/tenders?status=awarded&region=london" + ends)).contains("Pipeline test london")
			.doesNotContain("Pipeline test too late");
	}

	private long contract(String title, String region, String startSql, int months) {
		long id = this.jdbc.sql("""
				insert into tender (title, description, status, nhs_region, duration_max_months, version)
				values (:title, 'A test', 'AWARDED', :region, :months, 0) returning id""")
			.param("title", title)
			.param("region", region)
			.param("months", months)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into tender_event (tender_id, type, event_date, date_precision, expected, description, "
					+ "version) values (:id, 'CONTRACT_START', (" + startSql + ")::date, 'DAY', false, 'Test', 0)")
			.param("id", id)
			.update();
		return id;
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
