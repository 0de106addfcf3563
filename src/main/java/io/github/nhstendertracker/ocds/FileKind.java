package io.github.nhstendertracker.ocds;

/**
 * What an OCDS file turned out to be, as {@link ReleaseReader#kind()} reports it.
 */
public enum FileKind {

	/** One JSON object with a {@code releases} array. */
	RELEASE_PACKAGE,

	/** One JSON object with a {@code records} array. */
	RECORD_PACKAGE,

	/**
	 * One JSON value a line, each a release or a release or record package; also a file
	 * that holds a single bare release (or record) object.
	 */
	JSON_LINES,

	/** JSON, but neither a package nor a release (a JSON Schema, an array, a scalar). */
	NOT_OCDS,

	/** No bytes, or only white space. */
	EMPTY,

	/** Not JSON, or JSON that breaks before anything of it could be read. */
	BROKEN

}
