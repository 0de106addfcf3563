package io.github.nhstendertracker.ocds;

/**
 * Where a release (or a problem) was in a file.
 *
 * @param file the file's path or name as given to the reader
 * @param index the 1-based number of the release in the file, counting every entry meant
 * to be a release, readable or not, so the numbers match the file; 0 when the position is
 * not a release (a problem with the file itself)
 * @param line the line where the release starts: the JSON Lines line, or the parser's
 * line for a package (for a record package, the line where the record starts); 0 when
 * unknown
 */
public record Position(String file, long index, long line) {

	/** Such as {@code "release 12, line 340"}, {@code "line 3"} or {@code "the file"}. */
	public String describe() {
		if (this.index > 0 && this.line > 0) {
			return "release " + this.index + ", line " + this.line;
		}
		if (this.index > 0) {
			return "release " + this.index;
		}
		return (this.line > 0) ? "line " + this.line : "the file";
	}

}
