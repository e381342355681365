package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when a ticket becomes SOLVED. */
public record TicketSolved(UUID ticketId, long number, UUID customerId, @Nullable UUID assigneeId, String channel, Instant at) {
}
