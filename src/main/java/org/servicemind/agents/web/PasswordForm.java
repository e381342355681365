package org.servicemind.agents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an admin. */
record PasswordForm(@NotBlank(message = "Please enter a new password.") @Size(min = 8, max = 100,
		message = "Use 8 to 100 characters.") String password) {
}
