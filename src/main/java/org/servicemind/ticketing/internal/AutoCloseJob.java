package org.servicemind.ticketing.internal;

import java.time.Clock;
import java.time.Duration;
import org.servicemind.ticketing.TicketManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes tickets that have stayed SOLVED for longer than {@code servicemind.tickets.auto-close-days} (default 4).
 * Runs every 15 minutes; a customer who writes after that gets a linked follow-up ticket.
 */
@Component
class AutoCloseJob {

	private static final Logger LOG = LoggerFactory.getLogger(AutoCloseJob.class);

	private final TicketManagement tickets;

	private final Clock clock;

	private final Duration solvedFor;

	AutoCloseJob(TicketManagement tickets, Clock clock,
			@Value("${servicemind.tickets.auto-close-days:4}") int autoCloseDays) {
		this.tickets = tickets;
		this.clock = clock;
		this.solvedFor = Duration.ofDays(autoCloseDays);
	}

	/** @return how many tickets were closed */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT15M")
	int closeLongSolvedTickets() {
		int closed = tickets.closeSolvedBefore(clock.instant().minus(solvedFor));
		if (closed > 0) {
			LOG.info("Closed {} ticket(s) solved more than {} days ago", closed, solvedFor.toDays());
		}
		return closed;
	}
}
