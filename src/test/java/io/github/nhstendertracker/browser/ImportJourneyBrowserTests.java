package io.github.nhstendertracker.browser;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.imports.ImportedData;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor imports real notices in a real browser against PostgreSQL: uploads a Find a
 * Tender release package, watches it import, reads the report, then finds an imported
 * tender by its CPV code and reads how it is bought and which notice it came from, with a
 * link to the portal. Every page is checked with axe-core and saved as a screenshot, the
 * tender page at phone width too. What the import added is removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ImportJourneyBrowserTests extends BrowserTestSupport {

	private static final Path FIND_A_TENDER = ImportedData.sharedOcds()
		.resolve("find-a-tender")
		.resolve("release-package-limit-4.json");

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

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void createEditor() {
		this.data = ImportedData.mark(this.jdbc);
		this.account = JourneyAccount.create(this.users, this.encoder, "importer", Role.EDITOR);
	}

	@AfterEach
	void removeWhatTheJourneyMade() {
		this.data.remove();
		this.account.remove(this.jdbc);
	}

	@Test
	void editor_uploadsNotices_watchesTheImport_andFindsAnImportedTenderByWhatIsBought() {
		// 1. Sign in and go to the imports page
		this.page.navigate("/admin/imports");
		this.account.signIn(this.page);
		assertThat(this.page).hasURL(Pattern.compile("/admin/imports(\\?continue)?$"));
		assertThat(heading()).hasText("Imports");
		assertNoSeriousAccessibilityViolations();
		screenshot("import-01-imports");

		// 2. Upload the file; the run page shows progress, then the report
		this.page.getByLabel("OCDS file").setInputFiles(FIND_A_TENDER);
		button("Upload and import").click();
		assertThat(this.page).hasURL(Pattern.compile("/admin/imports/\\d+$"));
		assertThat(heading()).containsText("Import run");
		assertThat(this.page.locator("[data-import-status]")).hasText("Finished",
				new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		this.page.reload();
		Locator report = this.page.locator("main");
		assertThat(report).containsText("release-package-limit-4.json");
		assertThat(row("Files read")).hasText("1");
		assertThat(row("Releases read")).hasText("4");
		assertNoSeriousAccessibilityViolations();
		screenshot("import-02-report");

		// 3. Find the supported living tender by its CPV code
		this.page.navigate("/tenders");
		this.page.getByText("Open data codes").click();
		this.page.getByLabel("CPV code").fill("853");
		button("Apply filters").first().click();
		assertThat(this.page).hasURL(Pattern.compile("[?&]cpv=85300000"));
		assertThat(this.page.locator(".app-applied")).containsText("CPV: 85300000 and codes under it");
		Locator result = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("Aldbanks Supported Living")));
		assertThat(result).hasCount(1);
		assertNoSeriousAccessibilityViolations();
		screenshot("import-03-search-by-cpv");

		// 4. Its page says how it is bought, what is bought and where the notice is
		result.click();
		assertThat(heading()).containsText("Aldbanks Supported Living");
		Locator bought = this.page.locator("#how-it-is-bought + .govuk-summary-list");
		assertThat(bought).containsText("Open: any supplier may bid");
		assertThat(bought).containsText("Competitive flexible procedure");
		assertThat(bought).containsText("85311000");
		assertThat(bought).containsText("ocds-h6vhtk-078219");
		assertThat(this.page.locator("#reported-figures + div")).containsText("(not converted to pounds)");
		Locator portal = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("View the notice on Find a Tender")));
		assertThat(portal).hasAttribute("href", Pattern.compile("^https://www\\.find-tender\\.service\\.gov\\.uk/"));
		assertNoSeriousAccessibilityViolations();
		screenshot("import-04-tender-from-open-data");
		this.page.setViewportSize(390, 844);
		assertNoSeriousAccessibilityViolations();
		screenshot("import-05-tender-from-open-data-phone");
	}

	private Locator row(String key) {
		return this.page.locator(".govuk-summary-list__row")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.locator("dt", new Page.LocatorOptions().setHasText(key))))
			.locator("dd");
	}

}
