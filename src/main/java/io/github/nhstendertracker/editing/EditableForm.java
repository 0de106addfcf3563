package io.github.nhstendertracker.editing;

/**
 * A form that edits a saved record and remembers the record's version and fields as they
 * were when the form was opened (its {@code version} and {@code base}), so that a save
 * refused because someone else saved first can be merged field by field
 * ({@link FormMerge}). The edit page carries the base in a hidden field, written by
 * {@code fragments/forms :: version}.
 */
public abstract class EditableForm {

	private String version;

	private String base;

	/**
	 * The record's optimistic-locking version when the form was opened, as the hidden
	 * field carries it.
	 * @return the version as text
	 */
	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	/**
	 * The version as a number. Anything that is not a number can never match a record's
	 * version, so it is read as -1 and the save conflicts.
	 * @return the version, or -1
	 */
	public long versionNumber() {
		return parseVersion(this.version);
	}

	/**
	 * Text as a version or id number, or -1 when it is not one.
	 * @param text the text sent
	 * @return the number, or -1
	 */
	public static long parseVersion(String text) {
		String trimmed = (text != null) ? text.trim() : "";
		return trimmed.matches("\\d{1,18}") ? Long.parseLong(trimmed) : -1;
	}

	/**
	 * The record's fields as the form was opened, encoded by {@link FormMerge#snapshot}.
	 * A form built from the record, not yet sent, is its own base.
	 * @return the encoded base
	 */
	public String getBase() {
		return (this.base != null) ? this.base : FormMerge.snapshot(this);
	}

	public void setBase(String base) {
		this.base = base;
	}

	/**
	 * Whether the browser sent a base. Without one, nothing is known about which fields
	 * the editor changed, so a merge keeps every value they sent.
	 * @return whether a base was sent
	 */
	public boolean hasSentBase() {
		return this.base != null && !this.base.isEmpty();
	}

}
