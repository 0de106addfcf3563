package io.github.nhstendertracker.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.imports.ImportRuns;
import io.github.nhstendertracker.imports.ImportedData;
import io.github.nhstendertracker.imports.Imports;
import io.github.nhstendertracker.imports.MatchFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin decides a possible match in a real browser against PostgreSQL: a notice of a
 * process that news already reported is imported; the imports page lists the pair; the
 * admin compares the two side by side and merges them, and the tender's page shows the
 * notice among its sources with the values in disagreement. Each page is checked with
 * axe-core and saved as a screenshot.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class MatchJourneyBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Imports imports;

	@TempDir
	private Path folder;

	private ImportedData data;

	private JourneyAccount account;

	private MatchFixtures fixtures;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void importANoticeOfANewsTender() throws Exception {
		this.data = ImportedData.mark(this.jdbc);
		this.account = JourneyAccount.create(this.users, this.encoder, "matcher", Role.ADMIN);
		this.fixtures = new MatchFixtures(this.jdbc, this.folder).newsTender();
		this.imports.importNow(List.of(this.fixtures.tenderNotice()), ImportRuns.Kind.FILES, "possible match", "test");
	}

	@AfterEach
	void removeWhatTheJourneyMade() {
		this.data.remove();
		this.account.remove(this.jdbc);
	}

	@Test
	void admin_comparesAPossibleMatch_andMergesTheNoticeIntoTheNewsTender() {
		// 1. The imports page lists the possible match
		this.page.navigate("/admin/imports");
		this.account.signIn(this.page);
		assertThat(heading()).hasText("Imports");
		Locator section = this.page.locator("#possible-matches");
		assertThat(section).containsText("Matchshire " + this.fixtures.tag + " integrated MSK services");
		assertThat(section).containsText("Values overlap: £118m and £120m");
		assertNoSeriousAccessibilityViolations();
		screenshot("match-01-imports");

		// 2. Compare the two side by side
		section.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(this.fixtures.tag))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Compare and decide")))
			.click();
		assertThat(heading()).hasText("Compare and decide");
		assertThat(this.page.locator("#imported")).containsText(this.fixtures.ocid);
		assertThat(this.page.locator("#existing")).containsText("Integrated musculoskeletal service (Matchshire");
		assertThat(this.page.locator("#existing")).containsText("£120m");
		assertNoSeriousAccessibilityViolations();
		screenshot("match-02-compare");
		this.page.setViewportSize(390, 844);
		assertNoSeriousAccessibilityViolations();
		screenshot("match-03-compare-phone");
		this.page.setViewportSize(1280, 900);

		// 3. Merge: the news tender now has the notice as a source, and the values
		// disagree
		button("Merge into the existing tender").click();
		assertThat(this.page).hasURL(Pattern.compile("/tenders/" + this.fixtures.newsTenderId + "$"));
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("merged into this tender");
		assertThat(this.page.locator("main")).containsText("Sources disagree on this tender's value");
		assertThat(this.page.locator("main")).containsText(this.fixtures.ocid);
		assertNoSeriousAccessibilityViolations();
		screenshot("match-04-merged");

		// 4. The imports page no longer lists it
		this.page.navigate("/admin/imports");
		assertThat(this.page.locator("#possible-matches")).not()
			.containsText("Matchshire " + this.fixtures.tag + " integrated MSK services");
	}

}
