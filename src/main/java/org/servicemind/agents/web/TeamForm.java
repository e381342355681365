package org.servicemind.agents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new team, or a new skill when only {@code name} is used. */
record TeamForm(@NotBlank(message = "Please enter a name.") @Size(max = 100,
		message = "Please use at most 100 characters.") String name,
		@Nullable @Size(max = 500, message = "Please use at most 500 characters.") String description) {
}
