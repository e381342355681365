package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.servicemind.ticketing.web.TicketWebFixtures.ALEX;
import static org.servicemind.ticketing.web.TicketWebFixtures.customer;
import static org.servicemind.ticketing.web.TicketWebFixtures.message;
import static org.servicemind.ticketing.web.TicketWebFixtures.ticket;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.MessageView;
import org.servicemind.ticketing.PostedMessage;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketNotFound;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.servicemind.ticketing.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(TicketWebController.class)
@Import({ CollisionTracker.class, TicketWebControllerTests.FixedClock.class })
@WithMockUser(username = "alex", roles = "AGENT")
class TicketWebControllerTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(TicketWebFixtures.NOW, ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TicketManagement tickets;

	@MockitoBean
	MacroManagement macros;

	@MockitoBean
	AgentManagement agents;

	@MockitoBean
	CustomerManagement customers;

	TicketSummary open = ticket(10001, "Export broken", TicketStatus.OPEN, 0.9);

	@BeforeEach
	void aTicketWithAThread() {
		given(agents.findByUsername("alex")).willReturn(Optional.of(ALEX));
		given(agents.list()).willReturn(List.of(ALEX));
		given(customers.get(TicketWebFixtures.CUSTOMER_ID)).willReturn(customer("Prefers <i>e-mail</i>."));
		given(tickets.get(10001)).willReturn(new TicketView(open,
				List.of(message(MessageType.CUSTOMER, "Ana Lima", "Help!\n<script>window.__xss=1</script>", 0.9),
						message(MessageType.NOTE, "Alex Rivera", "Checked the logs", null),
						message(MessageType.REPLY, "Alex Rivera", "On it.", null))));
	}

	@Test
	void rendersTheThreadEscapedWithNotesSetApart() {
		assertThat(mvc.get().uri("/tickets/10001")).hasStatusOk().bodyText()
			.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;")
			.doesNotContain("<script>window.__xss")
			.contains("message-customer", "message-note", "Internal note", "message-reply", "Public reply")
			.contains("Customer mood:", ">furious<")
			.contains("Prefers &lt;i&gt;e-mail&lt;/i&gt;.", "Europe/Lisbon", "Detailed");
	}

	@Test
	void letsRightToLeftTextReadRightToLeft() {
		given(tickets.get(10001)).willReturn(new TicketView(ticket(10001, "الطلب لم يصل!", TicketStatus.OPEN, 0.4),
				List.of(message(MessageType.CUSTOMER, "מאיה לוי", "ההזמנה לא הגיעה.\nOrder A-17", 0.4))));

		assertThat(mvc.get().uri("/tickets/10001")).hasStatusOk().bodyText()
			.contains("class=\"ticket-title\" dir=\"auto\">الطلب لم يصل!</h1>")
			.contains("class=\"message-author\" dir=\"auto\">מאיה לוי</span>")
			.contains("class=\"message-text\" dir=\"auto\">ההזמנה לא הגיעה.\nOrder A-17</div>")
			.contains("id=\"composer-body\" name=\"body\" dir=\"auto\"");
	}

	@Test
	void namesTheSentimentOfAnalysedCustomerMessagesOnly() {
		given(tickets.get(10001)).willReturn(new TicketView(open,
				List.of(message(MessageType.CUSTOMER, "Ana Lima", "Still broken", 0.9),
						message(MessageType.CUSTOMER, "Ana Lima", "Thanks, that works", 0.0),
						message(MessageType.CUSTOMER, "Ana Lima", "Just arrived", null),
						message(MessageType.REPLY, "Alex Rivera", "On it.", null))));

		assertThat(mvc.get().uri("/tickets/10001")).hasStatusOk().bodyText()
			.contains("title=\"Customer sentiment: negative\"", "title=\"Customer sentiment: neutral\"")
			.contains("<span class=\"visually-hidden\">Customer sentiment:</span>")
			.satisfies(body -> assertThat(body.split("class=\"badge sentiment", -1)).hasSize(3));
	}

	@Test
	void saysWhenAMessagesMoodWasReadFromItsStartOnly() {
		MessageView whole = message(MessageType.CUSTOMER, "Ana Lima", "Still broken", 0.9);
		MessageView cut = new MessageView(UUID.randomUUID(), MessageType.CUSTOMER, "email", "Ana Lima", null, null,
				"Long", "Long", false, -0.2, 0.3, true, whole.createdAt());
		given(tickets.get(10001)).willReturn(new TicketView(open, List.of(whole, cut)));

		assertThat(mvc.get().uri("/tickets/10001")).hasStatusOk().bodyText()
			.contains("read from the first 20,000 characters\">mood from the start only</span>")
			.satisfies(body -> assertThat(body.split("mood from the start only", -1)).hasSize(2));
	}

	@Test
	void offersOnlyTheStatusesTheLifecycleAllows() {
		given(tickets.get(10001)).willReturn(new TicketView(ticket(10001, "Done", TicketStatus.SOLVED, null), List.of()));

		assertThat(mvc.get().uri("/tickets/10001")).bodyText()
			.contains("value=\"SOLVED\" selected=\"selected\">Solved (now)", "value=\"OPEN\"", "value=\"CLOSED\"")
			.doesNotContain("value=\"PENDING_CUSTOMER\"", "value=\"ON_HOLD\"", "Solve ticket");
	}

	@Test
	void replacesTheComposerWithAQuietNoteOnAClosedTicket() {
		given(tickets.get(10001)).willReturn(new TicketView(ticket(10001, "Old", TicketStatus.CLOSED, null), List.of()));

		assertThat(mvc.get().uri("/tickets/10001")).bodyText().contains("This ticket is closed")
			.doesNotContain("data-composer");
	}

	@Test
	void disablesTheDetailsOfAClosedTicket() {
		given(tickets.get(10001)).willReturn(new TicketView(ticket(10001, "Old", TicketStatus.CLOSED, null), List.of()));

		assertThat(mvc.get().uri("/tickets/10001")).bodyText().contains("plain-fieldset\" disabled=\"disabled\"",
				"A closed ticket keeps its details.");
	}

	@Test
	void keepsTheDetailsEditableOnAnOpenTicket() {
		given(tickets.get(10001)).willReturn(new TicketView(ticket(10001, "Live", TicketStatus.OPEN, null), List.of()));

		assertThat(mvc.get().uri("/tickets/10001")).bodyText().contains("plain-fieldset")
			.doesNotContain("disabled=\"disabled\"");
	}

	@Test
	void sendsAReplyAndRedirectsToIt() {
		PostedMessage posted = new PostedMessage(10001, message(MessageType.REPLY, "Alex Rivera", "Fixed.", null));
		given(tickets.reply(10001, ALEX.id(), "Fixed.", null)).willReturn(posted);

		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "REPLY").param("body", "Fixed.")
			.param("macroId", "").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tickets/10001?view=mine#m-" + posted.message().id())
			.flash().containsEntry("flash", "Reply sent.");
	}

	@Test
	void passesTheChosenMacroAlongSoAnUnchangedOneIsMarked() {
		UUID macro = UUID.randomUUID();
		given(tickets.reply(10001, ALEX.id(), "Hi Ana", macro))
			.willReturn(new PostedMessage(10001, message(MessageType.REPLY, "Alex Rivera", "Hi Ana", null)));

		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "REPLY").param("body", "Hi Ana")
			.param("macroId", macro.toString()).with(csrf())).hasStatus(HttpStatus.FOUND);
		verify(tickets).reply(10001, ALEX.id(), "Hi Ana", macro);
	}

	@Test
	void addsAnInternalNote() {
		given(tickets.addNote(10001, ALEX.id(), "Call them"))
			.willReturn(new PostedMessage(10001, message(MessageType.NOTE, "Alex Rivera", "Call them", null)));

		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "NOTE").param("body", "Call them")
			.with(csrf())).flash().containsEntry("flash", "Internal note added.");
		verify(tickets, never()).reply(anyLong(), any(), any(), any());
	}

	@Test
	void explainsKindlyThatAnEmptyReplyCannotBeSent() {
		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "REPLY").param("body", "   ")
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash()
			.containsEntry("composerProblem", "Your reply is empty. Write a few words to the customer, then send it.");
		verify(tickets, never()).reply(anyLong(), any(), any(), any());
	}

	@Test
	void explainsKindlyThatAnOverlongNoteIsRefusedAndKeepsItsFirstPart() {
		String body = "x".repeat(TicketRequests.MAX_MESSAGE_CHARS + 1);
		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "NOTE").param("body", body).with(csrf()))
			.hasStatus(HttpStatus.FOUND).flash()
			.containsEntry("composerProblem", "Your note is 100,001 characters long; the limit is 100,000. Shorten it "
					+ "or split it into two messages.")
			.containsEntry("draft", body.substring(0, TicketRequests.MAX_MESSAGE_CHARS));
		verify(tickets, never()).addNote(anyLong(), any(), any());
	}

	@Test
	void keepsTheReplyInTheComposerWhenItCollidedWithAnotherWrite() {
		given(tickets.reply(10001, ALEX.id(), "On my way", null))
			.willThrow(new PessimisticLockingFailureException("lock wait timed out"));

		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "REPLY").param("body", "On my way")
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/tickets/10001?view=mine").flash()
			.containsEntry("flashProblem", TicketWebController.COLLIDED + " Your reply is still in the box below: "
					+ "check the thread, then send it again.")
			.containsEntry("draft", "On my way");
	}

	@Test
	void explainsKindlyThatAChangeCollidedWithAnotherWrite() {
		given(tickets.update(eq(10001L), any(), any()))
			.willThrow(new ObjectOptimisticLockingFailureException("Ticket", UUID.randomUUID()));

		assertThat(mvc.post().uri("/tickets/10001").param("priority", "URGENT").with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/tickets/10001?view=mine").flash()
			.containsEntry("flashProblem", TicketWebController.COLLIDED
					+ " Check the ticket, then make your change again.");
	}

	@Test
	void rejectsAReplyWithoutCsrfToken() {
		assertThat(mvc.post().uri("/tickets/10001/messages").param("type", "REPLY").param("body", "Hi"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(tickets, never()).reply(anyLong(), any(), any(), any());
	}

	@Test
	void turnsAnIllegalTransitionIntoAFriendlyMessage() {
		given(tickets.update(eq(10001L), any(), any()))
			.willThrow(IllegalTransition.of(10001, TicketStatus.OPEN, TicketStatus.CLOSED));

		assertThat(mvc.post().uri("/tickets/10001").param("status", "CLOSED").with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/tickets/10001?view=mine").flash()
			.containsEntry("flashProblem", "Ticket #10001 is open right now, so it can't move to closed. "
					+ "The status menu shows the steps possible from here.");
	}

	@Test
	void sendsOnlyTheDetailsThatChanged() {
		assertThat(mvc.post().uri("/tickets/10001").param("status", "OPEN").param("priority", "URGENT")
			.param("assignee", ALEX.id().toString()).param("team", "").param("tags", "Billing, vip").with(csrf()))
			.flash().containsEntry("flash", "Ticket updated.");
		verify(tickets).update(10001, new TicketChanges(null, org.servicemind.ticketing.Priority.URGENT, null, false,
				List.of("billing", "vip"), null), ALEX.id());
	}

	@Test
	void keepsAColleaguesChangesWhenAPageLoadedBeforeThemIsSaved() {
		// the page showed NORMAL, no assignee and the tag billing; since then a colleague made it HIGH and took it
		assertThat(mvc.post().uri("/tickets/10001").param("status", "OPEN").param("priority", "NORMAL")
			.param("assignee", "").param("team", "").param("tags", "billing, vip").param("shownStatus", "OPEN")
			.param("shownPriority", "NORMAL").param("shownAssignee", "").param("shownTeam", "")
			.param("shownTags", "billing").with(csrf())).flash().containsEntry("flash", "Ticket updated.");
		verify(tickets).update(10001, new TicketChanges(null, null, null, false, List.of("billing", "vip"), null),
				ALEX.id());
	}

	@Test
	void savesWhatTheAgentChangedOnAPageLoadedBeforeAColleaguesChange() {
		assertThat(mvc.post().uri("/tickets/10001").param("status", "OPEN").param("priority", "URGENT")
			.param("assignee", "").param("team", "").param("tags", "billing").param("shownStatus", "OPEN")
			.param("shownPriority", "NORMAL").param("shownAssignee", ALEX.id().toString()).param("shownTeam", "")
			.param("shownTags", "billing").with(csrf())).flash().containsEntry("flash", "Ticket updated.");
		verify(tickets).update(10001, new TicketChanges(null, org.servicemind.ticketing.Priority.URGENT, null, true,
				null, null), ALEX.id());
	}

	@Test
	void remembersInTheDetailsFormWhatThePageShowed() {
		assertThat(mvc.get().uri("/tickets/10001")).hasStatusOk().bodyText()
			.contains("name=\"shownStatus\" value=\"OPEN\"", "name=\"shownPriority\" value=\"HIGH\"",
					"name=\"shownAssignee\" value=\"" + ALEX.id() + "\"", "name=\"shownTeam\" value=\"\"",
					"name=\"shownTags\" value=\"billing\"");
	}

	@Test
	void solvesTheTicket() {
		assertThat(mvc.post().uri("/tickets/10001/solve").with(csrf())).hasStatus(HttpStatus.FOUND).flash()
			.containsEntry("flash", "Ticket #10001 solved. Nice work.");
		verify(tickets).update(10001, new TicketChanges(TicketStatus.SOLVED, null, null, false, null, null),
				ALEX.id());
	}

	@Test
	void fillsTheComposerWithTheRenderedMacroAndRemembersIt() {
		UUID macro = UUID.randomUUID();
		given(tickets.renderMacro(macro, 10001, ALEX.id())).willReturn("Hi Ana <3");

		assertThat(mvc.get().uri("/tickets/10001/macro?macro=" + macro).header("HX-Request", "true"))
			.hasStatusOk().bodyText().contains("Hi Ana &lt;3</textarea>")
			.contains("name=\"macroId\" value=\"" + macro + "\"").doesNotContain("<html");
	}

	@Test
	void answersNotFoundForAnUnknownTicket() {
		given(tickets.get(424242)).willThrow(TicketNotFound.forNumber(424242));

		assertThat(mvc.get().uri("/tickets/424242")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void neverTouchesTicketsForAnAnonymousVisitor() {
		assertThat(mvc.get().uri("/tickets/10001").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		verifyNoInteractions(tickets);
	}

	@Test
	void showsTheFriendlyNotFoundPageForANumberThatIsNoNumber() {
		assertThat(mvc.get().uri("/tickets/abc").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText().contains("We could not find that page", "Back to the inbox").doesNotContain("Failed to convert");
	}

	@Test
	void showsTheFriendlyNotFoundPageForAnUnknownPath() {
		assertThat(mvc.get().uri("/nothing").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML).bodyText()
			.contains("We could not find that page").doesNotContain("No static resource");
	}

	@Test
	void showsTheFriendlyErrorPageForAnUnsupportedMethod() {
		assertThat(mvc.delete().uri("/tickets/10001").accept(MediaType.TEXT_HTML).with(csrf()))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED).bodyText().contains("That request could not be handled", "405");
	}
}

