package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MessageAnalysisIntegrationTests {

	@Autowired
	TicketManagement tickets;

	@Autowired
	CustomerManagement customers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void analysesCustomerMessagesAfterCommitAndStoresTheirSignals() {
		TicketSummary opened = tickets.open(OpenTicket.plain("Charged twice", "irate" + System.nanoTime() + "@example.com",
				"Ira Tate", "You charged me TWICE and nobody answers my emails! This is unacceptable, fix it now!",
				null, List.of(), "email"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			TicketSummary ticket = tickets.get(opened.number()).ticket();
			assertThat(ticket.customerAnger()).isNotNull();
		});
		TicketSummary ticket = tickets.get(opened.number()).ticket();
		assertThat(ticket.customerAnger()).isBetween(0.5, 1.0);
		assertThat(ticket.customerSentiment()).isBetween(-1.0, 1.0);
		assertThat(tickets.get(opened.number()).messages().get(0).anger()).isEqualTo(ticket.customerAnger());
		assertThat(tickets.get(opened.number()).messages().get(0).analysisTruncated()).isFalse();
		Long rows = jdbc.sql("select count(*) from message_analyses where ticket_number = ?").param(opened.number())
			.query(Long.class).single();
		assertThat(rows).isEqualTo(1);
		assertThat(customers.get(opened.customerId()).detailPreference()).isBetween(-1.0, 1.0);
	}

	@Test
	void marksAMessageWhoseAnalysisReadOnlyItsStart() {
		String longMessage = "The export still fails every night and I need it fixed. ".repeat(400);
		TicketSummary opened = tickets.open(OpenTicket.plain("Long story", "long" + System.nanoTime() + "@example.com",
				"Lon Gwriter", longMessage, null, List.of(), "email"));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(tickets.get(opened.number()).messages().get(0).anger()).isNotNull());
		assertThat(longMessage).hasSizeGreaterThan(20_000);
		assertThat(tickets.get(opened.number()).messages().get(0).analysisTruncated()).isTrue();
	}
}
