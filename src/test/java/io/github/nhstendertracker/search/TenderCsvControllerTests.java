package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.SettledStatuses;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.search.SearchResult.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /tenders.csv} against the seeded database: the whole filtered set, labels and
 * codes, exact values that add up to the page's total, absolute links, RFC 4180 output
 * read back with a strict parser, and plain-text 400s for bad parameters.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(SettledStatuses.class)
class TenderCsvControllerTests {

	private static final List<String> HEADER = List.of("id", "title", "url", "status", "status_code",
			"counted_in_total", "value_low", "value_high", "value_high_open", "value_basis", "value_derived",
			"reported_value", "duration_min_months", "duration_max_months", "nhs_region", "nhs_region_code",
			"itl_region", "itl_region_code", "service_areas", "service_area_codes", "commissioners", "awarded_to",
			"preferred_bidders", "latest_event", "latest_event_code", "latest_event_when", "latest_event_date",
			"latest_event_precision", "latest_event_qualifier", "bid_deadline", "bid_deadline_date", "contract_end",
			"contract_end_date", "contract_end_derived", "procurement_method", "contract_model", "parent_id",
			"parent_title", "parent_url", "ocid", "lot_id", "cpv_codes");

	private static final String BOM = "\uFEFF";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderSearch search;

	@Test
	void seededTenders_areExportedInFullWithLabelsCodesAndExactValues() throws Exception {
		MvcResult result = this.mvc.perform(get("/tenders.csv")).andExpect(status().isOk()).andReturn();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"tenders-2024-03-01.csv\"");
		List<Map<String, String>> rows = rows(result);
		List<Long> latestFirst = this.jdbc
			.sql("select id from tender order by coalesce(latest_event_date, date '0001-01-01') desc, id desc")
			.query(Long.class)
			.list();
		assertThat(ids(rows)).hasSize(8).isEqualTo(latestFirst);
		Map<String, String> dudley = byId(rows, 8);
		assertThat(dudley).containsEntry("title", "Multispecialty community provider (Dudley)")
			.containsEntry("url", "http://localhost/tenders/8")
			.containsEntry("status", "Awaiting award")
			.containsEntry("status_code", "awaiting-award")
			.containsEntry("counted_in_total", "yes")
			.containsEntry("value_low", "3400000000.00")
			.containsEntry("value_high", "5400000000.00")
			.containsEntry("value_high_open", "no")
			.containsEntry("value_basis", "Total")
			.containsEntry("value_derived", "no")
			.containsEntry("reported_value", "£3.4bn–£5.4bn")
			.containsEntry("duration_min_months", "")
			.containsEntry("duration_max_months", "180")
			.containsEntry("nhs_region", "Midlands")
			.containsEntry("nhs_region_code", "midlands")
			.containsEntry("itl_region", "West Midlands")
			.containsEntry("itl_region_code", "TLG")
			.containsEntry("service_areas", "Community services; Integrated care / MCP; Primary care")
			.containsEntry("service_area_codes", "community; integrated-care; primary-care")
			.containsEntry("commissioners", "NHS Dudley CCG")
			.containsEntry("latest_event_when", "9 June 2017")
			.containsEntry("latest_event_date", "2017-06-09")
			.containsEntry("latest_event_precision", "day")
			.containsEntry("latest_event_qualifier", "on")
			.containsEntry("bid_deadline", "13 July 2017")
			.containsEntry("bid_deadline_date", "2017-07-13")
			.containsEntry("contract_end", "1 April 2033")
			.containsEntry("contract_end_date", "2033-04-01")
			.containsEntry("contract_end_derived", "yes")
			.containsEntry("contract_model", "Multispecialty community provider / accountable care")
			.containsEntry("parent_id", "")
			.containsEntry("parent_url", "");
		assertThat(byId(rows, 1)).containsEntry("status", "Collapsed")
			.containsEntry("value_low", "750000000.00")
			.containsEntry("value_high", "1000000000.00")
			.containsEntry("value_high_open", "yes")
			.containsEntry("reported_value", "£750m to over £1bn")
			.containsEntry("awarded_to", "UnitingCare Partnership")
			.containsEntry("preferred_bidders", "");
		assertThat(byId(rows, 3)).containsEntry("status", "Preferred bidder")
			.containsEntry("status_code", "preferred-bidder")
			.containsEntry("preferred_bidders", "Circle Health")
			.containsEntry("awarded_to", "");
		String staffordshire = this.jdbc.sql("""
				select string_agg(c.name, '; ' order by c.name) from tender_commissioner tc
				join commissioner c on c.id = tc.commissioner_id where tc.tender_id = 5""")
			.query(String.class)
			.single();
		assertThat(staffordshire).contains("; ");
		assertThat(byId(rows, 5)).containsEntry("commissioners", staffordshire).containsEntry("counted_in_total", "no");
		assertThat(byId(rows, 6)).containsEntry("counted_in_total", "yes")
			.containsEntry("parent_id", "5")
			.containsEntry("parent_title", "Transforming Cancer and End of Life Care Programme (Staffordshire)")
			.containsEntry("parent_url", "http://localhost/tenders/5");
		assertThat(byId(rows, 4)).containsEntry("value_low", "")
			.containsEntry("value_basis", "Total")
			.containsEntry("reported_value", "")
			.containsEntry("service_areas", "Older people's services; Maternity; Mental health");
	}

	@Test
	void file_startsWithAByteOrderMarkThenTheHeader() throws Exception {
		byte[] body = this.mvc.perform(get("/tenders.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith(BOM + String.join(",", HEADER) + "\r\n")
			.contains("£3.4bn–£5.4bn");
	}

	@Test
	void latestEventKnownOnlyAsBeforeAMonth_keepsItsQualifier() throws Exception {
		List<Long> byFebruary = this.jdbc.sql("""
				select id from tender where latest_event_date = date '2016-02-01'
				and latest_event_precision = 'MONTH' and latest_event_qualifier = 'BY'""").query(Long.class).list();
		assertThat(byFebruary).isNotEmpty();
		List<Map<String, String>> rows = rows(this.mvc.perform(get("/tenders.csv")).andReturn());
		for (long id : byFebruary) {
			assertThat(byId(rows, id)).containsEntry("latest_event_when", "by February 2016")
				.containsEntry("latest_event_date", "2016-02-01")
				.containsEntry("latest_event_precision", "month")
				.containsEntry("latest_event_qualifier", "by");
		}
	}

	@Test
	void links_areAbsoluteOnTheAddressTheRequestCameTo() throws Exception {
		MvcResult result = this.mvc.perform(get("/tenders.csv").param("region", "midlands").with((request) -> {
			request.setScheme("https");
			request.setServerName("tenders.example.org");
			request.setServerPort(443);
			request.setSecure(true);
			return request;
		})).andExpect(status().isOk()).andReturn();
		assertThat(byId(rows(result), 7)).containsEntry("url", "https://tenders.example.org/tenders/7")
			.containsEntry("parent_url", "https://tenders.example.org/tenders/5");
	}

	/**
	 * A spreadsheet's SUMIF over the counted rows gives the page's total (as
	 * {@code /tenders/summary} shows it when the list defers it), for searches that match
	 * a programme with its lots, the programme alone, lots alone, and values on either
	 * basis.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "region=midlands", "q=cancer", "status=paused", "valueBasis=annual", "q=transforming",
			"q=contract&region=midlands", "minValue=100000000", "region=east-of-england",
			"region=east-of-england&valueBasis=annual" })
	void countedRows_addUpToThePagesTotal(String filters) throws Exception {
		MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/tenders.csv?" + filters)
			.build()
			.getQueryParams();
		List<Map<String, String>> rows = rows(
				this.mvc.perform(get("/tenders.csv").queryParams(params)).andExpect(status().isOk()).andReturn());
		Summary page = this.search.summary(TenderQuery.parse(params).query());
		List<Map<String, String>> counted = rows.stream()
			.filter((row) -> row.get("counted_in_total").equals("yes"))
			.toList();
		BigDecimal low = sum(counted, "value_low");
		BigDecimal high = sum(counted, "value_high");
		if (page.value() == null) {
			assertThat(low).as("no value on the page").isNull();
			return;
		}
		assertThat(low).as("value_low over counted rows").isEqualByComparingTo(page.value().low());
		assertThat(high).as("value_high over counted rows").isEqualByComparingTo(page.value().high());
		assertThat(counted.stream().anyMatch((row) -> row.get("value_high_open").equals("yes")))
			.isEqualTo(page.value().highOpen());
	}

	/**
	 * The test above can fail: summing every row counts a programme and its lots twice.
	 */
	@Test
	void programmeAndItsLots_wouldBeCountedTwiceWithoutTheColumn() throws Exception {
		List<Map<String, String>> rows = rows(this.mvc.perform(get("/tenders.csv").param("region", "midlands"))
			.andExpect(status().isOk())
			.andReturn());
		Summary page = this.search
			.search(TenderQuery.parse(new LinkedMultiValueMap<>(Map.of("region", List.of("midlands")))).query())
			.summary();
		assertThat(sum(rows, "value_low")).isGreaterThan(page.value().low());
		assertThat(sum(rows, "value_low").subtract(page.value().low())).isEqualByComparingTo("1200000000");
	}

	@Test
	void export_followsTheQuerysSort() throws Exception {
		List<Map<String, String>> byValue = rows(
				this.mvc.perform(get("/tenders.csv").param("sort", "value")).andExpect(status().isOk()).andReturn());
		assertThat(ids(byValue)).containsExactly(8L, 5L, 1L, 6L, 7L, 3L, 4L, 2L);
		List<Map<String, String>> byTitle = rows(
				this.mvc.perform(get("/tenders.csv").param("sort", "title").param("dir", "asc")).andReturn());
		List<String> titles = byTitle.stream().map((row) -> row.get("title")).toList();
		assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void regionFilter_limitsRowsAndPagingParametersAreIgnored() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/tenders.csv").param("region", "midlands")
				.param("size", "7")
				.param("after", "not-a-cursor")
				.param("sort", "value")
				.param("dir", "asc"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(ids(rows(result))).containsExactly(7L, 6L, 5L, 8L);
	}

	@Test
	void keywords_limitRowsToMatchingTenders() throws Exception {
		MvcResult result = this.mvc.perform(get("/tenders.csv").param("q", "end of life"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(ids(rows(result))).containsExactlyInAnyOrder(5L, 7L);
	}

	@Test
	void badParameters_get400PlainTextListingEachProblem() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/tenders.csv").param("region", "atlantis").param("minValue", "lots").param("dir", "up"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(new MediaType("text", "plain", StandardCharsets.UTF_8));
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body.lines()).hasSize(3)
			.anySatisfy((line) -> assertThat(line).contains("There is no NHS region called ‘atlantis’"))
			.anySatisfy((line) -> assertThat(line).startsWith("minValue: Enter the minimum value"))
			.anySatisfy((line) -> assertThat(line).isEqualTo("dir: Direction must be asc or desc"));
		assertThat(body).doesNotContain("id,title");
		assertThat(this.mvc.perform(get("/tenders.csv").param("commissioner", "424242"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("commissioner: There is no commissioner with id 424242\n");
		assertThat(this.mvc.perform(get("/tenders.csv").param("bidder", "424242").param("commissionerName", "Nobody"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("No single commissioner matches ‘Nobody’");
		this.mvc.perform(get("/tenders.csv").param("bidder", "424242")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/tenders.csv").param("commissioner", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void typedCommissionerName_isResolvedLikeThePage() throws Exception {
		MvcResult result = this.mvc.perform(get("/tenders.csv").param("commissionerName", "NHS Dudley CCG"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(ids(rows(result))).containsExactly(8L);
	}

	/**
	 * The export runs on the request thread, so it joins this test's transaction and sees
	 * the uncommitted row; nothing is left behind.
	 */
	@Test
	@Transactional
	void titleThatIsAFormula_isGuardedAndQuoted() throws Exception {
		String title = "=HYPERLINK(\"http://evil.example\",\"Click\"), then\nmore";
		long id = this.jdbc.sql("insert into tender (title, description) values (:title, 'x') returning id")
			.param("title", title)
			.query(Long.class)
			.single();
		MvcResult result = this.mvc.perform(get("/tenders.csv")).andExpect(status().isOk()).andReturn();
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text)
			.contains("\r\n" + id + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\"), then\nmore\",");
		List<Map<String, String>> rows = rows(result);
		assertThat(rows).hasSize(9);
		assertThat(byId(rows, id)).containsEntry("title", "'" + title)
			.containsEntry("url", "http://localhost/tenders/" + id);
	}

	/**
	 * Thirty thousand committed tenders all arrive. The rows come through a server-side
	 * cursor, so the server holds {@link TenderCsvController#FETCH_SIZE} of them at a
	 * time.
	 */
	@Test
	void largeResult_isStreamedInFull() throws Exception {
		int count = 30_000;
		this.jdbc.sql("""
				insert into tender (title, description, nhs_region, status, value_low, value_high, value_basis,
				                    duration_min_months, duration_max_months)
				select 'Zqcsvbulk tender ' || lpad(g::text, 5, '0'), 'Generated for the CSV streaming test.',
				       'LONDON', 'OPEN', g * 1000.50, g * 2000, 'TOTAL', 12, 24
				from generate_series(1, :count) g""").param("count", count).update();
		try {
			long started = System.nanoTime();
			MvcResult result = this.mvc
				.perform(get("/tenders.csv").param("q", "zqcsvbulk").param("sort", "title").param("dir", "asc"))
				.andExpect(status().isOk())
				.andReturn();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			List<Map<String, String>> rows = rows(result);
			System.out.printf("Exported %d rows (%d bytes) in %d ms%n", rows.size(),
					result.getResponse().getContentAsByteArray().length, took.toMillis());
			assertThat(rows).hasSize(count);
			assertThat(rows.get(0)).containsEntry("title", "Zqcsvbulk tender 00001")
				.containsEntry("value_low", "1000.50")
				.containsEntry("value_high", "2000.00")
				.containsEntry("reported_value", "£1k–£2k");
			assertThat(rows.get(count - 1)).containsEntry("title", "Zqcsvbulk tender 30000")
				.containsEntry("value_low", "30015000.00");
			assertThat(took).isLessThan(Duration.ofSeconds(20));
		}
		finally {
			this.jdbc.sql("delete from tender where title like 'Zqcsvbulk tender %'").update();
		}
	}

	private static BigDecimal sum(List<Map<String, String>> rows, String column) {
		return rows.stream()
			.map((row) -> row.get(column))
			.filter((cell) -> !cell.isEmpty())
			.map(BigDecimal::new)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	private static List<Map<String, String>> rows(MvcResult result) throws Exception {
		List<List<String>> records = records(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(records).isNotEmpty();
		assertThat(records.get(0)).isEqualTo(HEADER);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			assertThat(record).hasSameSizeAs(HEADER);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < HEADER.size(); i++) {
				row.put(HEADER.get(i), record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<Long> ids(List<Map<String, String>> rows) {
		return rows.stream().map((row) -> Long.valueOf(row.get("id"))).toList();
	}

	private static Map<String, String> byId(List<Map<String, String>> rows, long id) {
		return rows.stream()
			.filter((row) -> row.get("id").equals(String.valueOf(id)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for tender " + id));
	}

	/** The records of a CSV file, which must start with a byte order mark. */
	static List<List<String>> records(String file) {
		assertThat(file).as("the file starts with a byte order mark").startsWith(BOM);
		return parse(file.substring(BOM.length()));
	}

	/**
	 * A strict RFC 4180 reader: every record ends in CRLF, a bare CR or LF is only
	 * allowed inside quotes, and a quote inside a quoted field must be doubled.
	 */
	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i++;
				while (true) {
					if (i >= text.length()) {
						fail("Unterminated quoted field");
					}
					char q = text.charAt(i++);
					if (q != '"') {
						field.append(q);
					}
					else if (i < text.length() && text.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else {
						break;
					}
				}
				if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
					fail("Text after a closing quote at " + i);
				}
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				i++;
			}
			else if (c == '\r') {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					fail("CR without LF outside quotes at " + i);
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i += 2;
			}
			else if (c == '\n' || c == '"') {
				fail("Unquoted " + ((c == '\n') ? "LF" : "quote") + " at " + i);
			}
			else {
				field.append(c);
				i++;
			}
		}
		assertThat(record).as("the last record ends in CRLF").isEmpty();
		assertThat(field).isEmpty();
		return records;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

}
