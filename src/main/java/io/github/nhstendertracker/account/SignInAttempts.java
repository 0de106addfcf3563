package io.github.nhstendertracker.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sign-in attempts by the name typed, whether or not an account has it, and
 * decides when a name is locked: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW}, with no success since, it stays locked until the oldest of those
 * failures is {@link #WINDOW} old.
 */
@Service
public class SignInAttempts {

	public static final int MAX_FAILURES = 5;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	SignInAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an attempt in its own transaction, so a failed sign-in still counts. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String username, boolean succeeded) {
		this.jdbc.sql("insert into sign_in_attempt (username, succeeded) values (:username, :succeeded)")
			.param("username", key(username))
			.param("succeeded", succeeded)
			.update();
	}

	/** When the name's lock ends, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		List<OffsetDateTime> failures = this.jdbc.sql("""
				select attempted_at from sign_in_attempt a
				where a.username = :username and not a.succeeded
				  and a.attempted_at > now() - make_interval(secs => :window)
				  and a.attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
				                                 where s.username = :username and s.succeeded), '-infinity')
				order by a.attempted_at desc limit :max""")
			.param("username", key(username))
			.param("window", WINDOW.toSeconds())
			.param("max", MAX_FAILURES)
			.query(OffsetDateTime.class)
			.list();
		if (failures.size() < MAX_FAILURES) {
			return Optional.empty();
		}
		return Optional.of(failures.get(failures.size() - 1).toInstant().plus(WINDOW));
	}

	/** Lifts any lock, as when an admin resets the password. */
	@Transactional
	public void clear(String username) {
		record(username, true);
	}

	static String key(String username) {
		String trimmed = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (trimmed.length() > 60) ? trimmed.substring(0, 60) : trimmed;
	}

}
