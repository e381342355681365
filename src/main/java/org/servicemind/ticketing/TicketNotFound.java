package org.servicemind.ticketing;

/** Thrown when no ticket or macro matches the given key (HTTP 404). */
public class TicketNotFound extends RuntimeException {

	private TicketNotFound(String message) {
		super(message);
	}

	public static TicketNotFound forNumber(long number) {
		return new TicketNotFound("no ticket " + number);
	}

	public static TicketNotFound forMacro(Object id) {
		return new TicketNotFound("no macro " + id);
	}
}
