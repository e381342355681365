package org.servicemind.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket without its thread, as lists show it.
 *
 * @param customerAnger anger 0..1 of the latest analysed customer message, or null
 * @param customerSentiment sentiment -1..1 of the latest analysed customer message, or null
 * @param followUpOf number of the closed ticket this one follows up, or null
 */
public record TicketSummary(UUID id, long number, String subject, TicketStatus status, Priority priority,
		String channel, UUID customerId, String customerName, @Nullable UUID assigneeId, String assigneeName,
		@Nullable UUID teamId, String teamName, List<String> tags, @Nullable Double customerAnger,
		@Nullable Double customerSentiment, @Nullable Long followUpOf, Instant createdAt, Instant updatedAt,
		@Nullable Instant firstResponseAt) {

	/** @return calm, annoyed, angry, furious or "" when not analysed yet */
	public String angerLabel() {
		return AngerLabels.of(customerAnger);
	}
}
