package org.servicemind.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket without its thread, as lists show it.
 *
 * @param customerAnger anger 0..1 of the customer's latest turn: the highest anger among the analysed customer
 * messages written since the public agent reply that precedes the newest of them. A calm follow-up such as "Any
 * update?" therefore does not clear an angry turn; the customer's first message after a public reply starts a new
 * turn. A reply alone keeps the value until the customer writes again; internal notes never count. Null until a
 * message of the ticket has been analysed.
 * @param customerSentiment sentiment -1..1 of the same turn: the lowest among its analysed messages, or null
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
