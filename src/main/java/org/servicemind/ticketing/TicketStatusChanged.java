package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published on every status change. */
public record TicketStatusChanged(UUID ticketId, long number, TicketStatus from, TicketStatus to, Instant at) {
}
