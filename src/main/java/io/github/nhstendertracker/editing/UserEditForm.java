package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.account.AppUser;

/**
 * The form that changes a user's name, role and whether they may sign in. Carries the
 * version the admin started from, for optimistic locking.
 */
public class UserEditForm extends EditableForm {

	private String displayName = "";

	private String role = "";

	private String enabled = "";

	public static UserEditForm of(AppUser user) {
		UserEditForm form = new UserEditForm();
		form.setDisplayName(user.getDisplayName());
		form.setRole(user.getRole().name());
		form.setEnabled(String.valueOf(user.isEnabled()));
		form.setVersion(String.valueOf(user.getVersion()));
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getEnabled() {
		return this.enabled;
	}

	public void setEnabled(String enabled) {
		this.enabled = enabled;
	}

}
