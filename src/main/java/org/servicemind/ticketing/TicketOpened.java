package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when a ticket is created. */
public record TicketOpened(UUID ticketId, long number, UUID customerId, String subject, Priority priority, String channel, @Nullable UUID teamId, Instant at) {
}
