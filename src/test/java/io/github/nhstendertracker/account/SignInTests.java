package io.github.nhstendertracker.account;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in through the real form against the real database: the lockout, the session id
 * change, sign-out and the sign-in page's messages. Attempts are committed as they would
 * be in production, so each test deletes its user, attempts and audit rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class SignInTests {

	static final String PASSWORD = "the right password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private TestUsers testUsers;

	@Autowired
	private JdbcClient jdbc;

	private AppUser user;

	private MockHttpSession session;

	@BeforeEach
	void createUser() {
		this.user = this.testUsers.create("signin-", PASSWORD, Role.EDITOR);
		this.session = new MockHttpSession();
	}

	@AfterEach
	void deleteUser() {
		this.testUsers.delete(this.user);
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return this.mvc.perform(post("/sign-in").with(csrf())
			.session(this.session)
			.param("username", username)
			.param("password", password));
	}

	private void insertFailure(String ago) {
		this.jdbc.sql("""
				insert into sign_in_attempt (username, attempted_at, succeeded)
				values (:u, now() - cast(:ago as interval), false)""")
			.param("u", this.user.getUsername())
			.param("ago", ago)
			.update();
	}

	@Test
	void fiveWrongPasswords_lockTheAccount_evenAgainstTheRightOne() throws Exception {
		for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
			signIn(this.user.getUsername(), "wrong password " + i).andExpect(redirectedUrl("/sign-in?error"))
				.andExpect(unauthenticated());
		}
		signIn(this.user.getUsername(), "wrong password 5").andExpect(redirectedUrl("/sign-in?locked"));
		signIn(this.user.getUsername(), PASSWORD).andExpect(redirectedUrl("/sign-in?locked"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/sign-in").param("locked", "").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Sign in")))
			.andExpect(content().string(containsString("This account is locked because of 5 failed sign-in attempts")))
			.andExpect(content().string(containsString("value=\"" + this.user.getUsername() + "\"")));
		// Capitals do not get round the lock.
		signIn(this.user.getUsername().toUpperCase(), PASSWORD).andExpect(redirectedUrl("/sign-in?locked"));
	}

	@Test
	void aSuccess_resetsTheCount() throws Exception {
		for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
			signIn(this.user.getUsername(), "wrong").andExpect(redirectedUrl("/sign-in?error"));
		}
		signIn(this.user.getUsername(), PASSWORD).andExpect(authenticated().withUsername(this.user.getUsername()));
		this.session = new MockHttpSession();
		for (int i = 1; i < SignInAttempts.MAX_FAILURES; i++) {
			signIn(this.user.getUsername(), "wrong").andExpect(redirectedUrl("/sign-in?error"));
		}
		signIn(this.user.getUsername(), PASSWORD).andExpect(redirectedUrl("/admin")).andExpect(authenticated());
	}

	@Test
	void failuresOlderThanFifteenMinutes_doNotCount() throws Exception {
		for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
			insertFailure("16 minutes");
		}
		signIn(this.user.getUsername(), "wrong").andExpect(redirectedUrl("/sign-in?error"));
		signIn(this.user.getUsername(), PASSWORD).andExpect(authenticated());
	}

	@Test
	void recentFailuresInserted_doCount() throws Exception {
		for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
			insertFailure("14 minutes");
		}
		signIn(this.user.getUsername(), PASSWORD).andExpect(redirectedUrl("/sign-in?locked"))
			.andExpect(unauthenticated());
	}

	@Test
	void wrongPassword_showsTheErrorAndKeepsTheUsername() throws Exception {
		signIn(this.user.getUsername(), "wrong").andExpect(redirectedUrl("/sign-in?error"));
		this.mvc.perform(get("/sign-in").param("error", "").session(this.session))
			.andExpect(content().string(containsString("Enter a correct username and password")))
			.andExpect(content().string(containsString("value=\"" + this.user.getUsername() + "\"")));
		// The name is shown once only.
		this.mvc.perform(get("/sign-in").session(this.session))
			.andExpect(content().string(not(containsString("value=\"" + this.user.getUsername() + "\""))))
			.andExpect(content().string(not(containsString("Enter a correct username and password"))));
	}

	@Test
	void disabledAccount_cannotSignIn() throws Exception {
		this.user.setEnabled(false);
		this.user = this.users.save(this.user);
		signIn(this.user.getUsername(), PASSWORD).andExpect(redirectedUrl("/sign-in?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void signIn_changesTheSessionId_andSignOutInvalidatesTheSession() throws Exception {
		this.mvc.perform(get("/sign-in").session(this.session)).andExpect(status().isOk());
		String before = this.session.getId();
		MvcResult result = signIn(this.user.getUsername(), PASSWORD).andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated())
			.andReturn();
		String after = result.getRequest().getSession(false).getId();
		assertThat(after).isNotEqualTo(before);
		assertThat(this.session.isInvalid()).isFalse();

		this.mvc.perform(post("/sign-out").with(csrf()).session(this.session))
			.andExpect(redirectedUrl("/sign-in?signed-out"))
			.andExpect(unauthenticated());
		assertThat(this.session.isInvalid()).isTrue();
		this.mvc.perform(get("/sign-in").param("signed-out", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void signOut_withoutCsrf_isRefused() throws Exception {
		signIn(this.user.getUsername(), PASSWORD).andExpect(authenticated());
		this.mvc.perform(post("/sign-out").session(this.session)).andExpect(status().isForbidden());
		assertThat(this.session.isInvalid()).isFalse();
	}

}
