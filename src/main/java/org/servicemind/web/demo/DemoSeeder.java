package org.servicemind.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.NewCustomer;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with demo teams, agents, customers, macros and tickets when {@code servicemind.demo} is
 * true (the default run; off in profile "postgres" unless {@code SERVICEMIND_DEMO=true}). It does nothing when
 * any agent exists. Everything goes through the modules' Management services, so events and audit entries are
 * the same as for real work.
 */
@Component
class DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

	private final boolean enabled;

	private final AgentManagement agents;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	private final MacroManagement macros;

	private final Clock clock;

	private final TransactionTemplate inOneTransaction;

	DemoSeeder(@Value("${servicemind.demo:false}") boolean enabled, AgentManagement agents,
			CustomerManagement customers, TicketManagement tickets, MacroManagement macros, Clock clock,
			PlatformTransactionManager transactions) {
		this.enabled = enabled;
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.agents = agents;
		this.customers = customers;
		this.tickets = tickets;
		this.macros = macros;
		this.clock = clock;
	}

	/**
	 * Seeds once the context is refreshed and before the application reports "Started", so the demo accounts
	 * exist by the time the start-up log says the application is up.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void seedWhenEmpty() {
		if (!enabled || !agents.list().isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		DemoPlan plan = DemoPlan.load();
		seed(plan, "");
		LOG.info("Demo data created in {} ms: {} teams, {} agents, {} customers, {} macros, {} tickets",
				(System.nanoTime() - start) / 1_000_000, plan.teams().size(), plan.agents().size(),
				plan.customers().size(), plan.macros().size(), plan.tickets().size());
		LOG.warn("DEMO ACCOUNTS ARE ACTIVE, for demo only (password = username): {}. Turn demo data off with "
				+ "servicemind.demo=false and create real accounts before real use.",
				String.join(", ", plan.agents().stream().map(a -> a.username() + " (" + a.roles() + ")").toList()));
	}

	/**
	 * Creates everything in {@code plan}. A non-empty {@code marker} is added to usernames, addresses and names so
	 * a test can seed next to other data. Runs in one transaction (much faster than one per step), so the events
	 * of the whole demo reach their listeners after it commits.
	 * @return the numbers of the created tickets
	 */
	List<Long> seed(DemoPlan plan, String marker) {
		List<Long> numbers = inOneTransaction.execute(status -> seedAll(plan, marker));
		return numbers == null ? List.of() : numbers;
	}

	private List<Long> seedAll(DemoPlan plan, String marker) {
		Names names = new Names(marker);
		Instant now = clock.instant();
		plan.teams().forEach(t -> agents.createTeam(names.team(t.name()), t.description()));
		Map<String, UUID> agentIds = new HashMap<>();
		for (DemoPlan.Agent a : plan.agents()) {
			AgentView created = agents.create(new NewAgent(names.user(a.username()), a.name(), names.email(a.email()),
					a.username(), Set.copyOf(a.roles()), a.teams().stream().map(names::team).toList(), a.skills(),
					a.languages()));
			agents.changePresence(created.id(), a.presence());
			agentIds.put(a.username(), created.id());
		}
		Map<String, String> customerNames = new HashMap<>();
		for (DemoPlan.Customer c : plan.customers()) {
			customers.register(new NewCustomer(c.name(), names.email(c.email()), c.organisation(), c.timeZone(),
					c.language(), c.notes()));
			customerNames.put(c.email(), c.name());
		}
		plan.macros().forEach(m -> macros.create(names.macro(m.name()), m.body(), m.setStatus(), m.addTag()));
		return plan.tickets().stream().map(t -> seed(t, names, agentIds, customerNames, now)).toList();
	}

	private long seed(DemoPlan.Ticket t, Names names, Map<String, UUID> agentIds, Map<String, String> customerNames,
			Instant now) {
		Instant opened = now.minus(hours(t.daysAgo() * 24));
		DemoPlan.Message first = t.messages().get(0);
		TicketSummary ticket = at(opened, () -> tickets.open(new OpenTicket(t.subject(), names.email(t.customer()),
				customerNames.getOrDefault(t.customer(), t.customer()), first.text(), false, t.priority(), t.tags(),
				t.channel(), t.team() == null ? null : names.team(t.team()), null)));
		long number = ticket.number();
		Instant last = opened;
		if (t.assignee() != null) {
			UUID assignee = agentIds.get(t.assignee());
			last = opened.plus(Duration.ofMinutes(7));
			at(last, () -> tickets.update(number, new TicketChanges(null, null, assignee, false, null, null),
					assignee));
		}
		for (DemoPlan.Message m : t.messages().subList(1, t.messages().size())) {
			Instant when = opened.plus(hours(m.hours()));
			UUID by = m.by() == null ? null : agentIds.get(m.by());
			switch (m.type()) {
				case "customer" -> at(when, () -> tickets.addCustomerMessage(number, m.text(), false, t.channel(), null));
				case "reply" -> at(when, () -> tickets.reply(number, require(by, m), m.text(), null));
				case "note" -> at(when, () -> tickets.addNote(number, require(by, m), m.text()));
				default -> throw new IllegalStateException("unknown message type " + m.type());
			}
			last = when.isAfter(last) ? when : last;
		}
		finish(number, t.status(), last.plus(Duration.ofMinutes(20)), now,
				t.assignee() == null ? null : agentIds.get(t.assignee()));
		return number;
	}

	private void finish(long number, TicketStatus status, Instant when, Instant now, @Nullable UUID actor) {
		TicketStatus current = tickets.get(number).ticket().status();
		if (status == current) {
			return;
		}
		if (status == TicketStatus.CLOSED) {
			if (current != TicketStatus.SOLVED) {
				at(when, () -> tickets.update(number, statusChange(TicketStatus.SOLVED), actor));
			}
			Instant closed = when.plus(Duration.ofDays(4));
			at(closed.isBefore(now) ? closed : now, () -> tickets.update(number, statusChange(TicketStatus.CLOSED), null));
		}
		else {
			at(when, () -> tickets.update(number, statusChange(status), actor));
		}
	}

	private static TicketChanges statusChange(TicketStatus status) {
		return new TicketChanges(status, null, null, false, null, null);
	}

	private static UUID require(@Nullable UUID agent, DemoPlan.Message m) {
		if (agent == null) {
			throw new IllegalStateException("message needs a known agent in 'by': " + m.text());
		}
		return agent;
	}

	private static Duration hours(double hours) {
		return Duration.ofSeconds(Math.round(hours * 3600));
	}

	private <T> T at(Instant when, Supplier<T> work) {
		return clock instanceof DemoClock demo ? demo.at(when, work) : work.get();
	}

	/** Adds a test marker to unique names; the empty marker leaves them unchanged. */
	private record Names(String marker) {

		String user(String username) {
			return marker.isEmpty() ? username : marker + "-" + username;
		}

		String email(String email) {
			return marker.isEmpty() ? email : marker + "." + email;
		}

		String team(String team) {
			return marker.isEmpty() ? team : team + " " + marker;
		}

		String macro(String name) {
			return marker.isEmpty() ? name : name + " " + marker;
		}
	}
}
