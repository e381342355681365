package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CollisionWebController.class)
@Import({ CollisionTracker.class, TicketWebControllerTests.FixedClock.class })
class CollisionWebControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AgentManagement agents;

	@Test
	void showsAnAgentWhoIsWritingOnTheSameTicket() {
		given(agents.findByUsername("sam")).willReturn(Optional.of(TicketWebFixtures.agent("sam", "Sam Lee")));

		assertThat(mvc.post().uri("/tickets/20001/presence/composing").with(user("sam").roles("AGENT")).with(csrf()))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/tickets/20001/presence").with(user("alex").roles("AGENT"))).hasStatusOk()
			.bodyText().contains("Sam Lee", "is writing a reply right now").doesNotContain("<html");
	}

	@Test
	void tellsWhenAColleagueIsWritingAnInternalNote() {
		mvc.post().uri("/tickets/20004/presence/composing").param("type", "NOTE").with(user("kim").roles("AGENT"))
			.with(csrf()).exchange();

		assertThat(mvc.get().uri("/tickets/20004/presence").with(user("alex").roles("AGENT"))).bodyText()
			.contains("is writing an internal note right now");
	}

	@Test
	void showsViewersButNeverTheAgentThemselves() {
		mvc.get().uri("/tickets/20002/presence").with(user("kim").roles("AGENT")).exchange();

		assertThat(mvc.get().uri("/tickets/20002/presence").with(user("alex").roles("AGENT"))).bodyText()
			.contains("kim", "is viewing this ticket");
		assertThat(mvc.get().uri("/tickets/20002/presence").with(user("kim").roles("AGENT"))).bodyText()
			.doesNotContain("kim</strong>");
	}

	@Test
	void rejectsComposingPingsWithoutCsrfToken() {
		assertThat(mvc.post().uri("/tickets/20003/presence/composing").with(user("sam").roles("AGENT")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}
}
