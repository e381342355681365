package org.servicemind.ticketing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a ticket: NEW → OPEN → PENDING_CUSTOMER / ON_HOLD → SOLVED → CLOSED. A SOLVED ticket may be
 * reopened; a CLOSED ticket is final (a new customer message creates a linked follow-up ticket).
 */
public enum TicketStatus {
	NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED;

	/** @return the statuses this one may move to (not including itself) */
	public Set<TicketStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED);
			case OPEN -> EnumSet.of(PENDING_CUSTOMER, ON_HOLD, SOLVED);
			case PENDING_CUSTOMER -> EnumSet.of(OPEN, ON_HOLD, SOLVED);
			case ON_HOLD -> EnumSet.of(OPEN, PENDING_CUSTOMER, SOLVED);
			case SOLVED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED -> EnumSet.noneOf(TicketStatus.class);
		};
	}

	/** @return whether the ticket still needs work (not SOLVED or CLOSED) */
	public boolean isActive() {
		return this != SOLVED && this != CLOSED;
	}
}
