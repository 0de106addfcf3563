package io.github.nhstendertracker.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a first start with no accounts, creates the {@value #USERNAME} account. Its password
 * is {@code ADMIN_PASSWORD} when that is set; otherwise a random one, printed once in the
 * log. There is no default password anywhere.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GENERATED_LENGTH = 20;

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	FirstAdmin(AppUserRepository users, PasswordEncoder encoder,
			@Value("${tracker.admin.password:}") String configuredPassword) {
		this.users = users;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? generate() : this.configuredPassword;
		String problem = Passwords.problem(password);
		if (problem != null) {
			throw new IllegalStateException("ADMIN_PASSWORD is not usable: " + problem);
		}
		this.users.save(new AppUser(USERNAME, "Administrator", this.encoder.encode(password), Role.ADMIN));
		if (generated) {
			logger.warn("""

					========================================================================
					 Created the first account. Sign in at /sign-in as '{}' with password:
					     {}
					 This is shown only once. Change it at /account/password.
					 Set ADMIN_PASSWORD before the first start to choose it yourself.
					========================================================================""", USERNAME, password);
		}
		else {
			logger.info("Created the first account '{}' with the password from ADMIN_PASSWORD", USERNAME);
		}
	}

	static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
