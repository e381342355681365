package org.servicemind.ticketing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.MacroView;
import org.servicemind.ticketing.TicketStatus;

/** The admin form for a macro; an empty status or tag means "no action". */
record MacroForm(
		@NotBlank(message = "Please give the macro a name.") @Size(max = 100,
				message = "Please use at most 100 characters.") String name,
		@NotBlank(message = "Please write the reply text.") @Size(max = 10000,
				message = "Please keep the text under 10,000 characters.") String body,
		@Nullable TicketStatus setStatus,
		@Nullable @Size(max = 50, message = "Please use at most 50 characters.") String addTag) {

	static MacroForm empty() {
		return new MacroForm("", "Hi {{customer.firstName}},\n\n\n\nBest regards,\n{{agent.firstName}}", null, null);
	}

	static MacroForm of(MacroView macro) {
		return new MacroForm(macro.name(), macro.body(), macro.setStatus(), macro.addTag());
	}
}
