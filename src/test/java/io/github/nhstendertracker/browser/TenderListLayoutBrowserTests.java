package io.github.nhstendertracker.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The tender list's layout on a wide screen, on a phone and from the keyboard: every
 * column in view at 1280 px, the results before the filters on a phone, and focus on the
 * result count after a search. With axe-core checks and screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class TenderListLayoutBrowserTests extends BrowserTestSupport {

	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	static final int EXTRA_TENDERS = 30;

	/** Tenders the tests insert, found and removed again by their word. */
	private final ExtraTenders extra = new ExtraTenders("layout", TenderListLayoutBrowserTests.class);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@AfterEach
	void deleteExtraTenders() {
		this.extra.delete(this.jdbc);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 1920 })
	void wideScreen_showsEveryColumnWithoutScrolling(int width) {
		this.page.setViewportSize(width, 900);
		this.page.navigate("/tenders");

		Locator table = this.page.locator("#results-table");
		assertThat(table).isVisible();
		assertEquals(width, (int) this.page.evaluate("document.documentElement.scrollWidth"),
				"the page scrolls sideways");
		Locator headers = table.locator("thead th");
		assertThat(headers).hasCount(7);
		assertThat(headers.last()).hasText("Latest event");
		for (int i = 0; i < headers.count(); i++) {
			BoundingBox box = headers.nth(i).boundingBox();
			assertNotNull(box);
			assertTrue(box.x >= 0 && box.x + box.width <= width,
					headers.nth(i).textContent().trim() + " is outside the window: " + box.x + " + " + box.width);
		}
		assertEquals(List.of(), this.page.evaluate("""
				[...document.querySelectorAll('#results-table td')]
				  .filter((cell) => cell.scrollWidth > cell.clientWidth)
				  .map((cell) => cell.dataset.label + ': ' + cell.textContent.trim())"""),
				"cells whose text overflows");
		BoundingBox filters = this.page.locator("#filters").boundingBox();
		BoundingBox results = this.page.locator("#results").boundingBox();
		assertTrue(filters.x + filters.width <= results.x, "the filters are not beside the results");
		assertThat(this.page.locator(".app-filter-toggle")).isHidden();
		assertNoSeriousAccessibilityViolations();
		screenshot("20-list-" + width);
		if (width == 1280) {
			saveForReadme("tender-list-desktop");
		}
	}

	@Test
	void phone_seesTheResultsFirst_opensTheFiltersFromTheFilterButton_andAppliesOne() {
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.navigate("/tenders");

		Locator count = this.page.locator("#result-count");
		assertThat(count).isInViewport();
		assertThat(this.page.locator("#results-table tbody tr").first()).isInViewport();
		assertThat(this.page.locator("#filters")).isHidden();
		assertEquals(PHONE_WIDTH, (int) this.page.evaluate("document.documentElement.scrollWidth"),
				"the page scrolls sideways");
		Locator firstValue = this.page.locator("#results-table tbody tr").first().locator("td[data-label='Value']");
		assertEquals("\"Value\"", firstValue.evaluate("(cell) => getComputedStyle(cell, '::before').content"));
		assertEquals("block", firstValue.evaluate("(cell) => getComputedStyle(cell).display"));
		assertNoSeriousAccessibilityViolations();
		screenshot("21-list-phone");
		saveForReadme("tender-list-phone");

		Locator filterButton = button("Filter tenders");
		assertThat(filterButton).hasAttribute("aria-expanded", "false");
		filterButton.click();

		assertThat(filterButton).hasAttribute("aria-expanded", "true");
		assertThat(this.page.locator("#filters")).isVisible();
		assertThat(this.page.locator("#filters-heading")).isFocused();
		assertNoSeriousAccessibilityViolations();
		screenshot("22-list-phone-filters");

		// Escape closes them and goes back to the button, which opens them again.
		this.page.keyboard().press("Escape");
		assertThat(this.page.locator("#filters")).isHidden();
		assertThat(filterButton).isFocused();
		assertThat(filterButton).hasAttribute("aria-expanded", "false");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#filters")).isVisible();

		this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Midlands")).check();
		button("Apply filters").first().click();
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]region=midlands(&|$)"));
		assertThat(count.locator("strong")).hasText("4");
		assertThat(count).isFocused();
		assertThat(count).isInViewport();
		assertThat(this.page.locator("#filters")).isHidden();
		assertThat(this.page.locator("#results-table tbody tr")).hasCount(4);
		assertNoSeriousAccessibilityViolations();
		screenshot("23-list-phone-filtered");
	}

	@Test
	void phone_withoutJavaScript_reachesTheFiltersByTheFilterLink() {
		Page plain = pageWithoutJavaScript();
		plain.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		plain.navigate("/tenders");

		assertThat(plain.locator("#result-count")).isInViewport();
		assertThat(plain.locator("#filters")).isHidden();
		assertThat(plain.locator(".app-filter-toggle__button")).isHidden();

		plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Filter tenders").setExact(true)).click();

		assertThat(plain).hasURL(Pattern.compile("#filters$"));
		assertThat(plain.locator("#filters")).isVisible();
		plain.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Midlands")).check();
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).first().click();
		plain.waitForLoadState();

		assertThat(plain).hasURL(Pattern.compile("[?&]region=midlands(&|$)"));
		assertThat(plain.locator("#result-count strong")).hasText("4");
		assertThat(plain.locator("#filters")).isHidden();
	}

	@Test
	void keyboard_skipsToTheResults_appliesAFilter_landsOnTheCount_andReachesPageTwoInAFewPresses() {
		this.extra.insert(this.jdbc, EXTRA_TENDERS);
		this.page.setViewportSize(1280, 900);
		this.page.navigate("/tenders");

		int presses = tabUntil("a.govuk-skip-link[href='#result-count']", 12);
		assertTrue(presses <= 12, "Skip to results is not within 12 presses of Tab");
		assertThat(this.page.locator("a[href='#result-count']")).isVisible();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#result-count")).isFocused();

		// From the top again, past the skip link into the filters.
		this.page.navigate("/tenders");
		tabUntil("a.govuk-skip-link[href='#result-count']", 12);
		assertTrue(tabUntil("#q", 3) <= 3, "Keywords is not a few presses after the skip link");
		this.page.keyboard().type(this.extra.word());
		this.page.keyboard().press("Enter");
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]q=" + this.extra.word() + "(&|$)"));
		Locator count = this.page.locator("#result-count");
		assertThat(count).isFocused();
		assertThat(count.locator("strong")).hasText(String.valueOf(EXTRA_TENDERS));
		assertNoSeriousAccessibilityViolations();
		screenshot("24-list-keyboard-count");

		int toNext = tabUntil("a[rel='next']", 3);
		assertTrue(toNext <= 3, "the next page is not within 3 presses of Tab from the count");
		this.page.keyboard().press("Enter");
		this.page.waitForLoadState();

		assertThat(this.page).hasURL(Pattern.compile("[?&]after="));
		assertThat(this.page.locator("#result-count")).isFocused();
		assertThat(this.page.locator("#results-table tbody tr")).hasCount(EXTRA_TENDERS - 25);
		assertNoSeriousAccessibilityViolations();
	}

	/**
	 * Presses Tab until the element matching the selector has focus, at most
	 * {@code limit} times.
	 * @return the presses it took, or {@code limit + 1} if it never got there
	 */
	private int tabUntil(String selector, int limit) {
		for (int presses = 1; presses <= limit; presses++) {
			this.page.keyboard().press("Tab");
			if ((boolean) this.page.evaluate("(selector) => document.activeElement.matches(selector)", selector)) {
				return presses;
			}
		}
		return limit + 1;
	}

	/** The window as it looks now, for the README's pictures in {@code docs/images}. */
	private void saveForReadme(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("readme").resolve(name + ".png")));
	}

}
