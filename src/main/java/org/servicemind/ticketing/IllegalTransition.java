package org.servicemind.ticketing;

/** Thrown when a ticket is asked to do something its status forbids (HTTP 409). */
public class IllegalTransition extends RuntimeException {

	private IllegalTransition(String message) {
		super(message);
	}

	public static IllegalTransition of(long number, TicketStatus from, TicketStatus to) {
		return new IllegalTransition("ticket " + number + " cannot move from " + from + " to " + to);
	}

	public static IllegalTransition closed(long number, String action) {
		return new IllegalTransition("ticket " + number + " is closed: cannot " + action);
	}
}
