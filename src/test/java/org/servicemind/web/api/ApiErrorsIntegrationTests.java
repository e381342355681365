package org.servicemind.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
class ApiErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	ApiTestClient api;

	String admin;

	@BeforeEach
	void setUp() {
		api = new ApiTestClient(port);
		admin = ApiTestClient.bearer(tokens, ApiTestClient.newAgent(agents, AgentRole.AGENT), ApiScope.ADMIN);
	}

	@Test
	void rejectsMalformedJson() {
		Response response = api.post("/api/v1/tickets", admin, "{\"subject\": ");

		assertProblem(response, 400);
	}

	@Test
	void rejectsInvalidTicketWithFieldErrors() {
		Response response = api.post("/api/v1/tickets", admin,
				"{\"subject\": \" \", \"customer\": {\"email\": \"nope\", \"name\": \"X\"}, \"message\": \"m\"}");

		assertProblem(response, 400);
		assertThat(response.json().get("errors").toString()).contains("\"field\":\"subject\"",
				"\"field\":\"customer.email\"");
	}

	@Test
	void namesTheFieldOfAValueWithTheWrongType() {
		Response response = api.post("/api/v1/tickets", admin, """
				{"subject": "s", "customer": {"email": "t@example.com", "name": "T"}, "message": "m", "priority": "SOON"}""");

		assertProblem(response, 400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("priority");
	}

	@Test
	void rejectsANumberOrABooleanWhereAStringBelongs() {
		Response opened = api.post("/api/v1/tickets", admin, """
				{"subject": "Typed", "customer": {"email": "typed@example.com", "name": "T"}, "message": "m"}""");
		String messages = "/api/v1/tickets/" + opened.json().get("number").asLong() + "/messages";

		for (String body : List.of("{\"type\": \"CUSTOMER\", \"body\": 123}",
				"{\"type\": \"CUSTOMER\", \"body\": 1.5}", "{\"type\": \"CUSTOMER\", \"body\": true}")) {
			Response response = api.post(messages, admin, body);

			assertProblem(response, 400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).as(body).isEqualTo("body");
		}
		Response numberedType = api.post(messages, admin, "{\"type\": 1, \"body\": \"Hello\"}");
		assertProblem(numberedType, 400);
		assertThat(numberedType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
		assertThat(api.post(messages, admin, "{\"type\": \"CUSTOMER\", \"body\": \"123\"}").status())
			.isEqualTo(201);
	}

	@Test
	void rejectsBodyOverLimitByContentLength() {
		String big = "{\"subject\": \"" + "x".repeat(1_100_000) + "\"}";

		Response response = api.post("/api/v1/tickets", admin, big);

		assertProblem(response, 413);
	}

	@Test
	void rejectsStreamedBodyOverLimit() {
		byte[] big = ("{\"subject\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);

		Response response = api.raw("POST", "/api/v1/tickets", admin, "application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

		assertProblem(response, 413);
	}

	@Test
	void rejectsUnsupportedMediaType() {
		Response response = api.raw("POST", "/api/v1/tickets", admin, "text/plain", BodyPublishers.ofString("hi"));

		assertProblem(response, 415);
	}

	@Test
	void rejectsUnsupportedMethod() {
		Response response = api.send("PUT", "/api/v1/tickets/10001", admin, "{}");

		assertProblem(response, 405);
	}

	@Test
	void answersUnknownApiPathWithNotFound() {
		assertProblem(api.get("/api/v1/nothing-here", admin), 404);
		assertProblem(api.get("/api/v1/tickets/not-a-number", admin), 404);
		assertProblem(api.get("/api/v1/tickets/99999999", admin), 404);
	}

	@Test
	void namesTheUnknownApiPathInsteadOfAStaticResource() {
		Response response = api.get("/api/v1/nope", admin);

		assertProblem(response, 404);
		assertThat(response.json().get("detail").asString()).startsWith("No API endpoint at /api/v1/nope")
			.doesNotContain("static resource");
		assertThat(response.json().get("instance").asString()).isEqualTo("/api/v1/nope");
	}

	@Test
	void answersProblemJsonUnderApiEvenToABrowser() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nothing-here"))
			.header("Authorization", admin).header("Accept", "text/html").build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("<html");
	}

	@Test
	void rejectsInvalidQueryParameters() {
		assertProblem(api.get("/api/v1/tickets?status=SLEEPING", admin), 400);
		assertProblem(api.get("/api/v1/tickets?page=-1", admin), 400);
	}

	private static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
		assertThat(response.json().get("title").asString()).isNotBlank();
		assertThat(response.json().path("type").asString()).as("type").isEqualTo("about:blank");
	}
}
