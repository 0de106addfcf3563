package io.github.nhstendertracker.editing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.admin.EditConflicts;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Passwords;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.account.SignInAttempts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds users, changes their role, name and access, and sets passwords, with the rules
 * that keep the service manageable: usernames are unique ignoring case, every password
 * follows {@link Passwords#problem}, and nobody can remove the last enabled admin or
 * their own admin rights. Every change is audited as a {@link AuditEntity#USER} record; a
 * password appears in the audit only as the word "set", "reset" or "changed".
 */
@Service
public class UserService {

	static final int USERNAME_MAX = 60;

	static final int NAME_MAX = 100;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final SignInAttempts attempts;

	private final AuditLog audit;

	UserService(AppUserRepository users, PasswordEncoder encoder, SignInAttempts attempts, AuditLog audit) {
		this.users = users;
		this.encoder = encoder;
		this.attempts = attempts;
		this.audit = audit;
	}

	/** Every user, by username, with whether failed sign-ins lock them now. */
	@Transactional(readOnly = true)
	public List<UserRow> list() {
		return this.users.findAllInOrder()
			.stream()
			.map((user) -> new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
					user.isEnabled(), format(user.getCreatedAt()), format(user.getPasswordChangedAt()),
					this.attempts.lockedUntil(user.getUsername()).isPresent()))
			.toList();
	}

	@Transactional(readOnly = true)
	public AppUser find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	/**
	 * Adds a user if the form is valid; otherwise reports each problem on {@code errors}
	 * and saves nothing.
	 */
	@Transactional
	public Optional<AppUser> create(NewUserForm form, Errors errors) {
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
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		AppUser user = this.users
			.saveAndFlush(new AppUser(username, name, this.encoder.encode(form.getPassword()), role));
		Map<String, String> after = snapshot(user);
		after.put("Password", "set");
		this.audit.record(AuditAction.CREATE, AuditEntity.USER, user.getId(), user.getVersion(), label(user), null,
				FieldChange.created(after));
		return Optional.of(user);
	}

	/**
	 * Changes a user's name, role and access. Refused with a reason on {@code errors}
	 * when it would leave no enabled admin, or take the signed-in admin's own rights
	 * away.
	 * @throws EditConflictException if someone changed the user after the form was opened
	 */
	@Transactional
	public boolean update(long id, UserEditForm form, Errors errors) {
		AppUser user = find(id);
		long formVersion = EditConflicts.parseVersion(form.getVersion());
		if (user.getVersion() != formVersion) {
			throw new EditConflictException(AuditEntity.USER, id, formVersion, user.getVersion());
		}
		String name = checkName(form.getDisplayName(), errors);
		Role role = checkRole(form.getRole(), errors);
		Boolean enabled = checkEnabled(form.getEnabled(), errors);
		if (errors.hasErrors()) {
			return false;
		}
		boolean removesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (role != Role.ADMIN || !enabled);
		if (removesAdmin && user.getUsername().equalsIgnoreCase(AuditLog.currentActor())) {
			if (role != Role.ADMIN) {
				errors.rejectValue("role", "self", "You cannot remove your own admin role. Ask another admin to do it");
			}
			if (!enabled) {
				errors.rejectValue("enabled", "self", "You cannot disable your own account");
			}
			return false;
		}
		if (removesAdmin && this.users.lockEnabledWithRole(Role.ADMIN).size() <= 1) {
			errors.rejectValue((role != Role.ADMIN) ? "role" : "enabled", "lastAdmin",
					"This is the only enabled admin. Make another user an admin first");
			return false;
		}
		Map<String, String> before = snapshot(user);
		user.setDisplayName(name);
		user.setRole(role);
		user.setEnabled(enabled);
		user = this.users.saveAndFlush(user);
		this.audit.record(AuditAction.UPDATE, AuditEntity.USER, id, user.getVersion(), label(user), null,
				FieldChange.between(before, snapshot(user)));
		return true;
	}

	/**
	 * An admin sets a new password for someone, which also lifts any lock from failed
	 * sign-ins.
	 */
	@Transactional
	public boolean resetPassword(long id, PasswordForm form, Errors errors) {
		AppUser user = find(id);
		checkNewPassword(form.getPassword(), form.getConfirmPassword(), errors);
		if (errors.hasErrors()) {
			return false;
		}
		setPassword(user, form.getPassword(), "reset");
		this.attempts.clear(user.getUsername());
		return true;
	}

	/** Signed-in people change their own password, proving they know the current one. */
	@Transactional
	public boolean changeOwnPassword(String username, PasswordForm form, Errors errors) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("user called", username));
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
		if (errors.hasErrors()) {
			return false;
		}
		setPassword(user, form.getPassword(), "changed");
		return true;
	}

	private void setPassword(AppUser user, String password, String how) {
		user.changePassword(this.encoder.encode(password));
		user = this.users.saveAndFlush(user);
		this.audit.record(AuditAction.UPDATE, AuditEntity.USER, user.getId(), user.getVersion(), label(user), null,
				List.of(new FieldChange("Password", null, how)));
	}

	private static String checkName(String value, Errors errors) {
		String name = (value != null) ? value.trim() : "";
		if (name.isEmpty()) {
			errors.rejectValue("displayName", "required", "Enter a name");
		}
		else if (name.length() > NAME_MAX) {
			errors.rejectValue("displayName", "length", "Name must be " + NAME_MAX + " characters or fewer");
		}
		return name;
	}

	private static Role checkRole(String value, Errors errors) {
		for (Role role : Role.values()) {
			if (role.name().equals(value)) {
				return role;
			}
		}
		errors.rejectValue("role", "required", "Select a role");
		return null;
	}

	private static Boolean checkEnabled(String value, Errors errors) {
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf(value);
		}
		errors.rejectValue("enabled", "required", "Select whether this user can sign in");
		return null;
	}

	private static void checkNewPassword(String password, String confirm, Errors errors) {
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

	private static Map<String, String> snapshot(AppUser user) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Username", user.getUsername());
		fields.put("Name", user.getDisplayName());
		fields.put("Role", user.getRole().label());
		fields.put("Can sign in", user.isEnabled() ? "Yes" : "No");
		return fields;
	}

	private static String label(AppUser user) {
		return user.getDisplayName() + " (" + user.getUsername() + ")";
	}

	private static String format(Instant instant) {
		return (instant != null) ? WHEN.format(instant) : "";
	}

	/** One line of the users page. */
	public record UserRow(long id, String username, String displayName, Role role, boolean enabled, String created,
			String passwordChanged, boolean locked) {
	}

}
