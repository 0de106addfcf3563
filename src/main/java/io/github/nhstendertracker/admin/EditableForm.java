package io.github.nhstendertracker.admin;

/**
 * A form that edits a saved record and remembers the record as it was when the form was
 * opened (its {@code base}), so that a save refused because someone else saved first can
 * be merged field by field ({@link FormMerge}). The edit page carries the base in a
 * hidden field, written by {@code fragments/forms :: version}.
 */
public abstract class EditableForm {

	private String base;

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
