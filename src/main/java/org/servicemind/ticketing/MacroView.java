package org.servicemind.ticketing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A macro. Placeholders in {@code body}: {@code {{customer.firstName}}}, {@code {{customer.name}}},
 * {@code {{ticket.number}}}, {@code {{ticket.subject}}}, {@code {{agent.name}}}, {@code {{agent.firstName}}}.
 */
public record MacroView(UUID id, String name, String body, @Nullable TicketStatus setStatus,
		@Nullable String addTag) {
}
