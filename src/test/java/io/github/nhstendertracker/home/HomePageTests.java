package io.github.nhstendertracker.home;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.SettledStatuses;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page against the real database: its total is the list's, and each "coming up"
 * panel counts what its link's list shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(SettledStatuses.class)
class HomePageTests {

	private static final Pattern SEE_ALL = Pattern
		.compile("href=\"(/tenders\\?[^\"]+)\">\\s*See all ([0-9,]+) tenders?");

	private static final Pattern LIST_COUNT = Pattern.compile("<strong>([0-9,]+)</strong>\\s*tenders?");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theTotal_isTheListsTotal_summedOverTheSameTenders() throws Exception {
		String home = page("/");
		String list = page("/tenders");
		assertThat(home).contains("Total value tracked");
		String total = between(list, "id=\"result-value\"", "</strong>").replaceFirst("(?s).*>", "");
		assertThat(home).contains(">" + total + "</span>");
		String listValued = between(list, "summed over", "tenders with a value").replaceAll("\\D", "");
		String homeValued = between(home, "summed over", "tenders with a total value").replaceAll("\\D", "");
		assertThat(homeValued).isNotEmpty().isEqualTo(listValued);
	}

	@Test
	void everyPanel_linksToTheListFilteredThatWay_withTheListsCount() throws Exception {
		String home = page("/");
		assertThat(home).contains("id=\"closing-soon\"")
			.contains("id=\"ending-soon\"")
			.contains("id=\"recently-awarded\"")
			.contains("id=\"paused-or-collapsed\"");
		Matcher links = SEE_ALL.matcher(home);
		int found = 0;
		while (links.find()) {
			String url = links.group(1).replace("&amp;", "&");
			Matcher count = LIST_COUNT.matcher(page(url));
			assertThat(count.find()).as(url).isTrue();
			assertThat(count.group(1)).as(url).isEqualTo(links.group(2));
			found++;
		}
		assertThat(found).as("panels with tenders in the seed").isPositive();
	}

	@Test
	@Transactional
	void closingSoon_showsAnOpenTenderWhoseDeadlineIsNear_andEndingSoonAContractAboutToEnd() throws Exception {
		assertThat(page("/")).contains("No open tender closes in the next 30 days.");
		long open = tender("Closing soon test tender", "OPEN", null);
		event(open, "BID_DEADLINE", "current_date + 10", true);
		long ending = tender("Ending soon test tender", "AWARDED", 12);
		event(ending, "CONTRACT_START", "current_date - 300", false);
		String home = page("/");
		assertThat(between(home, "id=\"closing-soon\"", "</section>")).contains("Closing soon test tender")
			.contains("closes");
		assertThat(between(home, "id=\"ending-soon\"", "</section>")).contains("Ending soon test tender")
			.contains("ends");
	}

	@Test
	void home_isAPageOfTheUsualWidth() throws Exception {
		// only a page that asks for it, like the list, is wide
		assertThat(page("/")).contains("<div class=\"govuk-width-container\">")
			.doesNotContain("app-width-container--wide");
	}

	@Test
	void home_carriesStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private long tender(String title, String status, Integer months) {
		return this.jdbc.sql("""
				insert into tender (title, description, status, duration_max_months, version)
				values (:title, 'A test', :status, :months, 0) returning id""")
			.param("title", title)
			.param("status", status)
			.param("months", months)
			.query(Long.class)
			.single();
	}

	private void event(long tender, String type, String dateSql, boolean expected) {
		this.jdbc
			.sql("insert into tender_event (tender_id, type, event_date, date_precision, expected, description, "
					+ "version) values (:tender, :type, " + dateSql + ", 'DAY', :expected, 'Home test', 0)")
			.param("tender", tender)
			.param("type", type)
			.param("expected", expected)
			.update();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		int end = text.indexOf(to, start);
		assertThat(end).as(to).isPositive();
		return text.substring(start, end);
	}

}
