package org.servicemind.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentManagement;
import org.servicemind.web.security.WebSecurityTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AdminHomeWebController.class)
@Import(WebSecurityTestConfiguration.class)
class AdminHomeWebControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AgentManagement agents;

	@Test
	@WithMockUser(roles = "ADMIN")
	void linksEveryAdminArea() {
		assertThat(mvc.get().uri("/admin")).hasStatusOk().bodyText().contains("/admin/agents", "/admin/teams",
				"/admin/skills", "/admin/macros", "/admin/tokens", "/admin/audit");
	}

	@Test
	@WithMockUser(roles = "AGENT")
	void refusesAgents() {
		assertThat(mvc.get().uri("/admin")).hasStatus(HttpStatus.FORBIDDEN);
	}
}
