package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.SignInAttempts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * An admin sets a new password for someone, which also lifts any lock from failed
 * sign-ins. The audit says only that the password was reset.
 */
@Component
public class PasswordResets extends PasswordChanges {

	PasswordResets(AppUserRepository users, PasswordEncoder encoder, SignInAttempts attempts) {
		super(users, encoder, attempts);
	}

	@Override
	public String check(PasswordForm form, RecordKey key, AppUser user, Errors errors) {
		checkNewPassword(form.getPassword(), form.getConfirmPassword(), errors);
		return form.getPassword();
	}

	@Override
	String how() {
		return "reset";
	}

}
