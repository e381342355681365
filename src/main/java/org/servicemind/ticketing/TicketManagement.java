package org.servicemind.ticketing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerView;
import org.servicemind.shared.EmailAddress;
import org.servicemind.ticketing.internal.MessageBodies;
import org.servicemind.ticketing.internal.TicketNumbers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, reads, answers and changes tickets. Every change publishes its event after commit. Changes to one ticket
 * lock it for their transaction, so agents and customers writing to it at the same moment take turns.
 */
@Service
@Transactional
public class TicketManagement {

	private final Tickets tickets;

	private final Macros macros;

	private final TicketNumbers numbers;

	private final CustomerManagement customers;

	private final AgentManagement agents;

	private final Clock clock;

	TicketManagement(Tickets tickets, Macros macros, TicketNumbers numbers, CustomerManagement customers,
			AgentManagement agents, Clock clock) {
		this.tickets = tickets;
		this.macros = macros;
		this.numbers = numbers;
		this.customers = customers;
		this.agents = agents;
		this.clock = clock;
	}

	/**
	 * Opens a ticket; the customer is found by e-mail or registered.
	 * @throws IllegalArgumentException for an invalid e-mail address or an unknown team
	 */
	public TicketSummary open(OpenTicket command) {
		CustomerView customer = customers.findOrRegister(new EmailAddress(command.customerEmail()),
				command.customerName());
		UUID teamId = command.team() == null || command.team().isBlank() ? null : teamId(command.team());
		MessageBody body = command.html() ? MessageBodies.html(command.body(), command.rawSource())
				: MessageBodies.plain(command.body(), command.rawSource());
		Priority priority = command.priority() == null ? Priority.NORMAL : command.priority();
		Ticket ticket = Ticket.open(numbers.next(), command.subject(), customer.id(), command.channel(), priority,
				command.tags(), teamId, Author.customer(customer.id(), customer.name()), body, clock.instant());
		return tickets.save(ticket).summary(customer.name(), "", command.team() == null ? "" : command.team());
	}

	/** @throws TicketNotFound when there is no such ticket */
	@Transactional(readOnly = true)
	public TicketView get(long number) {
		Ticket ticket = load(number);
		return new TicketView(summarise(List.of(ticket)).get(0),
				ticket.messages().stream().map(TicketMessage::view).toList());
	}

	/** Tickets matching {@code query}, most recently updated (or angriest) first. */
	@Transactional(readOnly = true)
	public Page<TicketSummary> search(TicketQuery query, Pageable pageable) {
		Sort sort = query.sortByAnger()
				? Sort.by(Sort.Order.desc("customerAnger").nullsLast(), Sort.Order.desc("updatedAt"))
				: Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("number"));
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
		Page<Ticket> page = tickets.findAll(TicketSpecifications.matching(query), sorted);
		List<TicketSummary> summaries = summarise(page.getContent());
		return page.map(t -> summaries.get(page.getContent().indexOf(t)));
	}

	/** The customer's tickets, newest first. */
	@Transactional(readOnly = true)
	public List<TicketSummary> historyOf(UUID customerId) {
		return summarise(tickets.findByCustomerIdOrderByCreatedAtDesc(customerId));
	}

	/**
	 * Adds a customer message. On a CLOSED ticket a follow-up ticket is opened and linked instead.
	 * @throws TicketNotFound when there is no such ticket
	 */
	public PostedMessage addCustomerMessage(long number, String text, boolean html, String channel,
			@Nullable String rawSource) {
		Ticket ticket = loadForChange(number);
		CustomerView customer = customers.get(ticket.customerId());
		Author author = Author.customer(customer.id(), customer.name());
		MessageBody body = html ? MessageBodies.html(text, rawSource) : MessageBodies.plain(text, rawSource);
		if (ticket.status() == TicketStatus.CLOSED) {
			Ticket followUp = Ticket.followUp(numbers.next(), ticket, channel, author, body, clock.instant());
			tickets.save(followUp);
			return new PostedMessage(followUp.number(), followUp.messages().get(0).view());
		}
		TicketMessage message = ticket.addCustomerMessage(channel, author, body, clock.instant());
		tickets.save(ticket);
		return new PostedMessage(number, message.view());
	}

	/**
	 * Sends a public reply as {@code agentId}. With a macro id, the reply is marked unchanged when its text equals
	 * the rendered macro, and the macro's actions (status, tag) are applied.
	 * @throws IllegalTransition when the ticket is CLOSED or the macro's status is not allowed
	 */
	public PostedMessage reply(long number, UUID agentId, String text, @Nullable UUID macroId) {
		Ticket ticket = loadForChange(number);
		AgentView agent = agents.get(agentId);
		boolean unchanged = false;
		Macro macro = null;
		if (macroId != null) {
			macro = macros.findById(macroId).orElseThrow(() -> TicketNotFound.forMacro(macroId));
			unchanged = MacroRenderer.sameText(text, render(macro.view(), ticket, agent));
		}
		TicketMessage message = ticket.reply(Author.agent(agent.id(), agent.name()),
				MessageBodies.plain(text, null), macroId, unchanged, clock.instant());
		if (macro != null) {
			MacroView m = macro.view();
			if (m.addTag() != null) {
				ticket.addTag(m.addTag());
			}
			if (m.setStatus() != null) {
				ticket.changeStatus(m.setStatus(), clock.instant());
			}
		}
		tickets.save(ticket);
		return new PostedMessage(number, message.view());
	}

	/** Adds an internal note as {@code agentId}. */
	public PostedMessage addNote(long number, UUID agentId, String text) {
		Ticket ticket = loadForChange(number);
		AgentView agent = agents.get(agentId);
		TicketMessage message = ticket.addNote(Author.agent(agent.id(), agent.name()),
				MessageBodies.plain(text, null), clock.instant());
		tickets.save(ticket);
		return new PostedMessage(number, message.view());
	}

	/**
	 * Applies a partial update.
	 * @throws IllegalTransition for a status change the lifecycle forbids
	 * @throws IllegalArgumentException for an unknown or inactive assignee, or an unknown team
	 */
	public TicketSummary update(long number, TicketChanges changes, @Nullable UUID actor) {
		Ticket ticket = loadForChange(number);
		Instant now = clock.instant();
		if (changes.priority() != null) {
			ticket.prioritise(changes.priority(), now);
		}
		if (changes.tags() != null) {
			ticket.replaceTags(changes.tags());
		}
		if (changes.team() != null) {
			ticket.moveToTeam(changes.team().isBlank() ? null : teamId(changes.team()), now);
		}
		if (changes.unassign()) {
			ticket.assign(null, actor, now);
		}
		else if (changes.assignee() != null) {
			ticket.assign(activeAgent(changes.assignee()), actor, now);
		}
		if (changes.status() != null) {
			ticket.changeStatus(changes.status(), now);
		}
		tickets.save(ticket);
		return summarise(List.of(ticket)).get(0);
	}

	/** The macro's body with this ticket's and agent's placeholders filled in. */
	@Transactional(readOnly = true)
	public String renderMacro(UUID macroId, long number, UUID agentId) {
		Macro macro = macros.findById(macroId).orElseThrow(() -> TicketNotFound.forMacro(macroId));
		return render(macro.view(), load(number), agents.get(agentId));
	}

	/**
	 * Stores the analysis engine's sentiment (-1..1) and anger (0..1) of a customer message, then recomputes the
	 * ticket's customer mood from its thread, as {@link TicketSummary#customerAnger()} describes it: the highest
	 * anger and lowest sentiment of the customer's messages since the public reply before the newest of them.
	 * The result does not depend on the order in which analyses finish:
	 * one of a message from an earlier turn is kept on that message but leaves the ticket's mood alone. Neither
	 * write touches the ticket's version, so agents changing the ticket meanwhile see no conflict. An unknown id or
	 * a message that is not a customer's leaves every ticket's mood alone.
	 *
	 * @param truncated whether the engine analysed only the start of the message (shown with the message)
	 */
	public void recordCustomerSignals(UUID messageId, double sentiment, double anger, boolean truncated) {
		Optional<UUID> ticketId = tickets.lockTicketOfCustomerMessage(messageId);
		tickets.recordMessageSignals(messageId, sentiment, anger, truncated);
		ticketId.ifPresent(id -> CustomerMood.ofLatestTurn(tickets.signalsOf(id))
			.ifPresent(mood -> tickets.recordCustomerMood(id, mood.sentiment(), mood.anger())));
	}

	/** Closes tickets SOLVED before {@code cutoff}; @return how many were closed */
	public int closeSolvedBefore(Instant cutoff) {
		List<Ticket> solved = tickets.findSolvedBefore(cutoff);
		solved.forEach(t -> {
			t.changeStatus(TicketStatus.CLOSED, clock.instant());
			tickets.save(t);
		});
		return solved.size();
	}

	private String render(MacroView macro, Ticket ticket, AgentView agent) {
		CustomerView customer = customers.get(ticket.customerId());
		String agentFirst = agent.name().contains(" ") ? agent.name().substring(0, agent.name().indexOf(' '))
				: agent.name();
		return MacroRenderer.render(macro.body(),
				Map.of("customer.firstName", customer.firstName(), "customer.name", customer.name(),
						"ticket.number", Long.toString(ticket.number()), "ticket.subject",
						ticket.summary("", "", "").subject(), "agent.name", agent.name(), "agent.firstName",
						agentFirst));
	}

	private UUID activeAgent(UUID id) {
		AgentView agent;
		try {
			agent = agents.get(id);
		}
		catch (RuntimeException notFound) {
			throw new IllegalArgumentException("unknown assignee " + id);
		}
		if (!agent.active()) {
			throw new IllegalArgumentException("assignee " + agent.username() + " is deactivated");
		}
		return id;
	}

	private UUID teamId(String name) {
		return agents.findTeamId(name).orElseThrow(() -> new IllegalArgumentException("unknown team " + name));
	}

	private Ticket load(long number) {
		return tickets.findByNumber(number).orElseThrow(() -> TicketNotFound.forNumber(number));
	}

	/** The ticket locked for this transaction: concurrent writers of one ticket wait for each other. */
	private Ticket loadForChange(long number) {
		return tickets.lockByNumber(number).orElseThrow(() -> TicketNotFound.forNumber(number));
	}

	private List<TicketSummary> summarise(List<Ticket> page) {
		Set<UUID> agentIds = new HashSet<>();
		Set<UUID> customerIds = new HashSet<>();
		page.forEach(t -> {
			customerIds.add(t.customerId());
			if (t.assigneeId() != null) {
				agentIds.add(t.assigneeId());
			}
		});
		Map<UUID, String> agentNames = agentIds.isEmpty() ? Map.of() : agents.names(agentIds);
		Map<UUID, String> customerNames = customerIds.isEmpty() ? Map.of() : customers.names(customerIds);
		Map<UUID, String> teamNames = agents.teamNames();
		return page.stream().map(t -> t.summary(customerNames.getOrDefault(t.customerId(), ""),
				t.assigneeId() == null ? "" : agentNames.getOrDefault(t.assigneeId(), ""),
				t.teamId() == null ? "" : teamNames.getOrDefault(t.teamId(), ""))).toList();
	}
}
