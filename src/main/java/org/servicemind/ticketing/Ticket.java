package org.servicemind.ticketing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.internal.MessageBodies;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The ticket aggregate: its status lifecycle, assignee, priority, tags and message thread. Every state change
 * goes through a method that guards it and registers the matching event. Updates write only the changed columns, so
 * the analysis engine's signals (written by {@link Tickets#recordCustomerMood}) are never overwritten by a
 * concurrent change of status or assignee.
 */
@Entity
@Table(name = "tickets")
@DynamicUpdate
class Ticket extends AbstractAggregateRoot<Ticket> {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private long number;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private String channel;

	@Column(name = "customer_id")
	private UUID customerId;

	@Column(name = "assignee_id")
	private @Nullable UUID assigneeId;

	@Column(name = "team_id")
	private @Nullable UUID teamId;

	@Column(name = "follow_up_of")
	private @Nullable Long followUpOf;

	@Column(name = "customer_anger")
	private @Nullable Double customerAnger;

	@Column(name = "customer_sentiment")
	private @Nullable Double customerSentiment;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "first_response_at")
	private @Nullable Instant firstResponseAt;

	@Column(name = "solved_at")
	private @Nullable Instant solvedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ticket_tags", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	@OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TicketMessage> messages = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Ticket() {
	}

	/** Opens a ticket with the customer's first message. */
	static Ticket open(long number, String subject, UUID customerId, String channel, Priority priority,
			Collection<String> tags, @Nullable UUID teamId, Author author, MessageBody body, Instant now) {
		Ticket ticket = new Ticket();
		ticket.id = UUID.randomUUID();
		ticket.number = number;
		ticket.subject = MessageBodies.withoutControlCharacters(subject).strip();
		ticket.status = TicketStatus.NEW;
		ticket.priority = priority;
		ticket.channel = channel;
		ticket.customerId = customerId;
		ticket.teamId = teamId;
		ticket.createdAt = now;
		ticket.updatedAt = now;
		ticket.replaceTags(tags);
		ticket.registerEvent(new TicketOpened(ticket.id, number, customerId, ticket.subject, priority, channel,
				teamId, now));
		ticket.appendCustomerMessage(channel, author, body, now);
		return ticket;
	}

	/** Opens a follow-up of a closed ticket, linked to it. */
	static Ticket followUp(long number, Ticket closed, String channel, Author author, MessageBody body,
			Instant now) {
		Ticket ticket = open(number, closed.subject, closed.customerId, channel, closed.priority, closed.tags,
				closed.teamId, author, body, now);
		ticket.followUpOf = closed.number;
		return ticket;
	}

	/**
	 * Adds a customer message. A SOLVED or PENDING_CUSTOMER ticket goes back to OPEN.
	 * @throws IllegalTransition when the ticket is CLOSED (open a follow-up instead)
	 */
	TicketMessage addCustomerMessage(String channel, Author author, MessageBody body, Instant now) {
		refuseWhenClosed("add a customer message");
		if (status == TicketStatus.SOLVED || status == TicketStatus.PENDING_CUSTOMER) {
			moveTo(TicketStatus.OPEN, now);
		}
		return appendCustomerMessage(channel, author, body, now);
	}

	private TicketMessage appendCustomerMessage(String channel, Author author, MessageBody body, Instant now) {
		TicketMessage message = append(MessageType.CUSTOMER, channel, author, body, null, false, now);
		registerEvent(new CustomerMessageReceived(id, number, message.id(), customerId, channel, body.text(), now));
		return message;
	}

	/**
	 * Adds a public reply; the first one records the first response time and moves a NEW ticket to OPEN.
	 * @throws IllegalTransition when the ticket is CLOSED
	 */
	TicketMessage reply(Author author, MessageBody body, @Nullable UUID macroId, boolean macroUnchanged,
			Instant now) {
		refuseWhenClosed("reply");
		if (status == TicketStatus.NEW) {
			moveTo(TicketStatus.OPEN, now);
		}
		if (firstResponseAt == null) {
			firstResponseAt = now;
		}
		TicketMessage message = append(MessageType.REPLY, channel, author, body, macroId, macroUnchanged, now);
		registerEvent(new ReplySent(id, number, message.id(), author.agentId(), customerId, channel, body.text(),
				macroUnchanged, now));
		return message;
	}

	/** Adds an internal note (allowed in every status; never sent to the customer). */
	TicketMessage addNote(Author author, MessageBody body, Instant now) {
		TicketMessage message = append(MessageType.NOTE, "internal", author, body, null, false, now);
		registerEvent(new NoteAdded(id, number, message.id(), author.agentId(), body.text(), now));
		return message;
	}

	private TicketMessage append(MessageType type, String channel, Author author, MessageBody body,
			@Nullable UUID macroId, boolean macroUnchanged, Instant now) {
		TicketMessage message = new TicketMessage(this, messages.size(), type, channel, author, body, macroId,
				macroUnchanged, now);
		messages.add(message);
		updatedAt = now;
		return message;
	}

	/**
	 * Moves the ticket to {@code to}; a move to the current status changes nothing.
	 * @throws IllegalTransition when the lifecycle forbids it
	 */
	void changeStatus(TicketStatus to, Instant now) {
		if (to == status) {
			return;
		}
		if (!status.next().contains(to)) {
			throw IllegalTransition.of(number, status, to);
		}
		moveTo(to, now);
	}

	private void moveTo(TicketStatus to, Instant now) {
		TicketStatus from = status;
		status = to;
		updatedAt = now;
		registerEvent(new TicketStatusChanged(id, number, from, to, now));
		if (to == TicketStatus.SOLVED) {
			solvedAt = now;
			registerEvent(new TicketSolved(id, number, customerId, assigneeId, channel, now));
		}
		else if (to != TicketStatus.CLOSED) {
			solvedAt = null;
		}
	}

	/**
	 * Sets or clears the assignee.
	 * @throws IllegalTransition when the ticket is CLOSED
	 */
	void assign(@Nullable UUID agentId, @Nullable UUID by, Instant now) {
		if (Objects.equals(agentId, assigneeId)) {
			return;
		}
		refuseWhenClosed("change the assignee");
		UUID from = assigneeId;
		assigneeId = agentId;
		updatedAt = now;
		registerEvent(new TicketAssigned(id, number, from, agentId, by, now));
	}

	/**
	 * Sets the priority.
	 * @throws IllegalTransition when the priority would change on a CLOSED ticket
	 */
	void prioritise(Priority priority, Instant now) {
		if (this.priority != priority) {
			refuseWhenClosed("change the priority");
			this.priority = priority;
			updatedAt = now;
		}
	}

	/**
	 * Moves the ticket to a team, or to no team.
	 * @throws IllegalTransition when the team would change on a CLOSED ticket
	 */
	void moveToTeam(@Nullable UUID teamId, Instant now) {
		if (!Objects.equals(this.teamId, teamId)) {
			refuseWhenClosed("change the team");
			this.teamId = teamId;
			updatedAt = now;
		}
	}

	/**
	 * Replaces the tags; tags are trimmed, lower-cased, and at most 50 characters.
	 * @throws IllegalTransition when the tags would change on a CLOSED ticket
	 */
	void replaceTags(Collection<String> newTags) {
		Set<String> cleaned = new TreeSet<>();
		newTags.stream().map(Ticket::cleanTag).filter(tag -> !tag.isEmpty()).forEach(cleaned::add);
		if (!cleaned.equals(tags)) {
			refuseWhenClosed("change the tags");
			tags.clear();
			tags.addAll(cleaned);
		}
	}

	/**
	 * Adds one tag (trimmed, lower-cased, at most 50 characters); blank tags are ignored.
	 * @throws IllegalTransition when the tag is new and the ticket is CLOSED
	 */
	void addTag(String tag) {
		String clean = cleanTag(tag);
		if (!clean.isEmpty() && !tags.contains(clean)) {
			refuseWhenClosed("change the tags");
			tags.add(clean);
		}
	}

	private static String cleanTag(String tag) {
		String clean = tag.strip().toLowerCase(Locale.ROOT);
		return clean.length() > 50 ? clean.substring(0, 50) : clean;
	}

	private void refuseWhenClosed(String action) {
		if (status == TicketStatus.CLOSED) {
			throw IllegalTransition.closed(number, action);
		}
	}

	UUID id() {
		return id;
	}

	/** @return events registered and not yet published (for tests of the aggregate) */
	Collection<Object> events() {
		return List.copyOf(domainEvents());
	}

	long number() {
		return number;
	}

	TicketStatus status() {
		return status;
	}

	UUID customerId() {
		return customerId;
	}

	@Nullable UUID assigneeId() {
		return assigneeId;
	}

	@Nullable UUID teamId() {
		return teamId;
	}

	@Nullable Instant solvedAt() {
		return solvedAt;
	}

	List<TicketMessage> messages() {
		return List.copyOf(messages);
	}

	TicketSummary summary(String customerName, String assigneeName, String teamName) {
		return new TicketSummary(id, number, subject, status, priority, channel, customerId, customerName,
				assigneeId, assigneeName, teamId, teamName, List.copyOf(tags), customerAnger, customerSentiment,
				followUpOf, createdAt, updatedAt, firstResponseAt);
	}
}
