package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when the assignee changes; {@code to} is null when unassigned. */
public record TicketAssigned(UUID ticketId, long number, @Nullable UUID from, @Nullable UUID to, @Nullable UUID by, Instant at) {
}
