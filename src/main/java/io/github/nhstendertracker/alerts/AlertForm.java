package io.github.nhstendertracker.alerts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address to send a search's alerts to, as typed. */
class AlertForm {

	@NotBlank(message = "Enter your e-mail address")
	@Size(max = 320, message = "E-mail address must be 320 characters or fewer")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
			message = "Enter an e-mail address in the correct format, like name@example.com")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
