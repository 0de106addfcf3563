package io.github.nhstendertracker.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.github.nhstendertracker.event.StatusClock;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst narrowing the tender search down, sorting it, paging through it, downloading
 * it and reading its charts, in a real browser against the seeded data, with axe-core
 * checks and screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class AnalystJourneyBrowserTests extends BrowserTestSupport {

	static final String DUDLEY = "Multispecialty community provider (Dudley)";

	static final int EXTRA_TENDERS = 30;

	/** Tenders the tests insert, found and removed again by their word. */
	private final ExtraTenders extra = new ExtraTenders("analyst", AnalystJourneyBrowserTests.class);

	private final String word = this.extra.word();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatusClock statusClock;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@AfterEach
	void deleteExtraTenders() {
		this.extra.delete(this.jdbc);
	}

	@Test
	void analyst_filtersByValueAndRegion_removesATag_sortsByValue_andSeesCharts() {
		this.page.navigate("/tenders");
		this.page.getByLabel("Minimum value").fill("100m");
		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Midlands")).check();
		applyFilters();

		// Money as typed becomes a plain number in a bookmarkable URL.
		assertThat(this.page).hasURL(Pattern.compile("[?&]minValue=100000000(&|$)"));
		assertThat(this.page).hasURL(Pattern.compile("[?&]region=midlands(&|$)"));
		assertThat(heading()).hasText("Tenders");
		Locator tags = this.page.locator(".app-tags");
		assertThat(tag("Value: from £100m")).isVisible();
		assertThat(tag("NHS region: Midlands")).isVisible();
		assertThat(count()).hasText("4");
		assertThat(this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Midlands"))).isChecked();
		assertNoSeriousAccessibilityViolations();
		screenshot("10-search-filtered");

		tag("NHS region: Midlands").click();
		this.page.waitForLoadState();

		assertThat(this.page).not().hasURL(Pattern.compile("region="));
		assertThat(this.page).hasURL(Pattern.compile("[?&]minValue=100000000(&|$)"));
		assertThat(tags.getByRole(AriaRole.LINK)).hasCount(1);
		assertThat(tag("NHS region: Midlands")).hasCount(0);
		assertThat(tag("Value: from £100m")).isVisible();
		int widened = Integer.parseInt(count().textContent().trim());
		assertTrue(widened > 4, "removing the region should widen the result beyond 4, but it has " + widened);

		Locator results = this.page.locator("#results-table");
		Locator valueHeader = results.getByRole(AriaRole.COLUMNHEADER,
				new Locator.GetByRoleOptions().setName("Value").setExact(true));
		assertThat(valueHeader).hasAttribute("aria-sort", "none");
		valueHeader.getByRole(AriaRole.LINK).click();
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]sort=value(&|$)"));
		assertThat(this.page).hasURL(Pattern.compile("[?&]minValue=100000000(&|$)"));
		assertThat(valueHeader).hasAttribute("aria-sort", "descending");
		assertThat(results.locator("tbody tr").first().locator("td").first().getByRole(AriaRole.LINK)).hasText(DUDLEY);

		// The chart of value by region: a table first, then a drawn canvas.
		Locator regionTable = this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Value by NHS region").setExact(true));
		assertThat(regionTable.getByRole(AriaRole.ROWHEADER,
				new Locator.GetByRoleOptions().setName("Midlands").setExact(true)))
			.isVisible();
		assertThat(regionTable.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Midlands")))
			.containsText("£4,622,000,000");
		Locator canvas = this.page.locator("canvas#chart-region");
		canvas.scrollIntoViewIfNeeded();
		assertThat(canvas).isVisible();
		assertThat(canvas).hasAttribute("role", "img");
		assertThat(canvas).hasAttribute("aria-label", Pattern.compile("Midlands: £4\\.62bn–£6\\.62bn"));
		BoundingBox box = canvas.boundingBox();
		assertNotNull(box, "the region chart has no box");
		assertTrue(box.width > 100 && box.height > 50, "the region chart is " + box.width + " by " + box.height);
		assertEquals(List.of("Midlands", "East of England"),
				this.page.evaluate("Chart.getChart('chart-region').data.labels"));
		assertThat(this.page.locator("canvas#chart-status")).isVisible();
		assertThat(this.page.locator("canvas#chart-years")).isVisible();
		assertNoSeriousAccessibilityViolations();
		this.page.locator("#charts")
			.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("11-search-charts.png")));
	}

	@Test
	void analyst_pagesThroughKeywordResults_keepingTheKeywords_andDownloadsThemAll() throws IOException {
		this.extra.insert(this.jdbc, EXTRA_TENDERS);
		this.page.navigate("/tenders");
		this.page.getByLabel("Keywords").fill(this.word);
		applyFilters();

		assertThat(this.page).hasURL(Pattern.compile("[?&]q=" + this.word + "(&|$)"));
		assertThat(count()).hasText(String.valueOf(EXTRA_TENDERS));
		assertThat(resultRows()).hasCount(25);
		List<String> firstPage = tenderTitles();

		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pagination"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page"))
			.click();
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]q=" + this.word + "(&|$)"));
		assertThat(this.page).hasURL(Pattern.compile("[?&]after="));
		assertThat(this.page.getByLabel("Keywords")).hasValue(this.word);
		assertThat(tag("Keywords: " + this.word)).isVisible();
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pagination"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Previous page"))).isVisible();
		assertThat(resultRows()).hasCount(EXTRA_TENDERS - 25);
		List<String> secondPage = tenderTitles();
		Set<String> all = new HashSet<>(firstPage);
		all.addAll(secondPage);
		assertEquals(EXTRA_TENDERS, all.size(), "page 2 repeats tenders from page 1: " + secondPage);

		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download all matching tenders (CSV)"))
			.click());
		assertTrue(download.suggestedFilename().endsWith(".csv"),
				"expected a CSV file from /tenders.csv, but the download was " + download.suggestedFilename());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		long rows = csv.lines().filter((line) -> line.contains(this.word)).count();
		assertEquals(EXTRA_TENDERS, rows, "the CSV should hold every matching tender, not just one page:\n" + csv);
	}

	@Test
	void analyst_searchingALargeResult_seesItsSummaryArriveAfterThePage_andWithoutScriptByALink() {
		// More tenders than a page counts or summarises at once: 10,050, a third in
		// London,
		// each worth £1m on the contract.
		int large = 10_050;
		this.jdbc.sql("""
				insert into tender (title, description, nhs_region, itl_region, value_low, value_high, value_basis)
				select :word || ' bulk tender ' || i, :description,
				       case when i % 3 = 0 then 'LONDON' end, case when i % 3 = 0 then 'TLI' end,
				       1000000, 1000000, 'TOTAL'
				from generate_series(1, :n) i""")
			.param("word", this.word)
			.param("description", this.extra.description())
			.param("n", large)
			.update();

		// Without script, the summary is one link away. (Other keywords than below, so
		// this summary is not the one the page then finds already worked out.)
		APIResponse plain = this.page.request().get("/tenders?q=" + this.word + "+bulk");
		assertEquals(200, plain.status());
		Matcher link = Pattern.compile("id=\"summary-link\" href=\"([^\"]+)\"").matcher(plain.text());
		assertTrue(link.find(), "no summary link on the page without script:\n" + plain.text());
		assertTrue(link.group(1).startsWith("/tenders/summary?"), link.group(1));
		APIResponse summarised = this.page.request().get(link.group(1).replace("&amp;", "&"));
		assertEquals(200, summarised.status());
		assertTrue(summarised.text().contains("<strong>10,050</strong>"), summarised.text());
		assertTrue(summarised.text().contains("£10.1bn"), summarised.text());

		this.page.navigate("/tenders?q=" + this.word);

		// The page comes first; its script then fetches the summary and fills it in.
		assertThat(count()).hasText("10,050");
		assertThat(this.page.locator("#result-value")).containsText("£10.1bn");
		assertThat(this.page.locator("#result-value")).containsText("10,050 tenders with a value");
		assertThat(this.page.locator("[data-summary-part='facet-region-LONDON']")).hasText("(3,350)");
		Locator canvas = this.page.locator("canvas#chart-region");
		canvas.scrollIntoViewIfNeeded();
		assertThat(canvas).isVisible();
		assertThat(this.page.locator("#summary-later")).hasCount(0);
		// The summary filled in the count without taking focus away from it.
		assertThat(this.page.locator("#result-count")).isFocused();
		assertNoSeriousAccessibilityViolations();
		screenshot("13-search-large-result-summary");
	}

	@Test
	void analyst_typingACommissioner_isOfferedExactNames_andFiltersByIt() {
		this.page.navigate("/tenders");
		Locator commissioner = this.page.getByLabel("Commissioner", new Page.GetByLabelOptions().setExact(true));
		commissioner.pressSequentially("dud");

		assertThat(commissioner).hasAttribute("list", "commissionerName-suggestions");
		assertThat(this.page.locator("#commissionerName-suggestions option").first()).hasAttribute("value",
				"NHS Dudley CCG");

		commissioner.fill("NHS Dudley CCG");
		commissioner.press("Enter");
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]commissioner=\\d+(&|$)"));
		assertThat(tag("Commissioner: NHS Dudley CCG")).isVisible();
		assertThat(count()).hasText("1");
		assertThat(this.page.locator("#results-table")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DUDLEY).setExact(true))).isVisible();
	}

	@Test
	void analyst_followsAFilteredSearch_andItsFeedHoldsThoseTendersEvents() {
		// Dudley's 2017 deadline has passed: it awaits award, as of today
		this.statusClock.settleAll();
		this.page.navigate("/tenders?region=midlands&status=awaiting-award");
		Locator follow = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Follow this search").setExact(true));
		assertThat(follow).hasAttribute("href", "/events.atom?region=midlands&status=awaiting-award");
		assertThat(this.page.locator("head link[rel=alternate][type='application/atom+xml']")).hasAttribute("href",
				"/events.atom?region=midlands&status=awaiting-award");
		this.page.getByText("How following a search works").click();
		assertThat(this.page.getByText("The link is an Atom feed")).isVisible();
		assertNoSeriousAccessibilityViolations();
		this.page.setViewportSize(1280, 900);
		follow.scrollIntoViewIfNeeded();
		screenshot("14-search-follow");
		this.page.setViewportSize(390, 844);
		follow.scrollIntoViewIfNeeded();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("14-search-follow-narrow.png")));

		APIResponse feed = this.page.request().get(follow.getAttribute("href"));
		assertEquals(200, feed.status());
		assertEquals("application/atom+xml;charset=UTF-8", feed.headers().get("content-type"));
		String atom = feed.text();
		assertTrue(atom.contains("<title>Tender events (NHS region: Midlands; Status: Awaiting award)</title>"), atom);
		assertTrue(atom.contains("<title>" + DUDLEY + ": "), "the feed should hold Dudley's events:\n" + atom);
		assertTrue(atom.contains("href=\"" + baseUrl() + "/tenders?region=midlands&amp;status=awaiting-award\""), atom);
	}

	@Test
	void analyst_typingAValueThatIsNotMoney_seesTheErrorSummaryWith400() {
		Response response = this.page.navigate("/tenders?minValue=abc");

		assertEquals(400, response.status());
		assertThat(this.page).hasTitle(Pattern.compile("^Error: "));
		Locator summary = this.page.locator(".govuk-error-summary");
		assertThat(summary).isVisible();
		assertThat(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
		Locator link = summary.getByRole(AriaRole.LINK);
		assertThat(link).hasCount(1);
		assertThat(link).hasAttribute("href", "#minValue");
		Locator field = this.page.getByLabel("Minimum value");
		assertThat(field).hasValue("abc");
		assertThat(field).hasClass(Pattern.compile("govuk-input--error"));
		assertThat(this.page.locator("#minValue-error")).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("12-search-error");

		link.click();

		assertThat(field).isFocused();
	}

	private void applyFilters() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).first().click();
		this.page.waitForLoadState();
	}

	private Locator tag(String text) {
		return this.page.locator(".app-tags").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text));
	}

	private Locator count() {
		return this.page.locator("#result-count strong");
	}

	private Locator resultRows() {
		return this.page.locator("#results-table tbody tr");
	}

	private List<String> tenderTitles() {
		return this.page.locator("#results-table tbody tr td:first-child > a").allTextContents();
	}

}
