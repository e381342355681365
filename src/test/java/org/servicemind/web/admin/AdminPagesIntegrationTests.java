package org.servicemind.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.web.audit.AuditLog;
import org.servicemind.web.security.ApiTokenManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The admin pages against the real services and templates: what an admin does, end to end. */
@IntegrationTest
class AdminPagesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	AuditLog audit;

	@Test
	void createsAnAgentIssuesAndRevokesATokenAndSeesItAllInTheAuditLog() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		String suffix = Long.toString(System.nanoTime());
		AgentView admin = agents.create(new NewAgent("adm-" + suffix, "Ada Admin", "adm" + suffix + "@example.com",
				"admin-password", Set.of(AgentRole.ADMIN), List.of(), List.of(), List.of("en")));
		RequestPostProcessor asAdmin = user(admin.username()).roles("ADMIN");

		mvc.perform(post("/admin/teams").with(asAdmin).with(csrf()).param("name", "Team " + suffix))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/agents").with(asAdmin).with(csrf()).param("username", "new-" + suffix)
			.param("name", "Nina New").param("email", "nina" + suffix + "@example.com").param("password", "long-enough")
			.param("roles", "AGENT").param("teams", "Team " + suffix).param("languages", "en, pt"))
			.andExpect(status().is3xxRedirection());
		AgentView nina = agents.findByUsername("new-" + suffix).orElseThrow();
		assertThat(nina.teams()).containsExactly("Team " + suffix);
		assertThat(nina.languages()).containsExactly("en", "pt");

		String issued = mvc.perform(post("/admin/tokens").with(asAdmin).with(csrf()).param("name", "Sync " + suffix)
			.param("scopes", "TICKETS_READ").param("agent", nina.id().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String secret = issued.replaceAll("(?s).*value=\"(smk_[^\"]+)\".*", "$1");
		assertThat(secret).startsWith("smk_");
		assertThat(tokens.authenticate(secret)).isPresent();
		var token = tokens.list().stream().filter(t -> t.name().equals("Sync " + suffix)).findFirst().orElseThrow();
		mvc.perform(post("/admin/tokens/{id}/revoke", token.id()).with(asAdmin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(tokens.authenticate(secret)).isEmpty();

		for (String page : List.of("/admin/agents", "/admin/agents/" + nina.id(), "/admin/teams", "/admin/skills",
				"/admin/macros", "/admin/macros/new", "/admin/tokens", "/admin/audit")) {
			String html = mvc.perform(get(page).with(asAdmin)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains("<main").doesNotContain(secret);
		}
		assertThat(audit.list(null, PageRequest.of(0, 200)).getContent())
			.filteredOn(e -> e.actor().equals(admin.username()))
			.extracting(e -> e.action())
			.contains("team.created", "agent.created", "token.issued", "token.revoked");
	}
}
