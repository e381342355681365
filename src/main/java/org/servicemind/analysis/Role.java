package org.servicemind.analysis;

/** Who wrote a text: the analysis engine reads customer, agent and journal texts differently. */
public enum Role {
	/** A requester's message. */
	CUSTOMER,
	/** An agent's public reply, internal note or call note. */
	AGENT,
	/** An agent's private journal entry (self-talk analysis). */
	JOURNAL
}
