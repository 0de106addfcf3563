package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.SignInAttempts;
import io.github.nhstendertracker.common.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Signed-in people change their own password, proving they know the current one. The new
 * one must differ from it.
 */
@Component
public class OwnPasswords extends PasswordChanges {

	private final PasswordEncoder encoder;

	OwnPasswords(AppUserRepository users, PasswordEncoder encoder, SignInAttempts attempts) {
		super(users, encoder, attempts);
		this.encoder = encoder;
	}

	/** The id of the user with this username, for the key of their own change. */
	public RecordKey keyOf(String username) {
		return RecordKey.of(this.users.findByUsername(username)
			.map(AppUser::getId)
			.orElseThrow(() -> new NotFoundException("user called", username)));
	}

	@Override
	public String check(PasswordForm form, RecordKey key, AppUser user, Errors errors) {
		String current = (form.getCurrentPassword() != null) ? form.getCurrentPassword() : "";
		if (current.isEmpty()) {
			errors.rejectValue("currentPassword", "required", "Enter your current password");
		}
		else if (!this.encoder.matches(current, user.getPasswordHash())) {
			errors.rejectValue("currentPassword", "wrong", "Your current password is not correct");
		}
		checkNewPassword(form.getPassword(), form.getConfirmPassword(), errors);
		if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("currentPassword")
				&& current.equals(form.getPassword())) {
			errors.rejectValue("password", "same", "Your new password must be different from your current password");
		}
		return form.getPassword();
	}

	@Override
	String how() {
		return "changed";
	}

}
