package org.servicemind.agents;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.servicemind.shared.EmailAddress;

/** Command to create an agent account. The password is hashed with BCrypt before it is stored. */
public record NewAgent(@NotBlank @Pattern(regexp = "[a-z0-9._-]{2,64}") String username,
		@NotBlank @Size(max = 200) String name, @NotBlank @Email(regexp = EmailAddress.SHAPE_REGEX) String email,
		@NotBlank @Size(min = 4, max = 100) String password, @NotEmpty Set<AgentRole> roles, List<String> teams,
		List<String> skills, List<String> languages) {
}
