package org.servicemind.agents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.agents.TeamView;
import org.servicemind.shared.AdminActionTaken;
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

@WebMvcTest({ AgentAdminWebController.class, TeamAdminWebController.class })
@Import(WebSecurityTestConfiguration.class)
@RecordApplicationEvents
class AgentAdminWebControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

	static final AgentView DANA = new AgentView(ID, "dana", "Dana Reyes", "dana@example.com", Set.of(AgentRole.AGENT),
			PresenceStatus.ONLINE, List.of("Billing"), List.of("refunds"), List.of("en"), true);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	AgentManagement agents;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void listsAgents() {
		given(agents.list()).willReturn(List.of(DANA));
		assertThat(mvc.get().uri("/admin/agents")).hasStatusOk()
			.hasViewName("agents/admin/list")
			.bodyText()
			.contains("Dana Reyes", "dana@example.com", "Deactivate");
	}

	@Test
	@WithMockUser(username = "alex", roles = "AGENT")
	void forbidsAgentsWhoAreNotAdmins() {
		assertThat(mvc.get().uri("/admin/agents")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/agents/{id}/active", ID).with(csrf()).param("active", "false"))
			.hasStatus(HttpStatus.FORBIDDEN);
		then(agents).should(never()).setActive(any(), eq(false));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void rejectsFormsWithoutCsrfToken() {
		assertThat(mvc.post().uri("/admin/agents").param("username", "kim")).hasStatus(HttpStatus.FORBIDDEN);
		then(agents).should(never()).create(any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void createsAgentAndAuditsIt() {
		given(agents.create(any())).willReturn(DANA);
		assertThat(mvc.post().uri("/admin/agents").with(csrf()).param("username", "dana").param("name", "Dana Reyes")
			.param("email", "dana@example.com").param("password", "correct-horse").param("roles", "AGENT")
			.param("teams", "Billing").param("languages", "en, de")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/agents")
			.flash()
			.containsEntry("flash", "Agent Dana Reyes was created.");
		then(agents).should().create(new NewAgent("dana", "Dana Reyes", "dana@example.com", "correct-horse",
				Set.of(AgentRole.AGENT), List.of("Billing"), List.of(), List.of("en", "de")));
		assertThat(events.stream(AdminActionTaken.class))
			.anyMatch(e -> e.actor().equals("admin") && e.action().equals("agent.created") && e.target().equals("dana"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void showsFriendlyErrorsForInvalidForm() {
		given(agents.teams()).willReturn(List.of(new TeamView(UUID.randomUUID(), "Billing", null, 1)));
		assertThat(mvc.post().uri("/admin/agents").with(csrf()).param("username", "No Spaces!").param("name", "")
			.param("email", "not-an-address").param("password", "short")).hasStatusOk()
			.hasViewName("agents/admin/form")
			.bodyText()
			.contains("Use 2 to 64 lower-case letters", "Please enter the agent&#39;s name.",
					"This does not look like an e-mail address.", "Please set a password of at least 8 characters.",
					"Pick at least one role.");
		then(agents).should(never()).create(any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void explainsTakenUsername() {
		given(agents.create(any())).willThrow(new IllegalArgumentException("username already taken: dana"));
		assertThat(mvc.post().uri("/admin/agents").with(csrf()).param("username", "dana").param("name", "Dana")
			.param("email", "dana@example.com").param("password", "correct-horse").param("roles", "AGENT"))
			.hasStatusOk()
			.bodyText()
			.contains("That username or e-mail address is already in use.");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void editsRolesTeamsSkillsAndLanguages() {
		given(agents.get(ID)).willReturn(DANA);
		given(agents.update(eq(ID), any(), any(), any(), any(), any(), any())).willReturn(DANA);
		assertThat(mvc.post().uri("/admin/agents/{id}", ID).with(csrf()).param("username", "dana")
			.param("name", "Dana Reyes").param("email", "dana@example.com").param("roles", "AGENT", "SUPERVISOR")
			.param("skills", "refunds").param("languages", "en es")).hasStatus(HttpStatus.FOUND);
		then(agents).should().update(ID, "Dana Reyes", "dana@example.com", Set.of(AgentRole.AGENT, AgentRole.SUPERVISOR),
				List.of(), List.of("refunds"), List.of("en", "es"));
		assertThat(events.stream(AdminActionTaken.class)).anyMatch(e -> e.action().equals("agent.changed"));
	}

	@Test
	@WithMockUser(username = "dana", roles = "ADMIN")
	void keepsAdminsFromRemovingTheirOwnAdminRole() {
		given(agents.get(ID)).willReturn(DANA);
		assertThat(mvc.post().uri("/admin/agents/{id}", ID).with(csrf()).param("username", "dana")
			.param("name", "Dana Reyes").param("email", "dana@example.com").param("roles", "AGENT")).hasStatusOk()
			.bodyText()
			.contains("You cannot remove your own admin role.");
		then(agents).should(never()).update(any(), any(), any(), any(), any(), any(), any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void deactivatesAgentButNotYourself() {
		given(agents.get(ID)).willReturn(DANA);
		assertThat(mvc.post().uri("/admin/agents/{id}/active", ID).with(csrf()).param("active", "false"))
			.hasRedirectedUrl("/admin/agents");
		then(agents).should().setActive(ID, false);
		assertThat(events.stream(AdminActionTaken.class)).anyMatch(e -> e.action().equals("agent.deactivated"));

		UUID adminId = UUID.randomUUID();
		given(agents.get(adminId)).willReturn(new AgentView(adminId, "admin", "Admin", "a@example.com",
				Set.of(AgentRole.ADMIN), PresenceStatus.ONLINE, List.of(), List.of(), List.of(), true));
		assertThat(mvc.post().uri("/admin/agents/{id}/active", adminId).with(csrf()).param("active", "false"))
			.flash()
			.containsEntry("flash", "You cannot deactivate your own account.");
		then(agents).should(never()).setActive(adminId, false);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void resetsPasswordOnlyWhenLongEnough() {
		given(agents.get(ID)).willReturn(DANA);
		assertThat(mvc.post().uri("/admin/agents/{id}/password", ID).with(csrf()).param("password", "short"))
			.hasStatusOk()
			.bodyText()
			.contains("Use 8 to 100 characters.");
		then(agents).should(never()).changePassword(any(), any());

		assertThat(mvc.post().uri("/admin/agents/{id}/password", ID).with(csrf()).param("password", "a-long-secret"))
			.hasRedirectedUrl("/admin/agents/" + ID);
		then(agents).should().changePassword(ID, "a-long-secret");
		assertThat(events.stream(AdminActionTaken.class)).anyMatch(e -> e.action().equals("agent.password-reset"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void createsTeamsAndSkills() {
		given(agents.findTeamId("Travel")).willReturn(java.util.Optional.empty());
		assertThat(mvc.post().uri("/admin/teams").with(csrf()).param("name", "Travel").param("description", "Trips"))
			.hasRedirectedUrl("/admin/teams");
		then(agents).should().createTeam("Travel", "Trips");

		given(agents.skills()).willReturn(List.of("refunds"));
		assertThat(mvc.post().uri("/admin/skills").with(csrf()).param("name", "Refunds")).hasStatusOk()
			.bodyText()
			.contains("This skill already exists.");
		assertThat(mvc.post().uri("/admin/skills").with(csrf()).param("name", "visas")).hasRedirectedUrl("/admin/skills");
		then(agents).should().createSkill("visas");
		assertThat(mvc.get().uri("/admin/skills")).hasStatusOk().bodyText().contains("refunds");
	}
}
