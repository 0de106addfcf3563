package io.github.nhstendertracker.editing;

import java.security.SecureRandom;

import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * On a first start with no accounts, creates the {@value #USERNAME} account. Its password
 * is {@code ADMIN_PASSWORD} when that is set; otherwise a random one, printed once in the
 * log. There is no default password anywhere. The account is added like any other, by the
 * {@link EditPipeline} with its checks and audit, as made by the application. A command
 * run from the command line (such as the import) makes none: its output is not where
 * anyone would look for a password.
 */
@Component
@ConditionalOnProperty(name = "tracker.command", matchIfMissing = true, havingValue = "none")
public class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GENERATED_LENGTH = 20;

	private final AppUserRepository users;

	private final EditPipeline edits;

	private final NewUsers newUsers;

	private final String configuredPassword;

	FirstAdmin(AppUserRepository users, EditPipeline edits, NewUsers newUsers,
			@Value("${tracker.admin.password:}") String configuredPassword) {
		this.users = users;
		this.edits = edits;
		this.newUsers = newUsers;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNone(this.configuredPassword);
	}

	/**
	 * Adds the first account when there is none.
	 * @param configured the password to give it, or empty for a generated one
	 * @return the password it was given, or null when there were accounts already
	 * @throws IllegalStateException if the configured password breaks the password rules
	 */
	public String createIfNone(String configured) {
		if (this.users.count() > 0) {
			return null;
		}
		boolean generated = !StringUtils.hasText(configured);
		String password = generated ? generate() : configured;
		NewUserForm form = new NewUserForm();
		form.setUsername(USERNAME);
		form.setDisplayName("Administrator");
		form.setRole(Role.ADMIN.name());
		form.setPassword(password);
		form.setConfirmPassword(password);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		if (!this.edits.create(this.newUsers, RecordKey.create(), form, errors, Actor.SYSTEM).isSaved()) {
			String problem = (errors.getFieldError() != null) ? errors.getFieldError().getDefaultMessage()
					: "it could not be saved";
			throw new IllegalStateException("ADMIN_PASSWORD is not usable: " + problem);
		}
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
		return password;
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
