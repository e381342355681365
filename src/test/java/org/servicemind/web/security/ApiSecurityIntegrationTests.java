package org.servicemind.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIntegrationTest
class ApiSecurityIntegrationTests {

	private static final String TICKET = """
			{"subject": "Hello", "customer": {"email": "sec@example.com", "name": "Sec Tester"}, "message": "Hi"}""";

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	ApiTestClient api;

	AgentView agent;

	@BeforeEach
	void setUp() {
		api = new ApiTestClient(port);
		agent = ApiTestClient.newAgent(agents, AgentRole.AGENT);
	}

	@Test
	void challengesRequestWithoutCredentials() {
		Response response = api.get("/api/v1/tickets", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.headerValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Bearer"))
			.anyMatch(v -> v.startsWith("Basic"));
		assertThat(response.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void rejectsUnknownToken() {
		Response response = api.get("/api/v1/tickets", "Bearer smk_not-a-real-token");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void rejectsRevokedToken() {
		IssuedToken issued = tokens.issue("soon revoked", Set.of(ApiScope.TICKETS_READ), agent.id());
		assertThat(api.get("/api/v1/tickets", "Bearer " + issued.secret()).status()).isEqualTo(200);

		assertThat(tokens.revoke(issued.token().id())).isTrue();

		assertThat(api.get("/api/v1/tickets", "Bearer " + issued.secret()).status()).isEqualTo(401);
		assertThat(tokens.revoke(issued.token().id())).as("a second revoke changes nothing").isFalse();
	}

	@Test
	void forbidsWritesWithReadOnlyToken() {
		String readOnly = ApiTestClient.bearer(tokens, agent, ApiScope.TICKETS_READ);

		Response response = api.post("/api/v1/tickets", readOnly, TICKET);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(api.post("/api/v1/customers", readOnly, "{\"name\": \"A\", \"email\": \"a@example.com\"}")
			.status()).isEqualTo(403);
		assertThat(api.patch("/api/v1/tickets/10001", readOnly, "{}").status()).isEqualTo(403);
	}

	@Test
	void forbidsReadsWithWriteOnlyToken() {
		String writeOnly = ApiTestClient.bearer(tokens, agent, ApiScope.TICKETS_WRITE);

		assertThat(api.get("/api/v1/tickets", writeOnly).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/tickets", writeOnly, TICKET).status()).isEqualTo(201);
	}

	@Test
	void letsAdminTokenReadAndWrite() {
		String admin = ApiTestClient.bearer(tokens, agent, ApiScope.ADMIN);

		assertThat(api.post("/api/v1/tickets", admin, TICKET).status()).isEqualTo(201);
		assertThat(api.get("/api/v1/agents", admin).status()).isEqualTo(200);
	}

	@Test
	void acceptsAgentCredentialsWithBasic() {
		String basic = ApiTestClient.basic(agent.username(), agent.username());

		assertThat(api.post("/api/v1/tickets", basic, TICKET).status()).isEqualTo(201);
		assertThat(api.get("/api/v1/tickets", basic).status()).isEqualTo(200);
	}

	@Test
	void rejectsWrongBasicPassword() {
		Response response = api.get("/api/v1/tickets", ApiTestClient.basic(agent.username(), "wrong"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void rejectsDeactivatedAgentWithBasic() {
		agents.setActive(agent.id(), false);

		assertThat(api.get("/api/v1/tickets", ApiTestClient.basic(agent.username(), agent.username())).status())
			.isEqualTo(401);
	}

	@Test
	void answersAnUnsupportedMethodWithMethodNotAllowedRatherThanForbidden() {
		String basic = ApiTestClient.basic(agent.username(), agent.username());
		String readOnly = ApiTestClient.bearer(tokens, agent, ApiScope.TICKETS_READ);

		for (String authorization : List.of(basic, readOnly)) {
			Response response = api.send("DELETE", "/api/v1/tickets/10001", authorization, null);

			assertThat(response.status()).as(response.body()).isEqualTo(405);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.header("Allow")).contains("GET", "PATCH").doesNotContain("DELETE");
		}
		assertThat(api.send("PUT", "/api/v1/customers", basic, "{}").status()).isEqualTo(405);
		assertThat(api.send("DELETE", "/api/v1/tickets/10001", null, null).status()).isEqualTo(401);
	}

	@Test
	void answersAWriteToAnUnknownApiPathWithNotFound() {
		String basic = ApiTestClient.basic(agent.username(), agent.username());

		Response response = api.post("/api/v1/nope", basic, "{}");

		assertThat(response.status()).as(response.body()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}
}
