package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.servicemind.ticketing.web.TicketWebFixtures.ALEX;
import static org.servicemind.ticketing.web.TicketWebFixtures.ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketNotFound;
import org.servicemind.ticketing.TicketQuery;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.servicemind.shared.PageNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest({ InboxWebController.class, CustomerTicketsWebController.class })
@WithMockUser(username = "alex", roles = "AGENT")
class InboxWebControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TicketManagement tickets;

	@MockitoBean
	AgentManagement agents;

	@BeforeEach
	void signedInAsAlex() {
		given(agents.findByUsername("alex")).willReturn(Optional.of(ALEX));
		given(agents.findTeamId("Support")).willReturn(Optional.of(UUID.randomUUID()));
		given(tickets.search(any(), any())).willAnswer(call -> page(List.of(), call.getArgument(1)));
	}

	@Test
	void showsViewsWithCountsAndTheAgentsTickets() {
		given(tickets.search(any(), any())).willAnswer(call -> page(
				List.of(ticket(10001, "Export <b>broken</b>", TicketStatus.OPEN, 0.6)), call.getArgument(1)));

		assertThat(mvc.get().uri("/inbox")).hasStatusOk().bodyText()
			.contains("Mine", "Unassigned", "My teams", "All open", "Pending", "Irate customers")
			.contains("#10001", "Ana Lima", "Open", "High")
			.contains("Customer mood:", ">angry<")
			.contains("Export &lt;b&gt;broken&lt;/b&gt;")
			.doesNotContain("Export <b>broken</b>")
			.contains("Alex Rivera", "name=\"_csrf\"");
	}

	@Test
	void letsRightToLeftSubjectsReadRightToLeft() {
		given(tickets.search(any(), any())).willAnswer(call -> page(
				List.of(ticket(10002, "الطلب لم يصل!", TicketStatus.OPEN, 0.2)), call.getArgument(1)));

		assertThat(mvc.get().uri("/inbox")).hasStatusOk().bodyText()
			.contains("<span class=\"row-subject\" dir=\"auto\">الطلب لم يصل!</span>")
			.contains("<span class=\"row-customer\" dir=\"auto\">");
	}

	@Test
	void answersAnHtmxSearchWithTheListOnly() {
		ArgumentCaptor<TicketQuery> query = ArgumentCaptor.forClass(TicketQuery.class);

		assertThat(mvc.get().uri("/inbox?view=open&q=printer&sort=anger").header("HX-Request", "true"))
			.hasStatusOk().bodyText().contains("id=\"ticket-list\"").doesNotContain("<html");
		verify(tickets).search(query.capture(), any());
		assertThat(query.getValue().text()).isEqualTo("printer");
		assertThat(query.getValue().sortByAnger()).isTrue();
		assertThat(query.getValue().statuses()).containsExactlyInAnyOrderElementsOf(InboxView.ACTIVE);
	}

	@Test
	void listsIrateCustomersAngriestFirstWithTheirCount() {
		given(tickets.search(any(), any())).willAnswer(call -> {
			TicketQuery asked = call.getArgument(0);
			return asked.minAnger() == null ? page(List.of(), call.getArgument(1))
					: new PageImpl<>(List.of(ticket(10009, "Still no refund", TicketStatus.OPEN, 0.8)),
							call.getArgument(1), 4);
		});
		ArgumentCaptor<TicketQuery> query = ArgumentCaptor.forClass(TicketQuery.class);

		assertThat(mvc.get().uri("/inbox?view=irate")).hasStatusOk().bodyText()
			.contains("Irate customers", "href=\"/inbox?view=irate\"", "aria-label=\"4 tickets\"")
			.contains("#10009", ">furious<", "value=\"anger\" selected");
		verify(tickets, atLeastOnce()).search(query.capture(), any());
		TicketQuery listed = query.getAllValues().get(0);
		assertThat(listed.minAnger()).isEqualTo(0.5);
		assertThat(listed.sortByAnger()).isTrue();
		assertThat(listed.statuses()).containsExactlyInAnyOrderElementsOf(InboxView.ACTIVE);
	}

	@Test
	void showsAKindEmptyStateWhenNoCustomerIsUpset() {
		assertThat(mvc.get().uri("/inbox?view=irate")).bodyText().contains("No customer sounds upset right now.")
			.doesNotContain("This view is empty.");
	}

	@Test
	void letsTheAgentSetTheirOwnPresenceFromTheTopBar() {
		assertThat(mvc.get().uri("/inbox")).bodyText()
			.contains("<label for=\"presence-status\">Your status</label>", "hx-post=\"/me/presence\"",
					"name=\"status\"", "<option value=\"online\" selected=\"selected\">Online</option>",
					"<option value=\"on_break\">On a break</option>", "presence-badge presence-online")
			.contains("New tickets come to you");

		given(agents.findByUsername("alex")).willReturn(Optional.of(new AgentView(ALEX.id(), "alex", ALEX.name(),
				ALEX.email(), ALEX.roles(), PresenceStatus.ON_BREAK, ALEX.teams(), ALEX.skills(), ALEX.languages(),
				true)));
		assertThat(mvc.get().uri("/inbox")).bodyText()
			.contains("<option value=\"on_break\" selected=\"selected\">On a break</option>",
					"presence-badge presence-on_break\" data-presence-badge>On a break</span>");
	}

	@Test
	void pagesThroughLongLists() {
		given(tickets.search(any(), any())).willAnswer(call -> new PageImpl<>(
				List.of(ticket(10001, "One", TicketStatus.OPEN, null)), call.getArgument(1), 60));

		assertThat(mvc.get().uri("/inbox?view=open&page=1")).hasStatusOk().bodyText()
			.contains("Page 2 of 3", "href=\"/inbox?view=open&amp;page=0\"", "href=\"/inbox?view=open&amp;page=2\"");
	}

	@Test
	void refreshesTheViewCountsOnItsOwn() {
		given(tickets.search(any(), any())).willAnswer(call -> new PageImpl<>(List.of(), PageRequest.of(0, 1), 7));

		assertThat(mvc.get().uri("/inbox/views?view=pending").header("HX-Request", "true")).hasStatusOk().bodyText()
			.contains("id=\"inbox-views\"", "hx-trigger=\"every 30s\"", "7 tickets").doesNotContain("<html");
	}

	@Test
	void showsAKindEmptyStateForAnEmptySearch() {
		assertThat(mvc.get().uri("/inbox?q=zebra")).hasStatusOk().bodyText()
			.contains("No tickets match", "zebra", "Try fewer words");
	}

	@Test
	void showsTheAdminLinkOnlyToAdmins() {
		assertThat(mvc.get().uri("/inbox")).bodyText().doesNotContain("href=\"/admin\"");
		assertThat(mvc.get().uri("/inbox").with(user("alex").roles("ADMIN", "AGENT"))).bodyText()
			.contains("href=\"/admin\"");
	}

	@Test
	void bulkAssignsTheSelectedTicketsToTheAgent() {
		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001", "10002").param("action", "assign")
			.param("view", "unassigned").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/inbox?view=unassigned").flash().containsEntry("flash", "2 tickets assigned to you.");
		verify(tickets).update(eq(10001L), eq(new TicketChanges(null, null, ALEX.id(), false, null, null)),
				eq(ALEX.id()));
	}

	@Test
	void bulkActionsKeepTheAngriestFirstSorting() {
		assertThat(mvc.get().uri("/inbox?view=open&sort=anger")).hasStatusOk().bodyText()
			.contains("<input type=\"hidden\" name=\"sort\" value=\"anger\">");
		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001").param("action", "assign")
			.param("view", "open").param("sort", "anger").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/inbox?view=open&sort=anger");
	}

	@Test
	void bulkSolveNamesATicketThatIsGoneApartFromOnesItsStatusKept() {
		given(tickets.update(eq(10002L), any(), any()))
			.willThrow(IllegalTransition.of(10002, TicketStatus.CLOSED, TicketStatus.SOLVED));
		given(tickets.update(eq(10404L), any(), any())).willThrow(TicketNotFound.forNumber(10404));

		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001", "10002", "10404").param("action", "solve")
			.with(csrf())).flash().containsEntry("flash", "1 ticket solved.")
			.containsEntry("flashProblem", "These tickets were left as they are, because their status does not "
					+ "allow it: [#10002]. These tickets no longer exist: [#10404].");
	}

	@Test
	void bulkSolveReportsTicketsItCouldNotSolve() {
		given(tickets.update(eq(10002L), any(), any()))
			.willThrow(IllegalTransition.of(10002, TicketStatus.CLOSED, TicketStatus.SOLVED));

		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001", "10002").param("action", "solve")
			.with(csrf())).flash().containsEntry("flash", "1 ticket solved.").containsKey("flashProblem");
	}

	@Test
	void refusesAnUnknownBulkActionAndChangesNothing() {
		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001", "10002").param("action", "delete")
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsKey("flashProblem").doesNotContainKey("flash");
		verify(tickets, never()).update(anyLong(), any(), any());
	}

	@Test
	void clampsAHugePageNumber() {
		assertThat(mvc.get().uri("/inbox?page=99999999")).hasStatusOk();
		verify(tickets, atLeastOnce())
			.search(any(), argThat(pageable -> pageable.getPageNumber() == PageNumbers.MAX));
		verify(tickets, never()).search(any(), argThat(pageable -> pageable.getPageNumber() > PageNumbers.MAX));
	}

	@Test
	void rejectsBulkActionsWithoutCsrfToken() {
		assertThat(mvc.post().uri("/inbox/bulk").param("ticket", "10001").param("action", "solve"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(tickets, never()).update(anyLong(), any(), any());
	}

	@Test
	void rendersACustomersTicketHistory() {
		given(tickets.historyOf(TicketWebFixtures.CUSTOMER_ID))
			.willReturn(List.of(ticket(10007, "Old question", TicketStatus.SOLVED, null)));

		assertThat(mvc.get().uri("/customers/{id}/tickets", TicketWebFixtures.CUSTOMER_ID)).hasStatusOk().bodyText()
			.contains("#10007", "Old question", "Solved");
	}

	private static PageImpl<TicketSummary> page(List<TicketSummary> content, Pageable pageable) {
		return new PageImpl<>(content, pageable == null ? PageRequest.of(0, 25) : pageable, content.size());
	}
}
