package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when a customer message is added to a ticket (also the first one). */
public record CustomerMessageReceived(UUID ticketId, long number, UUID messageId, UUID customerId, String channel, String text, Instant at) {
}
