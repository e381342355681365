package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.ticketing.TicketQuery;
import org.servicemind.ticketing.TicketStatus;

class InboxViewTests {

	UUID agent = UUID.randomUUID();

	UUID team = UUID.randomUUID();

	@Test
	void minePicksTheAgentsActiveTickets() {
		TicketQuery query = InboxView.MINE.query(agent, List.of(team), " printer ", true);

		assertThat(query).isNotNull();
		assertThat(query.assignee()).isEqualTo(agent);
		assertThat(query.statuses()).containsExactlyInAnyOrder(TicketStatus.NEW, TicketStatus.OPEN,
				TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
		assertThat(query.text()).isEqualTo("printer");
		assertThat(query.sortByAnger()).isTrue();
	}

	@Test
	void pendingMeansWaitingForTheCustomerOrOnHold() {
		assertThat(InboxView.PENDING.query(agent, List.of(), null, false).statuses())
			.containsExactlyInAnyOrder(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
	}

	@Test
	void isEmptyByDefinitionWithoutAgentOrTeams() {
		assertThat(InboxView.MINE.query(null, List.of(), null, false)).isNull();
		assertThat(InboxView.TEAMS.query(agent, List.of(), null, false)).isNull();
		assertThat(InboxView.TEAMS.query(agent, List.of(team), null, false).teams()).containsExactly(team);
	}

	@Test
	void unassignedAsksForTicketsWithoutAssignee() {
		TicketQuery query = InboxView.UNASSIGNED.query(agent, List.of(), "", false);

		assertThat(query.unassigned()).isTrue();
		assertThat(query.assignee()).isNull();
		assertThat(query.text()).isNull();
	}

	@Test
	void irateAsksForActiveTicketsWithAngryCustomersAngriestFirst() {
		TicketQuery query = InboxView.IRATE.query(null, List.of(), null, false);

		assertThat(query).isNotNull();
		assertThat(query.minAnger()).isEqualTo(0.5);
		assertThat(query.sortByAnger()).isTrue();
		assertThat(query.statuses()).containsExactlyInAnyOrderElementsOf(InboxView.ACTIVE);
		assertThat(InboxView.of("irate", InboxView.MINE)).isEqualTo(InboxView.IRATE);
		assertThat(InboxView.IRATE.angriestFirstAlways()).isTrue();
		assertThat(InboxView.OPEN.angriestFirstAlways()).isFalse();
	}

	@Test
	void fallsBackForAnUnknownViewKey() {
		assertThat(InboxView.of("teams", InboxView.MINE)).isEqualTo(InboxView.TEAMS);
		assertThat(InboxView.of("nonsense", InboxView.OPEN)).isEqualTo(InboxView.OPEN);
		assertThat(InboxView.of(null, InboxView.MINE)).isEqualTo(InboxView.MINE);
	}
}
