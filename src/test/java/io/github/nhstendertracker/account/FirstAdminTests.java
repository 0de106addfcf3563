package io.github.nhstendertracker.account;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * No default password: a first start creates 'admin' with ADMIN_PASSWORD or a fresh
 * random one. Each test empties the users table inside its transaction, which rolls back.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class FirstAdminTests {

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	/** Remembers the raw password it was last asked to hash. */
	static final class RecordingEncoder implements PasswordEncoder {

		private final PasswordEncoder next;

		private String raw;

		RecordingEncoder(PasswordEncoder next) {
			this.next = next;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			this.raw = rawPassword.toString();
			return this.next.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return this.next.matches(rawPassword, encodedPassword);
		}

	}

	private String startWithNoUsers(String configured) {
		this.jdbc.sql("delete from app_user").update();
		RecordingEncoder recording = new RecordingEncoder(this.encoder);
		new FirstAdmin(this.users, recording, configured).run(null);
		return recording.raw;
	}

	@Test
	void withoutAdminPassword_eachFirstStartGeneratesADifferentLongPassword() {
		String first = startWithNoUsers("");
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}$2");
		assertThat(first).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
		assertThat(this.encoder.matches(first, admin.getPasswordHash())).isTrue();
		assertThat(this.users.count()).isOne();

		String second = startWithNoUsers("");
		assertThat(second).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH).isNotEqualTo(first);
		assertThat(FirstAdmin.generate()).isNotEqualTo(FirstAdmin.generate());
		for (String guess : new String[] { "admin", "password", "changeme", "admin123", "" }) {
			assertThat(this.encoder.matches(guess, this.users.findByUsername("admin").orElseThrow().getPasswordHash()))
				.isFalse();
		}
	}

	@Test
	void withAdminPassword_thatPasswordWorks() {
		startWithNoUsers("a chosen admin password");
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.encoder.matches("a chosen admin password", admin.getPasswordHash())).isTrue();
	}

	@Test
	void tooShortAdminPassword_stopsStartUpWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> startWithNoUsers("short"))
			.withMessageContaining("ADMIN_PASSWORD")
			.withMessageContaining("12 characters or more");
		assertThat(this.users.count()).isZero();
	}

	@Test
	void withUsersAlready_nothingIsCreated() {
		this.jdbc.sql("delete from app_user").update();
		AppUser someone = this.users
			.saveAndFlush(new AppUser("someone", "Someone", this.encoder.encode("some long password"), Role.ADMIN));
		new FirstAdmin(this.users, this.encoder, "").run(null);
		assertThat(this.users.findAll()).containsExactly(someone);
	}

}
