package io.github.nhstendertracker.ocds;

/**
 * What went wrong with one part of a file that could not become a release.
 *
 * @param position where it was
 * @param reason a short sentence for the import report
 */
public record ReadProblem(Position position, String reason) {

	/** Such as {@code "release 12, line 340: no ocid"}. */
	public String describe() {
		return this.position.describe() + ": " + this.reason;
	}

}
