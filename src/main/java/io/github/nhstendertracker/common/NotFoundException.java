package io.github.nhstendertracker.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A record that does not exist (or not any more). Rendered as the 404 page, or a JSON 404
 * under /api.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "There is no " + what + " with id " + id + ".");
	}

}
