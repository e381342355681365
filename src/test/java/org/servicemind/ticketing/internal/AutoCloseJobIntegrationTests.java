package org.servicemind.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AutoCloseJobIntegrationTests {

	@Autowired
	TicketManagement tickets;

	@Autowired
	AutoCloseJob job;

	@Test
	void leavesRecentlySolvedTicketsAlone() {
		long solved = solvedTicket();
		job.closeLongSolvedTickets();
		assertThat(tickets.get(solved).ticket().status()).isEqualTo(TicketStatus.SOLVED);
	}

	@Test
	void closesTicketsSolvedLongerThanTheConfiguredDays() {
		long solved = solvedTicket();
		long open = tickets.open(OpenTicket.plain("Still open", "open@example.com", "Ola Open", "hi", null, List.of(),
				"email")).number();
		AutoCloseJob fiveDaysLater = new AutoCloseJob(tickets, Clock.offset(Clock.systemUTC(), Duration.ofDays(5)), 4);

		assertThat(fiveDaysLater.closeLongSolvedTickets()).isGreaterThanOrEqualTo(1);
		assertThat(tickets.get(solved).ticket().status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(tickets.get(open).ticket().status()).isEqualTo(TicketStatus.NEW);
	}

	long solvedTicket() {
		TicketSummary t = tickets.open(OpenTicket.plain("Solved soon", "solved@example.com", "Sol Ved", "help", null,
				List.of(), "email"));
		tickets.update(t.number(), new TicketChanges(TicketStatus.SOLVED, null, null, false, null, null), null);
		return t.number();
	}
}
