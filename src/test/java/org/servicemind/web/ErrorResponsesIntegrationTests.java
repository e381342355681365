package org.servicemind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Error responses of the browser UI over real HTTP, for a signed-in agent, by what the client accepts. */
@ApiIntegrationTest
class ErrorResponsesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		AgentView agent = ApiTestClient.newAgent(agents, AgentRole.AGENT);
		Matcher token = CSRF.matcher(send(HttpRequest.newBuilder(uri("/login")).build()).body());
		assertThat(token.find()).isTrue();
		String form = "username=" + agent.username() + "&password=" + agent.username() + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void answersAnUnknownTicketWithProblemJsonToAClientAcceptingAnything() throws Exception {
		HttpResponse<String> response = get("/tickets/99999", "*/*");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
		assertThat(problem.get("instance").asString()).isEqualTo("/tickets/99999");
		assertThat(problem.has("timestamp")).isFalse();
	}

	@Test
	void keepsTheFriendlyPageForABrowser() throws Exception {
		HttpResponse<String> response = get("/tickets/99999", "text/html,application/xhtml+xml,*/*;q=0.8");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void explainsToABrowserThatAFormTooBigForTheServerIsTooLong() throws Exception {
		Matcher token = CSRF.matcher(get("/inbox", "text/html").body());
		assertThat(token.find()).isTrue();
		String form = "type=NOTE&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&body="
				+ "long+words+".repeat(300_000);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/tickets/10001/messages"))
			.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)).build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That was too long to send", "100,000 characters")
			.doesNotContain("trying again usually sorts it out");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
