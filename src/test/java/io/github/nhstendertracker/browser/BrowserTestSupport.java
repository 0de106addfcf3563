package io.github.nhstendertracker.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base class for Playwright browser tests. Starts one headless Chromium per test class
 * and gives every test a fresh {@link BrowserContext} and {@link Page}, so no cookies or
 * storage leak between tests. Uses the system Chromium at {@value #SYSTEM_CHROMIUM} when
 * it exists (no browser download needed), otherwise the browser Playwright installs.
 * <p>
 * Subclasses say where the application runs through {@link #baseUrl()}; page addresses in
 * tests are then relative, such as {@code page.navigate("/tenders")}.
 */
abstract class BrowserTestSupport {

	static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Impacts that fail a test; minor and moderate findings are left to review. */
	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"));
		if (Files.isExecutable(Paths.get(SYSTEM_CHROMIUM))) {
			options.setExecutablePath(Paths.get(SYSTEM_CHROMIUM));
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("en-GB"));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		this.otherContexts.forEach(BrowserContext::close);
		this.otherContexts.clear();
	}

	/**
	 * A page in a second, separate browser context: another person with their own cookies
	 * and session. Closed after the test.
	 * @return the new page
	 */
	protected Page otherPersonsPage() {
		return pageIn(new Browser.NewContextOptions());
	}

	/**
	 * A page in a separate browser context with JavaScript turned off, for what works
	 * without it. Closed after the test.
	 * @return the new page
	 */
	protected Page pageWithoutJavaScript() {
		return pageIn(new Browser.NewContextOptions().setJavaScriptEnabled(false));
	}

	private Page pageIn(Browser.NewContextOptions options) {
		BrowserContext other = browser.newContext(options.setBaseURL(baseUrl()).setLocale("en-GB"));
		this.otherContexts.add(other);
		return other.newPage();
	}

	/** The page's main heading. */
	protected Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	/** The button with exactly this name. */
	protected Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * Where the application under test runs, such as {@code http://localhost:54321}.
	 * @return the base URL, without a trailing slash
	 */
	protected abstract String baseUrl();

	/**
	 * Runs axe-core on the current page and fails if any WCAG 2.1 A or AA rule is
	 * violated with serious or critical impact, listing each such rule with the elements
	 * it found.
	 */
	protected void assertNoSeriousAccessibilityViolations() {
		AxeResults results = new AxeBuilder(this.page).withTags(WCAG_TAGS).analyze();
		List<Rule> serious = results.getViolations()
			.stream()
			.filter((rule) -> FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!serious.isEmpty()) {
			fail(serious.size() + " serious or critical accessibility violation(s) on " + this.page.url() + ":\n"
					+ serious.stream().map(BrowserTestSupport::describe).collect(Collectors.joining("\n")));
		}
	}

	/**
	 * Saves a screenshot of the whole current page to
	 * {@code target/screenshots/<name>.png}.
	 * @param name the file name, without extension
	 * @return where the screenshot was saved
	 */
	protected Path screenshot(String name) {
		Path path = SCREENSHOTS.resolve(name + ".png");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
		return path;
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    " + rule.getHelpUrl()
				+ "\n    targets: " + targets;
	}

}
