package io.github.nhstendertracker.editing;

import java.util.List;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.SignInAttempts;
import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.FieldChange;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What setting a new password shares, however it is set: the password is stored only as
 * its hash, any lock from failed sign-ins is lifted, and the audit says only how the
 * password changed, never the password.
 */
abstract class PasswordChanges extends UserRecord<PasswordForm, String> {

	private final PasswordEncoder encoder;

	private final SignInAttempts attempts;

	PasswordChanges(AppUserRepository users, PasswordEncoder encoder, SignInAttempts attempts) {
		super(users);
		this.encoder = encoder;
		this.attempts = attempts;
	}

	@Override
	public void apply(AppUser user, String password) {
		user.changePassword(this.encoder.encode(password));
	}

	@Override
	public void saved(AppUser user, String password, AuditTrail trail) {
		trail.record(AuditAction.UPDATE, type(), user.getId(), user.getVersion(), labelOf(user), null,
				List.of(new FieldChange("Password", null, how())));
		this.attempts.clear(user.getUsername());
	}

	/** How the audit words the change, such as "reset". */
	abstract String how();

	@Override
	public PasswordForm formOf(AppUser user) {
		return new PasswordForm();
	}

}
