package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Passwords;
import io.github.nhstendertracker.account.Role;
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

	@Autowired
	private FirstAdmin firstAdmin;

	private String startWithNoUsers(String configured) {
		this.jdbc.sql("delete from app_user").update();
		return this.firstAdmin.createIfNone(configured);
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
	void theFirstAccount_isAuditedAsMadeByTheApplication() {
		startWithNoUsers("a chosen admin password");
		long id = this.users.findByUsername("admin").orElseThrow().getId();
		assertThat(this.jdbc.sql("select actor from audit_record where entity_type = 'USER' and entity_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("system");
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
		assertThat(this.firstAdmin.createIfNone("")).isNull();
		assertThat(this.users.findAll()).containsExactly(someone);
	}

}
