package org.servicemind.analysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published after a ticket message has been analysed and its signals stored.
 *
 * @param agentId the author when an agent wrote it, else null
 * @param anger 0..1
 * @param sentiment -1..1
 * @param empathy 0..1
 * @param politeness 0..1
 * @param findings never-say findings (agent text)
 * @param commitments promises (agent replies)
 */
public record MessageAnalysed(UUID messageId, UUID ticketId, long ticketNumber, Role role, @Nullable UUID agentId,
		double anger, double sentiment, double empathy, double politeness, List<Finding> findings,
		List<Commitment> commitments, Instant at) {
}
