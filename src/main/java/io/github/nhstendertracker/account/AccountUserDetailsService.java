package io.github.nhstendertracker.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from PostgreSQL for sign-in. A name locked by failed attempts is
 * reported as locked, so Spring Security refuses it before it checks the password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final SignInAttempts attempts;

	AccountUserDetailsService(AppUserRepository users, SignInAttempts attempts) {
		this.users = users;
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.authorities(List.of(new SimpleGrantedAuthority(user.getRole().authority())))
			.disabled(!user.isEnabled())
			.accountLocked(this.attempts.lockedUntil(user.getUsername()).isPresent())
			.build();
	}

}
