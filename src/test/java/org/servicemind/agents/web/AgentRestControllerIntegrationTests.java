package org.servicemind.agents.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIntegrationTest
class AgentRestControllerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	@Test
	void listsAgentsAndFindsOneByUsername() {
		ApiTestClient api = new ApiTestClient(port);
		AgentView agent = ApiTestClient.newAgent(agents, AgentRole.AGENT);
		String token = ApiTestClient.bearer(tokens, agent, ApiScope.TICKETS_READ);

		Response list = api.get("/api/v1/agents?size=100", token);
		Response one = api.get("/api/v1/agents/" + agent.username(), token);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("total").asLong()).isPositive();
		assertThat(list.json().get("items").toString()).contains(agent.username());
		assertThat(list.json().get("items").toString()).doesNotContain("password");
		assertThat(one.json().get("name").asString()).isEqualTo(agent.name());
		assertThat(one.json().get("roles").get(0).asString()).isEqualTo("AGENT");
	}

	@Test
	void answersUnknownAgentWithNotFound() {
		ApiTestClient api = new ApiTestClient(port);
		String token = ApiTestClient.bearer(tokens, ApiTestClient.newAgent(agents, AgentRole.AGENT),
				ApiScope.TICKETS_READ);

		Response missing = api.get("/api/v1/agents/no-such-agent", token);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}
}
