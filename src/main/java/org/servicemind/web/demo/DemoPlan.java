package org.servicemind.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketStatus;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the demo seeder creates, read from {@code classpath:demo/tickets.json}. */
record DemoPlan(List<Team> teams, List<Agent> agents, List<Customer> customers, List<Macro> macros,
		List<Ticket> tickets) {

	static final String RESOURCE = "/demo/tickets.json";

	/** @throws UncheckedIOException when the resource is missing or malformed */
	static DemoPlan load() {
		try (InputStream in = DemoPlan.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("missing " + RESOURCE);
			}
			return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
				.readValue(in, DemoPlan.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Team(String name, String description) {
	}

	/** A demo account; its password equals its username. */
	record Agent(String username, String name, String email, List<AgentRole> roles, List<String> teams,
			List<String> skills, List<String> languages, PresenceStatus presence) {
	}

	record Customer(String name, String email, @Nullable String organisation, String timeZone, String language,
			@Nullable String notes) {
	}

	record Macro(String name, String body, @Nullable TicketStatus setStatus, @Nullable String addTag) {
	}

	/**
	 * A ticket opened {@code daysAgo} days before seeding with its first message; {@code assignee} and {@code by}
	 * are usernames, {@code customer} an e-mail address of a plan customer.
	 */
	record Ticket(String subject, String customer, String channel, Priority priority, List<String> tags,
			@Nullable String team, @Nullable String assignee, TicketStatus status, double daysAgo,
			List<Message> messages) {
	}

	/**
	 * One message, {@code hours} after the ticket was opened.
	 *
	 * @param type customer, reply or note
	 */
	record Message(String type, @Nullable String by, double hours, String text) {
	}
}
