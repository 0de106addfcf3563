package io.github.nhstendertracker.editing;

/**
 * A new password typed twice; with the current password too when people change their own.
 * An admin resetting someone else's password leaves the current one empty.
 */
public class PasswordForm {

	private String currentPassword = "";

	private String password = "";

	private String confirmPassword = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
