package org.servicemind.ticketing;

/** Kind of a ticket message. Internal notes are never sent to customers. */
public enum MessageType {
	/** Written by the requester. */
	CUSTOMER,
	/** A public reply by an agent, sent to the customer. */
	REPLY,
	/** An internal note, visible to agents only. */
	NOTE
}
