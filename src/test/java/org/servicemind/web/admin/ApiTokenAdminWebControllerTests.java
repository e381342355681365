package org.servicemind.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import org.servicemind.web.security.ApiTokenView;
import org.servicemind.web.security.IssuedToken;
import org.servicemind.web.security.WebSecurityTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ApiTokenAdminWebController.class)
@Import(WebSecurityTestConfiguration.class)
@RecordApplicationEvents
class ApiTokenAdminWebControllerTests {

	static final UUID ADMIN_ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final AgentView ADMIN = new AgentView(ADMIN_ID, "admin", "Priya Natarajan", "priya@example.com",
			Set.of(AgentRole.ADMIN), PresenceStatus.ONLINE, List.of(), List.of(), List.of(), true);

	static final ApiTokenView CRM = new ApiTokenView(UUID.fromString("00000000-0000-0000-0000-0000000000c1"),
			"CRM sync", Set.of(ApiScope.TICKETS_READ), ADMIN_ID, Instant.parse("2026-11-01T10:00:00Z"), null, false);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	ApiTokenManagement tokens;

	@MockitoBean
	AgentManagement agents;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void listsTokensWithoutSecrets() {
		given(tokens.list()).willReturn(List.of(CRM));
		given(agents.list()).willReturn(List.of(ADMIN));
		given(agents.findByUsername("admin")).willReturn(Optional.of(ADMIN));
		given(agents.names(any())).willReturn(Map.of(ADMIN_ID, "Priya Natarajan"));
		assertThat(mvc.get().uri("/admin/tokens")).hasStatusOk()
			.bodyText()
			.contains("CRM sync", "tickets:read", "Priya Natarajan", "never", "Revoke")
			.doesNotContain("smk_");
	}

	@Test
	@WithMockUser(username = "alex", roles = "AGENT")
	void forbidsNonAdmins() {
		assertThat(mvc.get().uri("/admin/tokens")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/tokens").with(csrf()).param("name", "x").param("scopes", "ADMIN")
			.param("agent", ADMIN_ID.toString())).hasStatus(HttpStatus.FORBIDDEN);
		then(tokens).should(never()).issue(any(), any(), any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void showsTheNewSecretOnceAndDoesNotCacheIt() {
		given(agents.list()).willReturn(List.of(ADMIN));
		given(tokens.issue("CRM sync", Set.of(ApiScope.TICKETS_READ, ApiScope.TICKETS_WRITE), ADMIN_ID))
			.willReturn(new IssuedToken(CRM, "smk_secret-shown-once"));
		assertThat(mvc.post().uri("/admin/tokens").with(csrf()).param("name", "CRM sync")
			.param("scopes", "TICKETS_READ", "TICKETS_WRITE").param("agent", ADMIN_ID.toString())).hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.bodyText()
			.contains("smk_secret-shown-once", "it will not be shown again");
		assertThat(events.stream(AdminActionTaken.class))
			.anyMatch(e -> e.action().equals("token.issued") && e.target().equals("CRM sync")
					&& !String.valueOf(e.details()).contains("smk_"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void requiresNameScopeAndActiveAgent() {
		given(agents.list()).willReturn(List.of(ADMIN));
		assertThat(mvc.post().uri("/admin/tokens").with(csrf()).param("name", "")).hasStatusOk()
			.bodyText()
			.contains("Please name the token", "Pick at least one scope.", "Pick the active agent this token acts as.");
		then(tokens).should(never()).issue(any(), any(), any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void revokesTokens() {
		given(tokens.list()).willReturn(List.of(CRM));
		given(tokens.revoke(CRM.id())).willReturn(true);
		assertThat(mvc.post().uri("/admin/tokens/{id}/revoke", CRM.id()).with(csrf())).hasRedirectedUrl("/admin/tokens")
			.flash()
			.containsEntry("flash", "Token CRM sync was revoked and stops working at once.");
		then(tokens).should().revoke(CRM.id());
		assertThat(events.stream(AdminActionTaken.class)).anyMatch(e -> e.action().equals("token.revoked"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void revokingARevokedTokenAgainWritesNoSecondAuditLine() {
		given(tokens.list()).willReturn(List.of(CRM));
		given(tokens.revoke(CRM.id())).willReturn(false);
		assertThat(mvc.post().uri("/admin/tokens/{id}/revoke", CRM.id()).with(csrf())).hasRedirectedUrl("/admin/tokens")
			.flash()
			.containsEntry("flash", "Token CRM sync was already revoked.");
		assertThat(events.stream(AdminActionTaken.class)).isEmpty();
	}
}
