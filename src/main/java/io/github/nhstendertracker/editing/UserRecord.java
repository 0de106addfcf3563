package io.github.nhstendertracker.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Passwords;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.audit.AuditEntity;

import org.springframework.validation.Errors;

/**
 * What every change to a user shares: finding them, how the audit shows them (a password
 * appears only as the words "set", "reset" or "changed", never itself), and the rules for
 * names, roles and new passwords.
 *
 * @param <F> the form of this change
 * @param <V> the form once checked
 */
abstract class UserRecord<F, V> implements Editable<AppUser, F, V> {

	static final int USERNAME_MAX = 60;

	static final int NAME_MAX = 100;

	protected final AppUserRepository users;

	UserRecord(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public AuditEntity type() {
		return AuditEntity.USER;
	}

	@Override
	public Optional<AppUser> find(RecordKey key) {
		return (key.id() != null) ? this.users.findById(key.id()) : Optional.empty();
	}

	@Override
	public Map<String, String> snapshot(AppUser user) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Username", user.getUsername());
		fields.put("Name", user.getDisplayName());
		fields.put("Role", user.getRole().label());
		fields.put("Can sign in", user.isEnabled() ? "Yes" : "No");
		return fields;
	}

	@Override
	public long idOf(AppUser user) {
		return user.getId();
	}

	@Override
	public long versionOf(AppUser user) {
		return user.getVersion();
	}

	@Override
	public String labelOf(AppUser user) {
		return user.getDisplayName() + " (" + user.getUsername() + ")";
	}

	@Override
	public AppUser newRecord(RecordKey key, V values) {
		throw new UnsupportedOperationException("This change edits a user; it does not add one");
	}

	static String checkName(String value, Errors errors) {
		String name = (value != null) ? value.trim() : "";
		if (name.isEmpty()) {
			errors.rejectValue("displayName", "required", "Enter a name");
		}
		else if (name.length() > NAME_MAX) {
			errors.rejectValue("displayName", "length", "Name must be " + NAME_MAX + " characters or fewer");
		}
		return name;
	}

	static Role checkRole(String value, Errors errors) {
		Role role = Choices.of(Role.class, value);
		if (role == null) {
			errors.rejectValue("role", "required", "Select a role");
		}
		return role;
	}

	static void checkNewPassword(String password, String confirm, Errors errors) {
		String problem = Passwords.problem(password);
		if (problem != null) {
			errors.rejectValue("password", "password", problem);
		}
		else if (confirm == null || confirm.isEmpty()) {
			errors.rejectValue("confirmPassword", "required", "Enter the password again");
		}
		else if (!confirm.equals(password)) {
			errors.rejectValue("confirmPassword", "match", "The passwords do not match");
		}
	}

}
