package io.github.nhstendertracker.browser;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An account a browser journey signs in with: made for the test with a unique name and a
 * long random password, signed in through the real form, and removed afterwards with its
 * audit records and sign-in attempts.
 */
final class JourneyAccount {

	static final String PASSWORD = "a-long-test-password-" + UUID.randomUUID();

	private final String username;

	private JourneyAccount(String username) {
		this.username = username;
	}

	static JourneyAccount create(AppUserRepository users, PasswordEncoder encoder, String prefix, Role role) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		users.save(new AppUser(username, "Journey " + role.name().toLowerCase(java.util.Locale.UK),
				encoder.encode(PASSWORD), role));
		return new JourneyAccount(username);
	}

	String username() {
		return this.username;
	}

	/** Fills in the sign-in form the page shows, and sends it. */
	void signIn(Page page) {
		page.getByLabel("Username").fill(this.username);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
	}

	void remove(JdbcClient jdbc) {
		jdbc.sql("delete from audit_record where actor = :actor").param("actor", this.username).update();
		jdbc.sql("delete from sign_in_attempt where username = :name").param("name", this.username).update();
		jdbc.sql("delete from app_user where username = :name").param("name", this.username).update();
	}

}
