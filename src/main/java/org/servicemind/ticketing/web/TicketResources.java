package org.servicemind.ticketing.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.MessageView;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.servicemind.ticketing.TicketView;

/** JSON the ticket API returns; built from the module's views, never from entities. */
final class TicketResources {

	private TicketResources() {
	}

	/** Someone a ticket refers to, by id and display name. */
	record Party(UUID id, String name) {
	}

	/**
	 * A ticket as lists show it.
	 *
	 * @param customerAnger anger 0..1 of the customer's latest turn (the highest among the customer's messages since
	 * the public reply before the newest of them), or null before analysis
	 */
	record TicketJson(long number, String subject, TicketStatus status, Priority priority, String channel,
			Party customer, @Nullable Party assignee, @Nullable String team, List<String> tags,
			@Nullable Long followUpOf, @Nullable Double customerAnger, Instant createdAt, Instant updatedAt) {

		static TicketJson of(TicketSummary t) {
			return new TicketJson(t.number(), t.subject(), t.status(), t.priority(), t.channel(),
					new Party(t.customerId(), t.customerName()),
					t.assigneeId() == null ? null : new Party(t.assigneeId(), t.assigneeName()),
					t.teamName().isEmpty() ? null : t.teamName(), t.tags(), t.followUpOf(), t.customerAnger(),
					t.createdAt(), t.updatedAt());
		}
	}

	/**
	 * One message of a thread.
	 *
	 * @param body the plain text, exactly as written (clients must escape it)
	 * @param html sanitised HTML rendering of the body
	 * @param sentiment customer sentiment -1..1 once the message is analysed; null for agents' messages and before
	 * @param anger customer anger 0..1 once analysed, else null
	 * @param angerLabel calm, annoyed, angry or furious for {@code anger}; null when anger is null
	 * @param analysisTruncated true when the analysis read only the first 20,000 characters of a longer message
	 */
	record MessageJson(UUID id, MessageType type, String channel, String author, String body, String html,
			@Nullable Double sentiment, @Nullable Double anger, @Nullable String angerLabel, boolean analysisTruncated,
			Instant createdAt) {

		static MessageJson of(MessageView m) {
			return new MessageJson(m.id(), m.type(), m.channel(), m.author(), m.text(), m.html(), m.sentiment(),
					m.anger(), m.anger() == null ? null : m.angerLabel(), m.analysisTruncated(), m.createdAt());
		}
	}

	/** A ticket with its thread, oldest message first. */
	record TicketDetailJson(long number, String subject, TicketStatus status, Priority priority, String channel,
			Party customer, @Nullable Party assignee, @Nullable String team, List<String> tags,
			@Nullable Long followUpOf, @Nullable Double customerAnger, Instant createdAt, Instant updatedAt,
			List<MessageJson> messages) {

		static TicketDetailJson of(TicketView view) {
			TicketJson t = TicketJson.of(view.ticket());
			return new TicketDetailJson(t.number(), t.subject(), t.status(), t.priority(), t.channel(), t.customer(),
					t.assignee(), t.team(), t.tags(), t.followUpOf(), t.customerAnger(), t.createdAt(), t.updatedAt(),
					view.messages().stream().map(MessageJson::of).toList());
		}
	}

	/**
	 * A message as it landed.
	 *
	 * @param ticket the ticket it was added to: a follow-up's number when the requested ticket was closed
	 */
	record PostedMessageJson(long ticket, MessageJson message) {
	}
}
