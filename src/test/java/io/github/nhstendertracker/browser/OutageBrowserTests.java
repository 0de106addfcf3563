package io.github.nhstendertracker.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import io.github.nhstendertracker.ProxiedDatabaseConfiguration;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds a commissioner while the database is away, in a real browser: the page
 * says nothing was saved and keeps every answer; once the database is back, Try again
 * saves them. The database goes away by cutting the proxy in front of it. Checked with
 * axe-core, at desktop and phone widths.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, ProxiedDatabaseConfiguration.class })
class OutageBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private javax.sql.DataSource dataSource;

	private JourneyAccount account;

	private String name;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void createEditor() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.name = "NHS Outage Test CCG " + suffix;
		this.account = JourneyAccount.create(this.users, this.encoder, "outage", Role.EDITOR);
	}

	@AfterEach
	void bringBackAndRemove() throws Exception {
		ProxiedDatabaseConfiguration.proxy().restore();
		this.dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		this.jdbc.sql("delete from commissioner where name = :name").param("name", this.name).update();
		this.account.remove(this.jdbc);
	}

	@Test
	void aSaveDuringAnOutage_keepsTheAnswers_andTryAgainSavesThemOnceTheDatabaseIsBack() throws Exception {
		this.page.navigate("/admin/commissioners/new");
		this.account.signIn(this.page);
		assertThat(this.page.locator("h1")).hasText("Add a commissioner");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(this.name);
		this.page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Clinical commissioning group"));
		this.page.getByLabel("ODS code (optional)").fill("05C");

		ProxiedDatabaseConfiguration.proxy().cut();
		Response away = this.page.waitForResponse((response) -> response.request().method().equals("POST"),
				() -> button("Save commissioner").click());
		assertThat(away.status()).isEqualTo(503);
		assertThat(this.page.locator("h1")).hasText("Sorry, the service is unavailable");
		assertThat(this.page.locator("main")).containsText("Nothing has been saved yet");
		assertThat(this.page.locator("#kept-answers")).containsText(this.name);
		assertThat(this.page.locator("#kept-answers")).containsText("05C");
		assertThat(this.page.locator("#kept-answers")).not().containsText("_abolished");
		assertNoSeriousAccessibilityViolations();
		screenshot("outage-01-save-kept");
		this.page.setViewportSize(390, 844);
		screenshot("outage-02-save-kept-phone");
		this.page.setViewportSize(1280, 720);

		ProxiedDatabaseConfiguration.proxy().restore();
		this.dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		awaitTheDatabase();
		button("Try again").click();
		assertThat(this.page).hasURL(Pattern.compile("/commissioners/\\d+$"));
		assertThat(this.page.locator("h1")).hasText(this.name);
		assertThat(this.jdbc.sql("select ods_code from commissioner where name = :name")
			.param("name", this.name)
			.query(String.class)
			.single()).isEqualTo("05C");
		screenshot("outage-03-saved-after");
	}

	/**
	 * Waits until the application's own pool hands out a working connection again, so
	 * that "Try again" meets the database back, not a pool still reconnecting on a busy
	 * machine.
	 */
	private void awaitTheDatabase() throws InterruptedException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try {
				this.jdbc.sql("select 1").query(Integer.class).single();
				return;
			}
			catch (org.springframework.dao.DataAccessException ex) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("The database did not come back within 10 seconds");
	}

}
