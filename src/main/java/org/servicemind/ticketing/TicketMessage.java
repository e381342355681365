package org.servicemind.ticketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One message in a ticket's thread. Part of the {@link Ticket} aggregate. */
@Entity
@Table(name = "ticket_messages")
class TicketMessage {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "ticket_id")
	private Ticket ticket;

	private int position;

	@Enumerated(EnumType.STRING)
	private MessageType type;

	private String channel;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "author_agent_id")
	private @Nullable UUID authorAgentId;

	@Column(name = "author_customer_id")
	private @Nullable UUID authorCustomerId;

	@Column(name = "body_text")
	private String bodyText;

	@Column(name = "body_html")
	private String bodyHtml;

	@Column(name = "raw_source")
	private @Nullable String rawSource;

	@Column(name = "macro_id")
	private @Nullable UUID macroId;

	@Column(name = "macro_unchanged")
	private boolean macroUnchanged;

	private @Nullable Double sentiment;

	private @Nullable Double anger;

	@Column(name = "analysis_truncated")
	private boolean analysisTruncated;

	@Column(name = "created_at")
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected TicketMessage() {
	}

	TicketMessage(Ticket ticket, int position, MessageType type, String channel, Author author, MessageBody body,
			@Nullable UUID macroId, boolean macroUnchanged, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.ticket = ticket;
		this.position = position;
		this.type = type;
		this.channel = channel;
		this.authorName = author.name();
		this.authorAgentId = author.agentId();
		this.authorCustomerId = author.customerId();
		this.bodyText = body.text();
		this.bodyHtml = body.html();
		this.rawSource = body.rawSource();
		this.macroId = macroId;
		this.macroUnchanged = macroUnchanged;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	MessageType type() {
		return type;
	}

	String text() {
		return bodyText;
	}

	MessageView view() {
		return new MessageView(id, type, channel, authorName, authorAgentId, authorCustomerId, bodyText, bodyHtml,
				macroUnchanged, sentiment, anger, analysisTruncated, createdAt);
	}
}
