package io.github.nhstendertracker.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who makes a change, as the audit's "who" shows it: a person by username, an import run
 * by its number, or the application itself.
 *
 * @param name the name the audit records
 * @param person whether a signed-in person made it
 */
public record Actor(String name, boolean person) {

	/** The application itself, for changes nobody asked for. */
	public static final Actor SYSTEM = new Actor("system", false);

	/** A person, by the username they sign in with. */
	public static Actor person(String username) {
		return new Actor(username, true);
	}

	/** A run of the importer, by its number. */
	public static Actor importRun(long run) {
		return new Actor("import run " + run, false);
	}

	/** Whoever is signed in on this thread, or {@link #SYSTEM}. */
	public static Actor signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return person(authentication.getName());
	}

}
