package io.github.nhstendertracker.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commissioner (or journalist) following a tender from the home page to the source that
 * reported it, in a real browser against the seeded data, with axe-core checks and a
 * screenshot of every page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class CommissionerJourneyBrowserTests extends BrowserTestSupport {

	static final String DUDLEY = "Multispecialty community provider (Dudley)";

	@LocalServerPort
	int port;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void commissioner_browsesHomeTendersDudleyAndSource() {
		this.page.navigate("/");
		assertThat(heading()).hasText("Track NHS procurement tenders");
		Locator counts = this.page.locator(".app-stat__number");
		assertThat(counts).hasCount(4);
		for (Locator count : counts.all()) {
			assertThat(count).hasText(Pattern.compile("^\\d+$"));
		}
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Total value tracked")))
			.isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("01-home");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Browse tenders")).click();
		assertThat(this.page).hasURL(Pattern.compile("/tenders$"));
		assertThat(heading()).hasText("Tenders");
		Locator dudleyLink = this.page.getByRole(AriaRole.TABLE)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DUDLEY).setExact(true));
		assertThat(dudleyLink).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("02-tenders");

		dudleyLink.click();
		assertThat(this.page).hasURL(Pattern.compile("/tenders/8$"));
		assertThat(heading()).hasText(DUDLEY);
		Locator headlineValue = this.page.locator(".govuk-summary-list__row")
			.filter(new Locator.FilterOptions().setHas(this.page.getByText("Value (headline)", exact())));
		assertThat(headlineValue.getByText("£3.4bn–£5.4bn", exactText())).isVisible();
		assertThat(headlineValue.getByText("£3,400,000,000 to £5,400,000,000", exactText())).isVisible();
		Locator timeline = this.page.locator("ol.app-timeline");
		assertThat(timeline.getByText("9 June 2017", exactText())).isVisible();
		assertThat(timeline.getByText("13 July 2017", exactText())).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("03-tender-dudley");

		timeline.getByRole(AriaRole.LINK).first().click();
		assertThat(this.page).hasURL(Pattern.compile("/sources/4$"));
		assertThat(heading()).containsText("Dudley CCG issues the first vanguard tender");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Tenders").setExact(true))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DUDLEY).setExact(true))).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("04-source");
	}

	@Test
	void successorBody_showsItsCcgsTendersAndCanShowOnlyItsOwn() {
		this.page.navigate("/commissioners/12");
		assertThat(heading()).hasText("NHS Staffordshire and Stoke-on-Trent ICB");
		Locator tenders = this.page.locator("#tenders ~ * table");
		assertThat(tenders.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Cancer care contract (Staffordshire)").setExact(true)))
			.isVisible();
		assertThat(tenders.locator(".app-via").first()).containsText("via");
		assertThat(tenders.locator(".app-via")
			.first()
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("NHS Stoke on Trent CCG"))).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("05-icb-with-its-ccgs");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In its own name only (0)")).click();
		assertThat(this.page).hasURL(Pattern.compile("/commissioners/12\\?lineage=own#tenders$"));
		assertThat(
				this.page.getByText("No tenders are recorded in NHS Staffordshire and Stoke-on-Trent ICB’s own name."))
			.isVisible();
		assertThat(this.page.locator("#tenders ~ * table")).hasCount(0);
		assertNoSeriousAccessibilityViolations();
		screenshot("06-icb-own-tenders-only");

		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("show the tenders of the bodies it took over from"))
			.click();
		assertThat(this.page).hasURL(Pattern.compile("/commissioners/12#tenders$"));
		assertThat(this.page.locator(".app-via")).hasCount(3);
	}

	@Test
	void successorFilter_includesItsCcgsTendersUntilOwnOnlyIsTicked() {
		this.page.navigate("/tenders?commissioner=12");
		assertThat(this.page.locator("#result-count")).containsText("3");
		assertThat(this.page.locator("#lineage-note")).containsText("Includes the tenders of the 4 bodies");
		assertThat(this.page.locator("#results-table .app-via")).hasCount(3);
		assertNoSeriousAccessibilityViolations();
		screenshot("07-tenders-of-an-icb");

		this.page.getByLabel("Only the commissioner’s own tenders").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).first().click();
		assertThat(this.page).hasURL(Pattern.compile("lineage=own"));
		assertThat(this.page.locator("#no-results")).containsText("left out");
		assertNoSeriousAccessibilityViolations();
		screenshot("08-tenders-of-an-icb-own-only");
	}

	@Test
	void unknownTender_showsStyledNotFoundPageWith404() {
		Response response = this.page.navigate("/tenders/999999");

		assertEquals(404, response.status());
		assertThat(this.page).hasTitle("Page not found – NHS Tender Tracker");
		assertThat(heading()).hasText("Page not found");
		assertThat(this.page.getByText("There is no tender with id 999999.")).isVisible();
		// The site's layout and GOV.UK styles, not a bare error page.
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NHS Tender Tracker")))
			.isVisible();
		assertThat(heading()).hasCSS("font-weight", "700");
		assertNoSeriousAccessibilityViolations();
	}

	@Test
	void nonNumericTenderId_gives400WithHelpfulMessage() {
		Response response = this.page.navigate("/tenders/abc");

		assertEquals(400, response.status());
		assertThat(heading()).hasText("There is a problem with the request");
		assertThat(this.page.getByText("An id must be a whole number, such as 8.")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("browse all tenders")))
			.isVisible();
		assertNoSeriousAccessibilityViolations();
	}

	@Test
	void tenderList_sortedByValue_changesOrderAndSetsAriaSort() {
		this.page.navigate("/tenders");
		Locator valueHeader = this.page.getByRole(AriaRole.COLUMNHEADER,
				new Page.GetByRoleOptions().setName("Value").setExact(true));
		assertThat(valueHeader).hasAttribute("aria-sort", "none");
		List<String> before = tenderTitles();

		valueHeader.getByRole(AriaRole.LINK).click();
		this.page.waitForLoadState();

		// A new sort starts in its own default direction: the biggest values first.
		assertThat(this.page).hasURL(Pattern.compile("sort=value"));
		assertThat(valueHeader).hasAttribute("aria-sort", "descending");
		assertThat(this.page.getByRole(AriaRole.COLUMNHEADER,
				new Page.GetByRoleOptions().setName("Latest event").setExact(true)))
			.hasAttribute("aria-sort", "none");
		List<String> after = tenderTitles();
		assertEquals(before.size(), after.size());
		assertNotEquals(before, after);

		valueHeader.getByRole(AriaRole.LINK).click();
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("dir=asc"));
		assertThat(valueHeader).hasAttribute("aria-sort", "ascending");
	}

	@Test
	void tenderPage_atMobileWidth_fitsTheScreenAndPassesAxe() {
		this.page.setViewportSize(375, 812);
		this.page.navigate("/tenders/8");

		assertThat(heading()).hasText(DUDLEY);
		int pageWidth = ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertTrue(pageWidth <= 375, "page is " + pageWidth + "px wide, so it scrolls sideways at 375px");
		Locator menu = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
		assertThat(menu).isVisible();
		menu.click();
		assertThat(this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tenders"))).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("05-tender-mobile");
	}

	private List<String> tenderTitles() {
		return this.page.locator("table tbody tr td:first-child a").allTextContents();
	}

	private static Page.GetByTextOptions exact() {
		return new Page.GetByTextOptions().setExact(true);
	}

	private static Locator.GetByTextOptions exactText() {
		return new Locator.GetByTextOptions().setExact(true);
	}

}
