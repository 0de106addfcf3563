package io.github.nhstendertracker.editing;

/**
 * A change refused as a whole, with a reason a person can act on, such as removing an
 * event the rest of the timeline needs. Nothing is written.
 */
public class RefusedException extends RuntimeException {

	public RefusedException(String reason) {
		super(reason);
	}

}
