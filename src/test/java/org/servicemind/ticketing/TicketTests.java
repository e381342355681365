package org.servicemind.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicemind.ticketing.TicketFixtures.NOW;
import static org.servicemind.ticketing.TicketFixtures.agent;
import static org.servicemind.ticketing.TicketFixtures.customer;
import static org.servicemind.ticketing.TicketFixtures.newTicket;
import static org.servicemind.ticketing.TicketFixtures.ticketIn;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicemind.ticketing.internal.MessageBodies;

class TicketTests {

	@Test
	void opensAsNewWithTheCustomerMessageAndEvents() {
		Ticket ticket = newTicket();
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.messages()).extracting(TicketMessage::type).containsExactly(MessageType.CUSTOMER);
		assertThat(ticket.summary("", "", "").tags()).containsExactly("login");
		assertThat(ticket.events()).hasAtLeastOneElementOfType(TicketOpened.class)
			.hasAtLeastOneElementOfType(CustomerMessageReceived.class);
	}

	@Test
	void firstReplyOpensTheTicketAndRecordsFirstResponse() {
		Ticket ticket = newTicket();
		ticket.reply(agent(), MessageBodies.plain("Hi Ana, I reset it for you.", null), null, false, NOW.plusSeconds(60));
		TicketSummary summary = ticket.summary("", "", "");
		assertThat(summary.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(summary.firstResponseAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(ticket.events()).hasAtLeastOneElementOfType(ReplySent.class);
	}

	@ParameterizedTest
	@EnumSource(TicketStatus.class)
	void allowsExactlyTheLifecycleTransitions(TicketStatus from) {
		for (TicketStatus to : TicketStatus.values()) {
			Ticket ticket = ticketIn(from);
			if (to == from || from.next().contains(to)) {
				ticket.changeStatus(to, NOW);
				assertThat(ticket.status()).isEqualTo(to);
			}
			else {
				assertThatThrownBy(() -> ticket.changeStatus(to, NOW)).isInstanceOf(IllegalTransition.class)
					.hasMessageContaining(from + " to " + to);
			}
		}
	}

	@Test
	void lifecycleNeverSkipsSolvedOnTheWayToClosed() {
		for (TicketStatus status : TicketStatus.values()) {
			if (status != TicketStatus.SOLVED) {
				assertThat(status.next()).doesNotContain(TicketStatus.CLOSED);
			}
		}
	}

	@Test
	void customerReplyReopensASolvedTicket() {
		Ticket ticket = ticketIn(TicketStatus.SOLVED);
		ticket.addCustomerMessage("email", customer(), MessageBodies.plain("It broke again", null), NOW);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.solvedAt()).isNull();
	}

	@Test
	void customerReplyMovesPendingBackToOpen() {
		Ticket ticket = ticketIn(TicketStatus.PENDING_CUSTOMER);
		ticket.addCustomerMessage("email", customer(), MessageBodies.plain("Here are the logs", null), NOW);
		assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
	}

	@Test
	void customerReplyKeepsOnHoldTicketOnHold() {
		Ticket ticket = ticketIn(TicketStatus.ON_HOLD);
		ticket.addCustomerMessage("email", customer(), MessageBodies.plain("Any news?", null), NOW);
		assertThat(ticket.status()).isEqualTo(TicketStatus.ON_HOLD);
	}

	@Test
	void rejectsReplyAndCustomerMessageOnClosedTicket() {
		Ticket ticket = ticketIn(TicketStatus.CLOSED);
		assertThatThrownBy(() -> ticket.reply(agent(), MessageBodies.plain("late", null), null, false, NOW))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ticket.addCustomerMessage("email", customer(), MessageBodies.plain("hi", null), NOW))
			.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void solvingPublishesTicketSolvedAndStampsTheTime() {
		Ticket ticket = ticketIn(TicketStatus.OPEN);
		ticket.changeStatus(TicketStatus.SOLVED, NOW);
		assertThat(ticket.solvedAt()).isEqualTo(NOW);
		assertThat(ticket.events()).hasAtLeastOneElementOfType(TicketSolved.class);
	}

	@Test
	void hasAtMostOneAssigneeAndPublishesChanges() {
		Ticket ticket = newTicket();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		ticket.assign(first, null, NOW);
		ticket.assign(second, first, NOW);
		assertThat(ticket.assigneeId()).isEqualTo(second);
		List<TicketAssigned> assigned = ticket.events().stream().filter(TicketAssigned.class::isInstance)
			.map(TicketAssigned.class::cast).toList();
		assertThat(assigned).extracting(TicketAssigned::to).containsExactly(first, second);
		assertThat(assigned.get(1).from()).isEqualTo(first);
	}

	@Test
	void assigningTheSameAgentAgainPublishesNothing() {
		Ticket ticket = newTicket();
		UUID agent = UUID.randomUUID();
		ticket.assign(agent, null, NOW);
		ticket.assign(agent, null, NOW);
		assertThat(ticket.events().stream().filter(TicketAssigned.class::isInstance)).hasSize(1);
	}

	@Test
	void notesAreInternalAndAllowedOnClosedTickets() {
		Ticket ticket = ticketIn(TicketStatus.CLOSED);
		TicketMessage note = ticket.addNote(agent(), MessageBodies.plain("for the record", null), NOW);
		assertThat(note.view().type()).isEqualTo(MessageType.NOTE);
		assertThat(note.view().channel()).isEqualTo("internal");
	}

	@Test
	void normalisesTags() {
		Ticket ticket = newTicket();
		ticket.replaceTags(List.of(" Billing ", "", "REFUND", "x".repeat(80)));
		assertThat(ticket.summary("", "", "").tags()).containsExactlyInAnyOrder("billing", "refund", "x".repeat(50));
	}

	@Test
	void closedTicketRefusesPriorityTeamAndTagChangesButAcceptsTheSameValues() {
		Ticket ticket = ticketIn(TicketStatus.CLOSED);

		ticket.prioritise(Priority.NORMAL, NOW);
		ticket.replaceTags(List.of(" Login "));
		ticket.addTag("LOGIN");
		ticket.moveToTeam(null, NOW);

		assertThatThrownBy(() -> ticket.prioritise(Priority.URGENT, NOW)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("closed");
		assertThatThrownBy(() -> ticket.replaceTags(List.of("refund"))).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ticket.addTag("refund")).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> ticket.moveToTeam(UUID.randomUUID(), NOW)).isInstanceOf(IllegalTransition.class);
		assertThat(ticket.summary("", "", "").tags()).containsExactly("login");
		assertThat(ticket.summary("", "", "").priority()).isEqualTo(Priority.NORMAL);
	}
}
