package io.github.nhstendertracker.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request we cannot answer because of what it asked for; the message says what to
 * change.
 */
public class BadRequestException extends ResponseStatusException {

	public BadRequestException(String message) {
		super(HttpStatus.BAD_REQUEST, message);
	}

}
