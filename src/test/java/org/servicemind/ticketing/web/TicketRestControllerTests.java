package org.servicemind.ticketing.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.MessageView;
import org.servicemind.ticketing.PostedMessage;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketNotFound;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(TicketRestController.class)
class TicketRestControllerTests {

	private static final UUID AGENT = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TicketManagement tickets;

	@MockitoBean
	AgentManagement agents;

	@MockitoBean
	CustomerManagement customers;

	@Test
	void repliesAsTheAuthenticatedAgent() throws Exception {
		MessageView reply = new MessageView(UUID.randomUUID(), MessageType.REPLY, "email", "Dana Reyes", AGENT, null,
				"On it", "<p>On it</p>", false, null, null, false, Instant.parse("2026-01-01T10:00:00Z"));
		given(tickets.reply(eq(10001L), eq(AGENT), eq("On it"), isNull())).willReturn(new PostedMessage(10001, reply));

		mvc.perform(post("/api/v1/tickets/10001/messages").with(agent()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"REPLY\", \"body\": \"On it\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ticket").value(10001))
			.andExpect(jsonPath("$.message.author").value("Dana Reyes"))
			.andExpect(jsonPath("$.message.type").value("REPLY"));

		verify(tickets).reply(10001L, AGENT, "On it", null);
	}

	@Test
	void namesTheFieldOfAnAddressWithoutADotInItsDomain() throws Exception {
		mvc.perform(post("/api/v1/tickets").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"Hi\", \"customer\": {\"email\": \"ana@intranet\", \"name\": \"Ana\"}, "
					+ "\"message\": \"hi\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("customer.email"));

		verifyNoInteractions(tickets);
	}

	@Test
	void rejectsTicketWithoutSubjectAndNamesTheField() throws Exception {
		mvc.perform(post("/api/v1/tickets").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"customer\": {\"email\": \"a@example.com\", \"name\": \"A\"}, \"message\": \"hi\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("subject"));

		verifyNoInteractions(tickets);
	}

	@Test
	void rejectsMessageBodiesWithoutAVisibleCharacter() throws Exception {
		for (String body : new String[] { "\\u00a0", "\\u200b\\u200b", " \\u3000\\u2060\\t", "\\ufeff", "" }) {
			mvc.perform(post("/api/v1/tickets/10001/messages").with(agent()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"CUSTOMER\", \"body\": \"" + body + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("body"));
		}
		mvc.perform(post("/api/v1/tickets").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"Hi\", \"customer\": {\"email\": \"a@example.com\", \"name\": \"A\"}, "
					+ "\"message\": \"\\u00a0\\u200b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"));

		verifyNoInteractions(tickets);
	}

	@Test
	void acceptsAMessageOfOnlyASymbol() throws Exception {
		MessageView note = new MessageView(UUID.randomUUID(), MessageType.NOTE, "web", "Dana Reyes", AGENT, null, "?",
				"<p>?</p>", true, null, null, false, Instant.parse("2026-01-01T10:00:00Z"));
		given(tickets.addNote(10001L, AGENT, "\u00a0?")).willReturn(new PostedMessage(10001, note));

		mvc.perform(post("/api/v1/tickets/10001/messages").with(agent()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"NOTE\", \"body\": \"\\u00a0?\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void answersIllegalTransitionWithConflict() throws Exception {
		given(tickets.update(eq(10002L), any(), eq(AGENT)))
			.willThrow(IllegalTransition.of(10002, TicketStatus.NEW, TicketStatus.CLOSED));

		mvc.perform(patch("/api/v1/tickets/10002").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"CLOSED\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void answersAWriteThatCollidedWithAnotherWithConflictAndAskToRetry() throws Exception {
		given(tickets.update(eq(10004L), any(), eq(AGENT)))
			.willThrow(new ObjectOptimisticLockingFailureException("Ticket", UUID.randomUUID()));

		mvc.perform(patch("/api/v1/tickets/10004").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": \"HIGH\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("again")));
	}

	@Test
	void namesTheAcceptedValuesOfAnEnumFieldGivenAnUnknownOne() throws Exception {
		mvc.perform(patch("/api/v1/tickets/10005").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": \"critical\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("priority"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of LOW, NORMAL, HIGH, URGENT"));
		mvc.perform(post("/api/v1/tickets/10005/messages").with(agent()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": 2, \"body\": \"Hi\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of CUSTOMER, REPLY, NOTE"));
		verifyNoInteractions(tickets);
	}

	@Test
	void namesTheAcceptedValuesOfAnEnumParameterGivenAnUnknownOne() throws Exception {
		mvc.perform(get("/api/v1/tickets").param("status", "OPEN,waiting").with(agent()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be one or more of NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED"));
	}

	@Test
	void keepsTheGeneralMessageForAWrongTypeThatIsNoEnum() throws Exception {
		mvc.perform(patch("/api/v1/tickets/10005").with(agent()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"tags\": \"vip\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tags"))
			.andExpect(jsonPath("$.errors[0].message").value("has a value of the wrong type"));
	}

	@Test
	void answersUnknownTicketWithNotFound() throws Exception {
		given(tickets.get(10003L)).willThrow(TicketNotFound.forNumber(10003));

		mvc.perform(get("/api/v1/tickets/10003").with(agent()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("no ticket 10003"));
	}

	@Test
	void showsTheAnalysisOfEachMessageAndTheCustomersAnger() throws Exception {
		given(tickets.get(10004L)).willReturn(new TicketView(TicketWebFixtures.ticket(10004, "Refund", TicketStatus.OPEN,
				0.8), List.of(TicketWebFixtures.message(MessageType.CUSTOMER, "Ana Lima", "Where is my refund?!", 0.8),
						TicketWebFixtures.message(MessageType.REPLY, "Alex Rivera", "On it", null))));

		mvc.perform(get("/api/v1/tickets/10004").with(agent()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerAnger").value(0.8))
			.andExpect(jsonPath("$.messages[0].sentiment").value(-0.8))
			.andExpect(jsonPath("$.messages[0].anger").value(0.8))
			.andExpect(jsonPath("$.messages[0].angerLabel").value("furious"))
			.andExpect(jsonPath("$.messages[0].analysisTruncated").value(false))
			.andExpect(jsonPath("$.messages[1].anger").doesNotExist())
			.andExpect(jsonPath("$.messages[1].angerLabel").doesNotExist());
	}

	@Test
	void listsTicketsWithTheCustomersAnger() throws Exception {
		given(tickets.search(any(), any())).willAnswer(call -> new PageImpl<>(
				List.of(TicketWebFixtures.ticket(10005, "Slow", TicketStatus.OPEN, 0.3)), (Pageable) call.getArgument(1),
				1));

		mvc.perform(get("/api/v1/tickets").with(agent()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].number").value(10005))
			.andExpect(jsonPath("$.items[0].customerAnger").value(0.3));
	}

	@Test
	void sortsByAngerAndKeepsTicketsAboveAMinimumAngerWhenAsked() throws Exception {
		given(tickets.search(any(), any())).willAnswer(call -> new PageImpl<>(List.of(), (Pageable) call.getArgument(1),
				0));

		mvc.perform(get("/api/v1/tickets").param("sort", "anger").param("minAnger", "0.5").with(agent()))
			.andExpect(status().isOk());
		verify(tickets).search(argThat(query -> query.sortByAnger() && Double.valueOf(0.5).equals(query.minAnger())),
				any());

		mvc.perform(get("/api/v1/tickets").with(agent())).andExpect(status().isOk());
		verify(tickets).search(argThat(query -> !query.sortByAnger() && query.minAnger() == null), any());
	}

	@Test
	void refusesAnUnknownSortOrAMinimumAngerOutsideZeroToOne() throws Exception {
		mvc.perform(get("/api/v1/tickets").param("sort", "angriest").with(agent()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of updated, anger"));
		mvc.perform(get("/api/v1/tickets").param("minAnger", "1.5").with(agent()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minAnger"));
		verifyNoInteractions(tickets);
	}

	private static RequestPostProcessor agent() {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(AGENT, null,
				List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
	}
}
