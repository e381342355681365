package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when an agent sends a public reply. {@code macroUnchanged} marks a macro sent word for word. */
public record ReplySent(UUID ticketId, long number, UUID messageId, @Nullable UUID agentId, UUID customerId, String channel, String text, boolean macroUnchanged, Instant at) {
}
