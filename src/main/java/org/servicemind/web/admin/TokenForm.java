package org.servicemind.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.web.security.ApiScope;

/** The admin form to issue an API token acting as {@code agent}. */
record TokenForm(
		@NotBlank(message = "Please name the token after what uses it, e.g. \"CRM sync\".") @Size(max = 100,
				message = "Please use at most 100 characters.") String name,
		@NotEmpty(message = "Pick at least one scope.") @Nullable Set<ApiScope> scopes,
		@Nullable UUID agent) {

	public boolean hasScope(ApiScope scope) {
		return scopes != null && scopes.contains(scope);
	}
}
