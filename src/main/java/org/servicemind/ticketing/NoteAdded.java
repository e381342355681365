package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published when an agent adds an internal note. */
public record NoteAdded(UUID ticketId, long number, UUID messageId, @Nullable UUID agentId, String text, Instant at) {
}
