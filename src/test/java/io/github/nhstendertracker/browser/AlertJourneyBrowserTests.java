package io.github.nhstendertracker.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone on the tender list asks for e-mail alerts of their search, mistypes their
 * address, then confirms from the e-mail: every page is checked with axe-core and
 * photographed at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tracker.alerts.site-url=https://tenders.example", "tracker.alerts.schedule=-" })
@Import(TestDatabaseConfiguration.class)
class AlertJourneyBrowserTests extends BrowserTestSupport {

	private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private static final Pattern CONFIRM = Pattern
		.compile("https://tenders\\.example(/alerts/confirm/[A-Za-z0-9_-]{43})");

	static {
		MAIL.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@LocalServerPort
	int port;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Autowired
	JdbcClient jdbc;

	private final String email = "browser-" + System.nanoTime() + "@example.com";

	/** The address the test confirmed is committed: it goes. */
	@AfterEach
	void deleteTheSubscription() {
		this.jdbc.sql("delete from alert_subscription where email = :email").param("email", this.email).update();
	}

	@Test
	void fromTheTenderList_subscribeAndConfirm() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
		this.page.navigate("/tenders?region=london&status=open");
		this.page.locator("#alerts-link").click();
		assertThat(heading()).hasText("Get e-mail alerts for this search");
		assertThat(this.page.locator("#alert-filters")).containsText("NHS region: London");
		shoot("alerts-form");

		this.page.getByLabel("E-mail address").fill("someone at example");
		button("Get e-mail alerts").click();
		assertThat(this.page.locator(".govuk-error-summary"))
			.containsText("Enter an e-mail address in the correct format");
		assertThat(this.page).hasTitle(Pattern.compile("^Error: "));
		shoot("alerts-form-error");

		this.page.getByLabel("E-mail address").fill(this.email);
		button("Get e-mail alerts").click();
		assertThat(heading()).hasText("Check your e-mail");
		shoot("alerts-check-your-email");

		assertTrue(MAIL.waitForIncomingEmail(5000, 1));
		Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(MAIL.getReceivedMessages()[0]));
		assertTrue(link.find());
		this.page.navigate(link.group(1));
		assertThat(heading()).hasText("Confirm your e-mail alerts");
		shoot("alerts-confirm");
		button("Confirm e-mail alerts").click();
		assertThat(heading()).hasText("E-mail alerts confirmed");
		shoot("alerts-confirmed");
	}

	/** Checks the page with axe-core and photographs it at both widths. */
	private void shoot(String name) {
		assertNoSeriousAccessibilityViolations();
		for (int width : new int[] { 1280, 390 }) {
			this.page.setViewportSize(width, 900);
			screenshot(name + "-" + width);
		}
	}

}
