package org.servicemind.agents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.web.security.WebSecurityTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PresenceWebController.class)
@Import(WebSecurityTestConfiguration.class)
class PresenceWebControllerTests {

	static final AgentView SAM = new AgentView(UUID.randomUUID(), "sam", "Sam Okafor", "sam@example.com",
			Set.of(AgentRole.AGENT), PresenceStatus.ONLINE, List.of(), List.of(), List.of(), true);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AgentManagement agents;

	@Test
	@WithMockUser(username = "sam", roles = "AGENT")
	void setsOwnPresenceFromHtmx() {
		given(agents.findByUsername("sam")).willReturn(Optional.of(SAM));
		assertThat(mvc.post().uri("/me/presence").with(csrf()).header("HX-Request", "true").param("status", "on_break"))
			.hasStatus(HttpStatus.NO_CONTENT)
			.hasHeader("HX-Trigger", "presence-changed");
		then(agents).should().changePresence(SAM.id(), PresenceStatus.ON_BREAK);
	}

	@Test
	@WithMockUser(username = "sam", roles = "AGENT")
	void redirectsPlainFormsHome() {
		given(agents.findByUsername("sam")).willReturn(Optional.of(SAM));
		assertThat(mvc.post().uri("/me/presence").with(csrf()).param("status", "AWAY")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/");
		then(agents).should().changePresence(SAM.id(), PresenceStatus.AWAY);
	}

	@Test
	@WithMockUser(username = "sam", roles = "AGENT")
	void rejectsUnknownStatusAndMissingCsrf() {
		assertThat(mvc.post().uri("/me/presence").with(csrf()).param("status", "asleep")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post().uri("/me/presence").param("status", "away")).hasStatus(HttpStatus.FORBIDDEN);
		then(agents).should(never()).changePresence(any(), any());
	}

	@Test
	void requiresSignIn() {
		assertThat(mvc.post().uri("/me/presence").with(csrf()).param("status", "away")).hasStatus3xxRedirection();
		then(agents).should(never()).changePresence(any(), any());
	}
}
