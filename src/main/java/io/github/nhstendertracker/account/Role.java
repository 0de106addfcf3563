package io.github.nhstendertracker.account;

/**
 * What a signed-in user may do. An admin may do everything an editor may, and also
 * archive, restore, delete and manage users.
 */
public enum Role {

	ADMIN("Admin", "Enter, correct, archive and restore data; manage users"),
	EDITOR("Editor", "Enter and correct data");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** The Spring Security authority, such as {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
