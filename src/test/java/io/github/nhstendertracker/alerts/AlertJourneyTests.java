package io.github.nhstendertracker.alerts;

import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * E-mail alerts end to end, against a GreenMail SMTP server: subscribe, the confirmation
 * e-mail (and nothing else) arrives, confirm, a new event of a matching tender arrives in
 * the next digest, unsubscribe through its link, and nothing more is sent.
 */
@SpringBootTest(properties = { "tracker.alerts.site-url=https://tenders.example", "tracker.alerts.schedule=-",
		"tracker.alerts.max-events=2" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AlertJourneyTests {

	private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private static final Pattern CONFIRM = Pattern
		.compile("https://tenders\\.example(/alerts/confirm/[A-Za-z0-9_-]{43})");

	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("https://tenders\\.example(/alerts/unsubscribe/[A-Za-z0-9_-]{43})");

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

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AlertDigest digest;

	private final String word = randomWord();

	@BeforeEach
	void emptyInbox() throws Exception {
		this.digest.run();
		MAIL.purgeEmailFromAllMailboxes();
	}

	/**
	 * What the test wrote is committed: its tenders (and their events) and addresses go.
	 */
	@AfterEach
	void deleteWhatTheTestWrote() {
		this.jdbc.sql("delete from tender where title like :word").param("word", this.word + " %").update();
		this.jdbc.sql("delete from alert_subscription where email like :word").param("word", this.word + "@%").update();
	}

	@Test
	void subscribeConfirmDigestUnsubscribe() throws Exception {
		long tender = tender(this.word + " community dental service");
		String email = this.word + "@example.com";

		this.mvc.perform(get("/alerts/new").param("q", this.word))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Keywords: " + this.word)));
		this.mvc.perform(post("/alerts/new").param("q", this.word).param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/alerts/check-your-email"));

		MimeMessage confirmation = onlyMessage();
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(confirmation.getSubject()).isEqualTo("Confirm your e-mail alerts from NHS Tender Tracker");
		assertThat(confirmation.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String confirmBody = body(confirmation);
		assertThat(confirmBody).contains("Keywords: " + this.word);

		// Before the link is used, the digest sends nothing.
		event(tender, "NOTICE_PUBLISHED", LocalDate.of(2026, 3, 2));
		this.digest.run();
		assertThat(MAIL.getReceivedMessages()).hasSize(1);
		MAIL.purgeEmailFromAllMailboxes();

		String confirmPath = find(CONFIRM, confirmBody);
		this.mvc.perform(get(confirmPath)).andExpect(status().isOk()).andExpect(view().name("alerts/confirm"));
		this.mvc.perform(post(confirmPath).with(csrf())).andExpect(redirectedUrl("/alerts/confirmed"));
		this.mvc.perform(get(confirmPath)).andExpect(status().isNotFound());

		event(tender, "AWARD", LocalDate.of(2026, 6, 1));
		this.digest.run();
		MimeMessage digestMail = onlyMessage();
		String body = body(digestMail);
		assertThat(digestMail.getSubject()).isEqualTo("1 new event in your NHS Tender Tracker search");
		assertThat(body).contains(this.word + " community dental service")
			.contains("1 June 2026")
			.contains("https://tenders.example/tenders/" + tender)
			.contains("<a href=\"https://tenders.example/tenders/" + tender + "\">")
			.doesNotContain("2 March 2026");
		String unsubscribeHeader = digestMail.getHeader("List-Unsubscribe")[0];
		String unsubscribePath = find(UNSUBSCRIBE, unsubscribeHeader);
		assertThat(body).contains("https://tenders.example" + unsubscribePath);
		MAIL.purgeEmailFromAllMailboxes();

		this.mvc.perform(get(unsubscribePath)).andExpect(status().isOk()).andExpect(view().name("alerts/unsubscribe"));
		// A mail program's one-click unsubscribe posts without a CSRF token.
		this.mvc.perform(post(unsubscribePath).param("List-Unsubscribe", "One-Click"))
			.andExpect(redirectedUrl("/alerts/unsubscribed"));
		assertThat(this.jdbc.sql("select count(*) from alert_subscription where lower(email) = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get(unsubscribePath)).andExpect(status().isNotFound());

		event(tender, "CONTRACT_START", LocalDate.of(2026, 7, 1));
		this.digest.run();
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void aDigest_listsTheNewestEventsUpToItsLimit_andCountsTheRest() throws Exception {
		long tender = tender(this.word + " wheelchair service");
		long expected = event(tender, "AWARD", LocalDate.of(2026, 9, 1), true);
		String confirmPath = subscribe(this.word + "@example.com");
		this.mvc.perform(post(confirmPath).with(csrf())).andExpect(redirectedUrl("/alerts/confirmed"));
		event(tender, "BIDDERS_NAMED", LocalDate.of(2026, 4, 1), false);
		event(tender, "PREFERRED_BIDDER", LocalDate.of(2026, 8, 1), false);
		// An event expected before confirming is new once it is recorded as having
		// happened.
		this.jdbc.sql("update tender_event set expected = false where id = :id").param("id", expected).update();

		this.digest.run();
		MimeMessage digestMail = onlyMessage();
		assertThat(digestMail.getSubject()).isEqualTo("3 new events in your NHS Tender Tracker search");
		String body = body(digestMail);
		assertThat(body).contains("Contract awarded", "1 September 2026", "Preferred bidder named", "1 August 2026")
			.doesNotContain("1 April 2026")
			.contains("And 1 more")
			.contains("https://tenders.example/tenders?q=" + this.word);
		assertThat(body.indexOf("1 September 2026")).isLessThan(body.indexOf("1 August 2026"));
	}

	@Test
	void aConfirmedSubscriptionWithNothingNew_isSentNothing() throws Exception {
		tender(this.word + " quiet tender");
		String confirmPath = subscribe(this.word + "@example.org");
		this.mvc.perform(post(confirmPath).with(csrf())).andExpect(redirectedUrl("/alerts/confirmed"));
		this.digest.run();
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void subscribingAgain_looksTheSame_andSendsNothingOnceConfirmed() throws Exception {
		tender(this.word + " repeat tender");
		String email = this.word + "@example.net";
		String confirmPath = subscribe(email);
		this.mvc.perform(post(confirmPath).with(csrf())).andExpect(redirectedUrl("/alerts/confirmed"));
		this.mvc.perform(post("/alerts/new").param("q", this.word).param("email", email.toUpperCase()).with(csrf()))
			.andExpect(redirectedUrl("/alerts/check-your-email"));
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void aBadAddress_showsTheFormWithItsError() throws Exception {
		this.mvc.perform(post("/alerts/new").param("q", this.word).param("email", "not an address").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("alerts/new"))
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: ")));
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void unconfirmedSubscriptionsOlderThanAWeek_areDeleted() throws Exception {
		subscribe(this.word + "@example.com");
		this.jdbc.sql("update alert_subscription set created_at = now() - interval '8 days' where email = :email")
			.param("email", this.word + "@example.com")
			.update();
		this.digest.run();
		assertThat(this.jdbc.sql("select count(*) from alert_subscription where email = :email")
			.param("email", this.word + "@example.com")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Subscribes to the search of this test's word; the path of the confirmation link.
	 */
	private String subscribe(String email) throws Exception {
		this.mvc.perform(post("/alerts/new").param("q", this.word).param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/alerts/check-your-email"));
		String path = find(CONFIRM, body(onlyMessage()));
		MAIL.purgeEmailFromAllMailboxes();
		return path;
	}

	private MimeMessage onlyMessage() {
		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] messages = MAIL.getReceivedMessages();
		assertThat(messages).hasSize(1);
		return messages[0];
	}

	/** Every text part of an e-mail, decoded: the plain text, then the HTML. */
	private static String body(Part part) throws Exception {
		if (part.isMimeType("text/*")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		Multipart parts = (Multipart) part.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart child = parts.getBodyPart(i);
			text.append(body(child)).append('\n');
		}
		return text.toString();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("a link in %s", text).isTrue();
		return matcher.group(1);
	}

	private long tender(String title) {
		return this.jdbc.sql("""
				insert into tender (title, description, status, version)
				values (:title, 'A tender for e-mail alerts', 'OPEN', 0) returning id""")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private void event(long tender, String type, LocalDate date) {
		event(tender, type, date, false);
	}

	private long event(long tender, String type, LocalDate date, boolean expected) {
		return this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, expected, description, version)
				values (:tender, :type, :date, 'DAY', :expected, 'Alert test', 0) returning id""")
			.param("tender", tender)
			.param("type", type)
			.param("date", date)
			.param("expected", expected)
			.query(Long.class)
			.single();
	}

	/** A word no other tender has, so the search finds only this test's tender. */
	private static String randomWord() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
