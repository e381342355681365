package org.servicemind.ticketing.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.customers.CustomerView;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.MessageView;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;

/** Records the web slice tests feed to mocked services. */
final class TicketWebFixtures {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	static final UUID CUSTOMER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final AgentView ALEX = agent("alex", "Alex Rivera");

	private TicketWebFixtures() {
	}

	static AgentView agent(String username, String name) {
		return new AgentView(UUID.nameUUIDFromBytes(username.getBytes()), username, name, username + "@example.com",
				Set.of(AgentRole.AGENT), PresenceStatus.ONLINE, List.of("Support"), List.of(), List.of("en"), true);
	}

	static TicketSummary ticket(long number, String subject, TicketStatus status, @Nullable Double anger) {
		return new TicketSummary(UUID.randomUUID(), number, subject, status, Priority.HIGH, "email", CUSTOMER_ID,
				"Ana Lima", ALEX.id(), ALEX.name(), null, "", List.of("billing"), anger, anger == null ? null : -anger,
				null, NOW.minusSeconds(3600), NOW.minusSeconds(300), null);
	}

	static MessageView message(MessageType type, String author, String text, @Nullable Double anger) {
		return new MessageView(UUID.randomUUID(), type, "email", author, null, null, text, text, false,
				anger == null ? null : -anger, anger, false, NOW.minusSeconds(600));
	}

	static CustomerView customer(String notes) {
		return new CustomerView(CUSTOMER_ID, "Ana Lima", List.of("ana@example.com"), "Acme", "Europe/Lisbon", "en",
				notes, 0.6, NOW.minusSeconds(86400));
	}
}
