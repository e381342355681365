package org.servicemind.ticketing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-friendly ticket numbers (10001, 10002, …) from the database sequence {@code ticket_number_seq}: unique
 * under any concurrency and across application nodes, never {@code count()+1}. Numbers of rolled-back
 * transactions are skipped, so gaps are possible.
 */
@Component
public class TicketNumbers {

	private final JdbcClient jdbc;

	TicketNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the next number */
	public long next() {
		return jdbc.sql("select nextval('ticket_number_seq')").query(Long.class).single();
	}
}
