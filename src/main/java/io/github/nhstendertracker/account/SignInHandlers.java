package io.github.nhstendertracker.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts for the lockout and sends the browser on: back to the page the
 * user wanted (or the admin home) on success, back to the form with a reason on failure.
 */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SignInAttempts attempts;

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInHandlers(SignInAttempts attempts) {
		this.attempts = attempts;
		this.next.setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		this.attempts.record(authentication.getName(), true);
		this.next.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		boolean locked = exception instanceof LockedException;
		if (!locked) {
			// A locked name's attempts are refused unread, and do not extend the lock.
			this.attempts.record(username, false);
			locked = this.attempts.lockedUntil(username).isPresent();
		}
		HttpSession session = request.getSession();
		session.setAttribute(SignInController.LAST_USERNAME,
				(username != null && username.length() <= 60) ? username : "");
		response.sendRedirect(request.getContextPath() + (locked ? "/sign-in?locked" : "/sign-in?error"));
	}

}
