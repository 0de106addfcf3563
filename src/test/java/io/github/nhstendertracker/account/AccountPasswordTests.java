package io.github.nhstendertracker.account;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signed-in people change their own password; the change rolls back with each test. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
@Transactional
class AccountPasswordTests {

	static final String CURRENT = "the current password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private TestUsers testUsers;

	@Autowired
	private JdbcClient jdbc;

	private AppUser me;

	private RequestPostProcessor signedIn;

	@BeforeEach
	void createUser() {
		this.me = this.testUsers.create("p", CURRENT, Role.EDITOR);
		this.signedIn = user(this.me.getUsername()).roles("EDITOR");
	}

	@Test
	void page_rendersForAnySignedInUser() throws Exception {
		this.mvc.perform(get("/account/password").with(this.signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change your password")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")));
	}

	@Test
	void wrongCurrentPassword_isRefusedAndNothingChanges() throws Exception {
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", "not my password at all")
				.param("password", "a brand new password")
				.param("confirmPassword", "a brand new password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Change your password")))
			.andExpect(content().string(containsString("Your current password is not correct")))
			.andExpect(content().string(not(containsString("a brand new password"))));
		assertThat(this.testUsers.hasPassword(this.me.getId(), CURRENT)).isTrue();
	}

	@Test
	void newPassword_followsThePasswordRule_andMustBeConfirmed() throws Exception {
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("password", "too short")
				.param("confirmPassword", "too short"))
			.andExpect(content().string(containsString("Password must be 12 characters or more")));
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("password", "a brand new password")
				.param("confirmPassword", "a different password"))
			.andExpect(content().string(containsString("The passwords do not match")));
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("password", CURRENT)
				.param("confirmPassword", CURRENT))
			.andExpect(content().string(containsString("must be different from your current password")));
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("password", "é".repeat(40))
				.param("confirmPassword", "é".repeat(40)))
			.andExpect(content().string(containsString("72 bytes or fewer")));
	}

	@Test
	void rightCurrentPassword_changesItAndShowsTheBanner() throws Exception {
		String next = "a brand new password";
		this.mvc
			.perform(post("/account/password").with(this.signedIn)
				.with(csrf())
				.param("currentPassword", CURRENT)
				.param("password", next)
				.param("confirmPassword", next))
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("saved", "Your password has been changed."));
		AppUser changed = this.users.findById(this.me.getId()).orElseThrow();
		assertThat(changed.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.testUsers.hasPassword(this.me.getId(), next)).isTrue();
		assertThat(changed.getPasswordChangedAt()).isAfterOrEqualTo(this.me.getPasswordChangedAt());
		String audit = this.jdbc.sql(
				"select actor || ' ' || changes::text from audit_record where entity_type = 'USER' and entity_id = :id")
			.param("id", this.me.getId())
			.query(String.class)
			.single();
		assertThat(audit).startsWith(this.me.getUsername()).contains("\"changed\"").doesNotContain(next);
		this.mvc
			.perform(get("/account/password").with(this.signedIn).flashAttr("saved", "Your password has been changed."))
			.andExpect(content().string(containsString("govuk-notification-banner--success")));
	}

}
