package org.servicemind.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.servicemind.shared.EmailAddress;

/** Command to register a customer. */
public record NewCustomer(@NotBlank @Size(max = 200) String name, @NotBlank @Email(regexp = EmailAddress.SHAPE_REGEX) @Size(max = 254) String email,
		@Nullable @Size(max = 200) String organisation, @Nullable String timeZone, @Nullable String language,
		@Nullable @Size(max = 10000) String notes) {
}
