package org.servicemind.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIntegrationTest
class CustomerRestControllerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	ApiTestClient api;

	String token;

	@BeforeEach
	void setUp() {
		api = new ApiTestClient(port);
		token = ApiTestClient.bearer(tokens, ApiTestClient.newAgent(agents, AgentRole.AGENT), ApiScope.TICKETS_READ,
				ApiScope.TICKETS_WRITE);
	}

	@Test
	void registersCustomerAndFindsItAgain() {
		long n = ApiTestClient.unique();
		Response created = api.post("/api/v1/customers", token, """
				{"name": "Noor Haddad %d", "email": "noor.%d@example.com", "organisation": "Acme", "timeZone": "Europe/Berlin"}
				""".formatted(n, n));

		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/customers/" + id);
		assertThat(created.json().get("emails").get(0).asString()).isEqualTo("noor." + n + "@example.com");

		Response fetched = api.get("/api/v1/customers/" + id, token);
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("organisation").asString()).isEqualTo("Acme");

		Response search = api.get("/api/v1/customers?q=haddad%20" + n + "&size=5", token);
		assertThat(search.json().get("total").asLong()).isEqualTo(1);
		assertThat(search.json().get("items").get(0).get("id").asString()).isEqualTo(id);
		assertThat(search.json().get("size").asInt()).isEqualTo(5);
	}

	@Test
	void rejectsDuplicateAddressWithConflict() {
		String body = "{\"name\": \"Ola\", \"email\": \"ola." + ApiTestClient.unique() + "@example.com\"}";
		api.post("/api/v1/customers", token, body);

		Response duplicate = api.post("/api/v1/customers", token, body);

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
	}

	@Test
	void rejectsInvalidCustomerWithFieldErrors() {
		Response invalid = api.post("/api/v1/customers", token, "{\"name\": \"\", \"email\": \"not-an-address\"}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").toString()).contains("\"field\":\"name\"", "\"field\":\"email\"");
	}

	@Test
	void namesTheFieldOfAnAddressWithoutADotInItsDomain() {
		Response invalid = api.post("/api/v1/customers", token, "{\"name\": \"Ana\", \"email\": \"ana@intranet\"}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").toString()).contains("\"field\":\"email\"");
	}

	@Test
	void rejectsAnUnknownTimeZoneWithBadRequest() {
		Response invalid = api.post("/api/v1/customers", token, """
				{"name": "Zed", "email": "zed.%d@example.com", "timeZone": "Mars/Olympus"}
				""".formatted(ApiTestClient.unique()));

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.json().get("detail").asString()).contains("Mars/Olympus", "time zone");
	}

	@Test
	void rejectsAnOverLongLanguageWithBadRequest() {
		Response invalid = api.post("/api/v1/customers", token, """
				{"name": "Lee", "email": "lee.%d@example.com", "language": "a-language-tag-far-too-long"}
				""".formatted(ApiTestClient.unique()));

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("detail").asString()).contains("language tag");
	}

	@Test
	void searchesPercentAndUnderscoreLiterally() {
		long n = ApiTestClient.unique();
		api.post("/api/v1/customers", token, """
				{"name": "Wild %d", "email": "wild.%d@example.com"}
				""".formatted(n, n));

		Response percent = api.get("/api/v1/customers?q=%25", token);
		Response underscore = api.get("/api/v1/customers?q=wild_" + n, token);

		assertThat(percent.status()).isEqualTo(200);
		assertThat(percent.json().get("total").asLong()).isZero();
		assertThat(underscore.json().get("total").asLong()).isZero();
	}

	@Test
	void answersUnknownCustomerWithNotFound() {
		Response missing = api.get("/api/v1/customers/" + UUID.randomUUID(), token);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}
}
