package io.github.nhstendertracker.editing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Adding a user: a username unique ignoring case (checked, and caught by
 * {@code app_user_username_uq} when two admins add the same one at once), a name, a role
 * and a password that follows the password rules.
 */
@Component
public class NewUsers extends UserRecord<NewUserForm, NewUsers.Values> {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	private final PasswordEncoder encoder;

	NewUsers(AppUserRepository users, PasswordEncoder encoder) {
		super(users);
		this.encoder = encoder;
	}

	record Values(String username, String name, Role role, String password) {
	}

	@Override
	public Values check(NewUserForm form, RecordKey key, AppUser current, Errors errors) {
		String username = (form.getUsername() != null) ? form.getUsername().trim().toLowerCase(Locale.ROOT) : "";
		if (username.isEmpty()) {
			errors.rejectValue("username", "required", "Enter a username");
		}
		else if (username.length() > USERNAME_MAX) {
			errors.rejectValue("username", "length", "Username must be " + USERNAME_MAX + " characters or fewer");
		}
		else if (!USERNAME.matcher(username).matches()) {
			errors.rejectValue("username", "pattern", "Username must start with a letter or number and contain "
					+ "only letters, numbers, full stops, hyphens and underscores");
		}
		else if (this.users.findByUsername(username).isPresent()) {
			errors.rejectValue("username", "taken", "There is already a user with this username");
		}
		String name = checkName(form.getDisplayName(), errors);
		Role role = checkRole(form.getRole(), errors);
		checkNewPassword(form.getPassword(), form.getConfirmPassword(), errors);
		return new Values(username, name, role, form.getPassword());
	}

	@Override
	public AppUser newRecord(RecordKey key, Values values) {
		return new AppUser(values.username(), values.name(), this.encoder.encode(values.password()), values.role());
	}

	@Override
	public void apply(AppUser user, Values values) {
	}

	/** A new user's fields, and that a password was set. */
	@Override
	public Map<String, String> snapshot(AppUser user) {
		Map<String, String> fields = super.snapshot(user);
		fields.put("Password", "set");
		return fields;
	}

	@Override
	public boolean duplicate(String constraint, NewUserForm form, Errors errors) {
		if (!"app_user_username_uq".equals(constraint)) {
			return false;
		}
		errors.rejectValue("username", "taken", "There is already a user with this username");
		return true;
	}

	@Override
	public NewUserForm formOf(AppUser user) {
		return new NewUserForm();
	}

}
