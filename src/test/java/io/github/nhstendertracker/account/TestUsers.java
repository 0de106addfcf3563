package io.github.nhstendertracker.account;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users for tests: each with a unique username, a known password and a role, and a way to
 * remove one with every row signing in and editing it left behind.
 */
@TestComponent
class TestUsers {

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	TestUsers(AppUserRepository users, PasswordEncoder encoder, JdbcClient jdbc) {
		this.users = users;
		this.encoder = encoder;
		this.jdbc = jdbc;
	}

	/** Saves a user called {@code prefix} and a random suffix, named "Test" and that. */
	AppUser create(String prefix, String password, Role role) {
		String name = prefix + UUID.randomUUID().toString().substring(0, 8);
		return this.users.saveAndFlush(new AppUser(name, "Test " + name, this.encoder.encode(password), role));
	}

	/** Whether the user, as saved now, has this password. */
	boolean hasPassword(long id, String password) {
		return this.encoder.matches(password, this.users.findById(id).orElseThrow().getPasswordHash());
	}

	/** Removes a committed user with its sign-in attempts and audit records. */
	void delete(AppUser user) {
		this.jdbc.sql("delete from sign_in_attempt where username = :u").param("u", user.getUsername()).update();
		this.jdbc.sql("delete from audit_record where entity_type = 'USER' and entity_id = :id")
			.param("id", user.getId())
			.update();
		this.users.deleteById(user.getId());
	}

}
