package io.github.nhstendertracker.account;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.editing.FirstAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app also starts without a web server, as {@code scripts/generate-data.sh} runs it
 * to migrate a database: the first admin still needs the password encoder.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@Import(TestDatabaseConfiguration.class)
class WithoutWebServerTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void startsWithAPasswordEncoderAndNoWebSecurity() {
		PasswordEncoder encoder = this.context.getBean(PasswordEncoder.class);
		assertThat(encoder.encode("a-long-password-here")).startsWith("{bcrypt}");
		assertThat(this.context.getBeanNamesForType(FirstAdmin.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class))
			.isEmpty();
	}

}
