package org.servicemind.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class TicketManagementIntegrationTests {

	@Autowired
	TicketManagement tickets;

	@Autowired
	MacroManagement macros;

	@Autowired
	AgentManagement agents;

	@Test
	void opensRepliesAndSolvesATicket() {
		AgentView agent = agents.create(new NewAgent("tmi-" + System.nanoTime(), "Dana Reyes",
				"dana" + System.nanoTime() + "@example.com", "secret", java.util.Set.of(AgentRole.AGENT), List.of(),
				List.of(), List.of("en")));
		TicketSummary opened = tickets.open(OpenTicket.plain("Printer on fire", "ana@example.com", "Ana Lima",
				"It smokes <script>alert(1)</script>", Priority.HIGH, List.of("Hardware"), "api"));
		assertThat(opened.number()).isGreaterThanOrEqualTo(10001);
		assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
		assertThat(opened.tags()).containsExactly("hardware");

		MacroView macro = macros.create("Thanks " + System.nanoTime(), "Hi {{customer.firstName}}, ticket {{ticket.number}} - {{agent.name}}",
				TicketStatus.PENDING_CUSTOMER, "macro-used");
		String rendered = tickets.renderMacro(macro.id(), opened.number(), agent.id());
		assertThat(rendered).isEqualTo("Hi Ana, ticket " + opened.number() + " - Dana Reyes");
		tickets.reply(opened.number(), agent.id(), rendered, macro.id());

		TicketView view = tickets.get(opened.number());
		assertThat(view.ticket().status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
		assertThat(view.ticket().tags()).contains("macro-used");
		assertThat(view.messages()).extracting(MessageView::type).containsExactly(MessageType.CUSTOMER, MessageType.REPLY);
		assertThat(view.messages().get(0).text()).contains("<script>");
		assertThat(view.messages().get(0).html()).doesNotContain("<script>");
		assertThat(view.messages().get(1).macroUnchanged()).isTrue();

		tickets.update(opened.number(), new TicketChanges(TicketStatus.SOLVED, null, agent.id(), false, null, null), agent.id());
		tickets.addCustomerMessage(opened.number(), "Still smoking", false, "email", null);
		assertThat(tickets.get(opened.number()).ticket().status()).isEqualTo(TicketStatus.OPEN);

		assertThat(tickets.search(new TicketQuery(List.of(TicketStatus.OPEN), agent.id(), false, List.of(), null, null,
				"printer", null, false), PageRequest.of(0, 10)).getContent()).extracting(TicketSummary::number)
			.containsExactly(opened.number());
	}

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void keepsAnalysisSignalsWrittenWhileAnAgentChangesTheTicket() {
		TicketSummary opened = tickets.open(OpenTicket.plain("Race", "race" + System.nanoTime() + "@example.com", "Ra Ce",
				"Where is my parcel?", null, List.of(), "email"));
		UUID messageId = tickets.get(opened.number()).messages().get(0).id();
		// the engine analyses the message after commit; let it finish so only this test writes signals below
		await().atMost(Duration.ofSeconds(60))
			.until(() -> tickets.get(opened.number()).messages().get(0).anger() != null);
		TransactionTemplate agentTx = new TransactionTemplate(transactions);
		TransactionTemplate analysisTx = new TransactionTemplate(transactions);
		analysisTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		agentTx.executeWithoutResult(status -> {
			tickets.get(opened.number());
			analysisTx.executeWithoutResult(inner -> tickets.recordCustomerSignals(messageId, -0.6, 0.8, false));
			tickets.update(opened.number(), new TicketChanges(TicketStatus.OPEN, Priority.HIGH, null, false, null, null), null);
		});

		TicketView view = tickets.get(opened.number());
		assertThat(view.ticket().status()).isEqualTo(TicketStatus.OPEN);
		assertThat(view.ticket().customerAnger()).isEqualTo(0.8);
		assertThat(view.ticket().customerSentiment()).isEqualTo(-0.6);
		assertThat(view.messages().get(0).anger()).isEqualTo(0.8);
	}

	@Test
	void keepsACustomerAngryUntilAnAgentRepliesWhateverOrderAnalysesFinishIn() {
		AgentView agent = agents.create(new NewAgent("mood-" + System.nanoTime(), "Mo Odd",
				"mood" + System.nanoTime() + "@example.com", "secret", java.util.Set.of(AgentRole.AGENT), List.of(),
				List.of(), List.of("en")));
		String subject = "Parcel " + System.nanoTime();
		long number = tickets.open(OpenTicket.plain(subject, "mood" + System.nanoTime() + "@example.com", "Mo Od",
				"Third time I ask. Where is my parcel?", null, List.of(), "email")).number();
		UUID angry = analysedMessage(number, 0);
		tickets.recordCustomerSignals(angry, -0.7, 0.9, false);

		tickets.addCustomerMessage(number, "Any update?", false, "email", null);
		tickets.recordCustomerSignals(analysedMessage(number, 1), 0.0, 0.1, false);

		assertThat(tickets.get(number).ticket().customerAnger()).isEqualTo(0.9);
		assertThat(tickets.get(number).ticket().customerSentiment()).isEqualTo(-0.7);
		TicketQuery irate = new TicketQuery(List.of(TicketStatus.NEW, TicketStatus.OPEN), null, false, List.of(),
				null, null, subject, 0.5, true);
		assertThat(tickets.search(irate, PageRequest.of(0, 10)).getContent()).extracting(TicketSummary::number)
			.containsExactly(number);

		tickets.reply(number, agent.id(), "Sorry for the wait: it ships today.", null);
		assertThat(tickets.get(number).ticket().customerAnger()).isEqualTo(0.9);

		tickets.addCustomerMessage(number, "Thanks, got the tracking link.", false, "email", null);
		tickets.recordCustomerSignals(analysedMessage(number, 3), 0.6, 0.05, false);
		assertThat(tickets.get(number).ticket().customerAnger()).isEqualTo(0.05);
		assertThat(tickets.search(irate, PageRequest.of(0, 10)).getContent()).isEmpty();

		// a late analysis of a message the agent has already answered is kept on the message only
		tickets.recordCustomerSignals(angry, -0.9, 0.95, false);
		TicketView view = tickets.get(number);
		assertThat(view.ticket().customerAnger()).isEqualTo(0.05);
		assertThat(view.ticket().customerSentiment()).isEqualTo(0.6);
		assertThat(view.messages().get(0).anger()).isEqualTo(0.95);
	}

	/** Waits until the engine has analysed the message at {@code position}, so later writes are the test's own. */
	private UUID analysedMessage(long number, int position) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> tickets.get(number).messages().get(position).anger() != null);
		return tickets.get(number).messages().get(position).id();
	}

	@Test
	void rejectsReplyOnClosedTicketButOpensFollowUpForCustomer() {
		TicketSummary opened = tickets.open(OpenTicket.plain("Closed one", "bo@example.com", "Bo", "hello", null, List.of(), "email"));
		tickets.update(opened.number(), new TicketChanges(TicketStatus.SOLVED, null, null, false, null, null), null);
		tickets.update(opened.number(), new TicketChanges(TicketStatus.CLOSED, null, null, false, null, null), null);
		assertThatThrownBy(() -> tickets.update(opened.number(),
				new TicketChanges(TicketStatus.OPEN, null, null, false, null, null), null))
			.isInstanceOf(IllegalTransition.class);
		PostedMessage posted = tickets.addCustomerMessage(opened.number(), "one more thing", false, "email", null);
		assertThat(posted.number()).isNotEqualTo(opened.number());
		assertThat(tickets.get(posted.number()).ticket().followUpOf()).isEqualTo(opened.number());
	}
}
