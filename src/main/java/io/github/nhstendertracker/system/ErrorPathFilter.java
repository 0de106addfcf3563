package io.github.nhstendertracker.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request made straight to the error page's path ({@code /error}) with the
 * site's 404 page. Spring Boot's error controller only knows what went wrong when the
 * container forwards a failed request to it; asked directly it has no status and answered
 * 500, as if the site were broken. Forwarded errors are not requests, so this filter
 * never sees them.
 */
class ErrorPathFilter extends OncePerRequestFilter {

	private final String errorPath;

	ErrorPathFilter(String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() != DispatcherType.REQUEST
				|| !this.errorPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
