package io.github.nhstendertracker.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.account.SignInAttempts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users page's rows: every user, by username, and whether sign-ins lock them now. */
@Component
class UserRows {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final AppUserRepository users;

	private final SignInAttempts attempts;

	UserRows(AppUserRepository users, SignInAttempts attempts) {
		this.users = users;
		this.attempts = attempts;
	}

	/** One line of the users page. */
	public record UserRow(long id, String username, String displayName, Role role, boolean enabled, String created,
			String passwordChanged, boolean locked) {
	}

	@Transactional(readOnly = true)
	List<UserRow> list() {
		return this.users.findAllInOrder()
			.stream()
			.map((user) -> new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
					user.isEnabled(), format(user.getCreatedAt()), format(user.getPasswordChangedAt()),
					this.attempts.lockedUntil(user.getUsername()).isPresent()))
			.toList();
	}

	private static String format(Instant instant) {
		return (instant != null) ? WHEN.format(instant) : "";
	}

}
