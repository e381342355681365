package org.servicemind.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.servicemind.ticketing.internal.MessageBodies;

/** Tickets in a given state, for aggregate tests. */
final class TicketFixtures {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private static long next = 20001;

	private TicketFixtures() {
	}

	static Ticket newTicket() {
		return Ticket.open(next++, "Cannot log in", UUID.randomUUID(), "email", Priority.NORMAL, List.of("Login"),
				null, customer(), MessageBodies.plain("I cannot log in since this morning", null), NOW);
	}

	static Ticket ticketIn(TicketStatus status) {
		Ticket ticket = newTicket();
		switch (status) {
			case NEW -> {
			}
			case CLOSED -> {
				ticket.changeStatus(TicketStatus.SOLVED, NOW);
				ticket.changeStatus(TicketStatus.CLOSED, NOW);
			}
			default -> ticket.changeStatus(status, NOW);
		}
		return ticket;
	}

	static Author agent() {
		return Author.agent(UUID.randomUUID(), "Alex Moreau");
	}

	static Author customer() {
		return Author.customer(UUID.randomUUID(), "Ana Lima");
	}
}
