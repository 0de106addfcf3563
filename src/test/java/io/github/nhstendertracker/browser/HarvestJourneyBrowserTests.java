package io.github.nhstendertracker.browser;

import java.time.Duration;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.harvest.PortalPages;
import io.github.nhstendertracker.imports.ImportedData;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor starts a harvest from the imports page in a real browser, with both portals
 * served by a local stub: the panel shows each portal and where it will resume, the
 * button starts the harvest, and once it has run the panel and the list of past imports
 * show the pages it imported. Every page is checked with axe-core and saved as a
 * screenshot. What the harvest added is removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tracker.harvest.contracts-finder.start-date=2025-01-20",
				"tracker.harvest.find-a-tender.start-date=2026-10-06" })
@Import(TestDatabaseConfiguration.class)
class HarvestJourneyBrowserTests extends BrowserTestSupport {

	static final WireMockServer portals = new WireMockServer(options().dynamicPort());

	static {
		portals.start();
	}

	@LocalServerPort
	int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	private ImportedData data;

	private JourneyAccount account;

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("tracker.harvest.contracts-finder.base-url", () -> portals.baseUrl() + PortalPages.CF_PATH);
		registry.add("tracker.harvest.find-a-tender.base-url", () -> portals.baseUrl() + PortalPages.FTS_PATH);
	}

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void prepare() {
		portals.resetAll();
		this.jdbc.sql("delete from harvest_state").update();
		this.data = ImportedData.mark(this.jdbc);
		this.account = JourneyAccount.create(this.users, this.encoder, "harvester", Role.EDITOR);
	}

	@AfterEach
	void removeWhatTheJourneyMade() {
		this.jdbc.sql("delete from harvest_state").update();
		this.data.remove();
		this.account.remove(this.jdbc);
	}

	@Test
	void editor_startsAHarvest_andSeesThePagesItImported() {
		portals.stubFor(get(urlPathEqualTo(PortalPages.CF_PATH)).withQueryParam("cursor", absent())
			.willReturn(okJson(PortalPages.contractsFinderPage(portals.baseUrl(), "page2"))));
		portals.stubFor(get(urlPathEqualTo(PortalPages.CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.willReturn(okJson(PortalPages.lastPage(portals.baseUrl(), PortalPages.HEALTH_OCID))));
		portals.stubFor(get(urlPathEqualTo(PortalPages.FTS_PATH))
			.willReturn(okJson(PortalPages.lastPage(portals.baseUrl(), PortalPages.OTHER_OCID))));

		// 1. The imports page shows both portals, on, and where each will start
		this.page.navigate("/admin/imports");
		this.account.signIn(this.page);
		assertThat(this.page).hasURL(Pattern.compile("/admin/imports(\\?continue)?$"));
		Locator panel = this.page.locator("#harvest");
		assertThat(
				panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Harvest from the portals")))
			.isVisible();
		assertThat(row("Contracts Finder", "Harvested")).containsText("On");
		assertThat(row("Contracts Finder", "Resumes")).hasText("With notices from the start date, 2025-01-20");
		assertThat(row("Find a Tender", "Resumes")).hasText("With notices from the start date, 2026-10-06");
		assertNoSeriousAccessibilityViolations();
		screenshot("harvest-01-panel");

		// 2. Start a harvest: it runs in the background and the page says so
		button("Start a harvest now").click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("The harvest has started");
		assertNoSeriousAccessibilityViolations();
		screenshot("harvest-02-started");

		// 3. Once it has run, the panel shows the pages read and the runs are listed
		Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.until(() -> this.jdbc.sql("select coalesce(sum(pages_read), 0) from harvest_state")
				.query(Long.class)
				.single() == 3);
		this.page.reload();
		assertThat(row("Contracts Finder", "Pages read")).hasText("2");
		assertThat(row("Find a Tender", "Pages read")).hasText("1");
		assertThat(row("Contracts Finder", "Last success")).containsText("import run");
		assertThat(row("Contracts Finder", "Resumes")).containsText("where the last window ended");
		assertThat(this.page.locator("table")).containsText("Harvest from Contracts Finder, page 2");
		assertThat(this.page.locator("table")).containsText("Harvest from Find a Tender, page 1");
		assertNoSeriousAccessibilityViolations();
		screenshot("harvest-03-harvested");
	}

	/** The value of a row of a portal's summary list in the harvest panel. */
	private Locator row(String portal, String key) {
		return this.page.locator("#harvest h3", new Page.LocatorOptions().setHasText(portal))
			.locator("xpath=following-sibling::dl[1]")
			.locator(".govuk-summary-list__row")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.locator("dt", new Page.LocatorOptions().setHasText(key))))
			.locator("dd");
	}

}
