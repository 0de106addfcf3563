package io.github.nhstendertracker.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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

/**
 * An admin records a new tender from a notice, in a real browser against PostgreSQL:
 * signs in, makes and fixes a mistake, checks how the value was read, saves, adds a
 * bidder and an award, sees the result on the public page and in the audit, and signs
 * out. Every page is checked with axe-core and saved as a screenshot.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class AdminJourneyBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	private JourneyAccount account;

	private String title;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void createAdmin() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.title = "Community musculoskeletal service (Walsall) " + suffix;
		this.account = JourneyAccount.create(this.users, this.encoder, "journey", Role.ADMIN);
	}

	@AfterEach
	void removeWhatTheJourneyMade() {
		this.jdbc.sql("delete from tender where title = :title").param("title", this.title).update();
		this.account.remove(this.jdbc);
	}

	@Test
	void admin_signsInRecordsATenderWithABidderAndAnAward_andSignsOut() {
		// 1. Sign in
		this.page.navigate("/admin");
		assertThat(this.page).hasURL(Pattern.compile("/sign-in$"));
		assertThat(heading()).hasText("Sign in");
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-01-sign-in");
		this.account.signIn(this.page);
		assertThat(this.page).hasURL(Pattern.compile("/admin(\\?continue)?$"));
		assertThat(heading()).hasText("Admin");
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-02-home");

		// 2. Create a tender with an error, fix it, check what was understood, save
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a tender").setExact(true)).click();
		assertThat(heading()).hasText("Add a tender");
		this.page.getByLabel("Title").fill(this.title);
		this.page.getByLabel("NHS Black Country ICB").check();
		this.page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("£3.4bn to £5.4bn");
		this.page.getByLabel("Contract length").fill("10 years");
		button("Continue").click();
		Locator summary = this.page.locator(".govuk-error-summary");
		assertThat(summary).containsText("There is a problem");
		assertThat(summary.getByRole(AriaRole.LINK)).hasText("Enter a description");
		assertThat(this.page.getByLabel("Title")).hasValue(this.title);
		assertThat(this.page).hasTitle(Pattern.compile("^Error: "));
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-03-tender-error");

		summary.getByRole(AriaRole.LINK).click();
		this.page.getByLabel("Description").fill("Musculoskeletal services in the community, with <b>triage</b>.");
		button("Continue").click();
		assertThat(heading()).hasText("Check your answers before adding the tender");
		assertThat(this.page.locator("main")).containsText("£3,400,000,000 to £5,400,000,000");
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-04-tender-check");
		button("Save tender").click();
		assertThat(heading()).hasText(this.title);
		assertThat(this.page).hasURL(Pattern.compile("/tenders/\\d+$"));
		assertThat(this.page.locator("main")).containsText("with <b>triage</b>");
		String tenderUrl = this.page.url();

		// 3. Add a bidder and an award event
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a bidder").setExact(true)).click();
		this.page.getByLabel("Bidder", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Circle Health"));
		this.page.getByLabel("Role").selectOption(new SelectOption().setLabel("Awarded"));
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-05-bid");
		button("Save bidder").click();
		assertThat(heading()).hasText(this.title);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an event").setExact(true)).click();
		this.page.getByLabel("Type of event").selectOption(new SelectOption().setLabel("Contract awarded"));
		this.page.getByLabel("It has happened").check();
		this.page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill("14");
		this.page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill("2");
		this.page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2020");
		this.page.getByLabel("What happened").fill("The commissioner awarded the contract to Circle Health.");
		this.page.locator("input[name=sourceIds]").first().check();
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-06-event");
		button("Save event").click();

		// 4. The public page and the audit show it
		this.page.navigate(tenderUrl);
		Locator main = this.page.locator("main");
		assertThat(main.locator(".govuk-tag").first()).hasText("Awarded");
		assertThat(main.locator("ol.app-timeline")).containsText("14 February 2020");
		assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Circle Health")).first())
			.isVisible();
		assertThat(main.locator("#history")).isVisible();
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-07-public-tender");

		this.page.navigate("/admin/audit");
		Locator audit = this.page.locator("table.app-audit");
		assertThat(audit).containsText(this.title);
		assertThat(audit).containsText(this.account.username());
		assertThat(audit).containsText("£3.4bn");
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-08-audit");

		// 5. Sign out
		button("Sign out").click();
		assertThat(this.page.locator(".govuk-notification-banner")).containsText("You have signed out");
		this.page.navigate("/admin");
		assertThat(this.page).hasURL(Pattern.compile("/sign-in$"));
	}

	@Test
	void twoSessionsEditOneTender_theSecondSeesWhatChangedAndReappliesTheirs() {
		long tenderId = this.jdbc.sql("""
				insert into tender (title, description) values (:title, 'Two people edit this at once.')
				returning id""").param("title", this.title).query(Long.class).single();
		this.jdbc.sql("""
				insert into tender_commissioner (tender_id, commissioner_id)
				select :id, id from commissioner where name = 'NHS Dudley CCG'""").param("id", tenderId).update();
		Page first = this.page;
		Page second = otherPersonsPage();
		signIn(first);
		signIn(second);
		String edit = "/admin/tenders/" + tenderId + "/edit";
		first.navigate(edit);
		second.navigate(edit);

		first.getByLabel("Contract length").fill("5 years");
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tender").setExact(true)).click();
		assertThat(first.locator("h1")).hasText(this.title);

		second.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("£20m a year");
		Response refused = second.waitForResponse((response) -> response.url().endsWith(edit),
				() -> second
					.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tender").setExact(true))
					.click());
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(409);
		Locator conflict = second.locator("#conflict");
		assertThat(conflict).containsText("Someone else changed this while you were editing");
		assertThat(conflict).containsText("5 years");
		assertThat(second.getByLabel("Value", new Page.GetByLabelOptions().setExact(true))).hasValue("£20m a year");
		// The other person's change to a field this person had not touched is merged in.
		assertThat(second.getByLabel("Contract length")).hasValue("5 years");
		this.page = second;
		assertNoSeriousAccessibilityViolations();
		screenshot("admin-09-edit-conflict");
		this.page = first;
		org.assertj.core.api.Assertions.assertThat(updatesAudited(tenderId)).isEqualTo(1);

		// Saving again applies the second person's value and keeps the first person's.
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tender").setExact(true)).click();
		assertThat(second.locator("h1")).hasText(this.title);
		Locator summary = second.locator("main .govuk-summary-list").first();
		assertThat(summary).containsText("£20m a year");
		assertThat(summary).containsText("5 years");
		org.assertj.core.api.Assertions.assertThat(updatesAudited(tenderId)).isEqualTo(2);
	}

	private void signIn(Page page) {
		page.navigate("/sign-in");
		this.account.signIn(page);
		assertThat(page.locator("h1")).hasText("Admin");
	}

	private long updatesAudited(long tenderId) {
		return this.jdbc.sql("""
				select count(*) from audit_record
				where entity_type = 'TENDER' and entity_id = :id and action = 'UPDATE'""")
			.param("id", tenderId)
			.query(Long.class)
			.single();
	}

}
