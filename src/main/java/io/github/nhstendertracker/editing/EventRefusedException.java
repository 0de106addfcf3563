package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.event.TenderLifecycle;

/**
 * A change to a timeline that {@link TenderLifecycle} refuses, such as removing an award
 * that a later contract start needs. Nothing is saved; the message says why.
 */
public class EventRefusedException extends RuntimeException {

	public EventRefusedException(String message) {
		super(message);
	}

}
