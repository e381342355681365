package org.servicemind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls against the application of an {@link ApiIntegrationTest}, plus agent and token fixtures. */
public final class ApiTestClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public ApiTestClient(int port) {
		this.port = port;
	}

	/** An HTTP response with its body as text. */
	public record Response(int status, java.net.http.HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}

		public List<String> headerValues(String name) {
			return headers.allValues(name);
		}

		public String contentType() {
			return header("Content-Type");
		}
	}

	public Response get(String path, String authorization) {
		return send("GET", path, authorization, null);
	}

	public Response post(String path, String authorization, String json) {
		return send("POST", path, authorization, json);
	}

	public Response patch(String path, String authorization, String json) {
		return send("PATCH", path, authorization, json);
	}

	/** Sends {@code json} (or no body when null) as application/json; a null authorization sends none. */
	public Response send(String method, String path, String authorization, String json) {
		return raw(method, path, authorization, "application/json",
				json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
	}

	public Response raw(String method, String path, String authorization, String contentType, BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body)
			.header("Content-Type", contentType)
			.header("Accept", "application/json, application/problem+json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** @return a JSON string literal of {@code text} */
	public static String quote(String text) {
		return JSON.writeValueAsString(text);
	}

	/** @return a number no other call of this JVM returns, for unique usernames and addresses */
	public static long unique() {
		return SEQUENCE.incrementAndGet();
	}

	/** Creates an agent whose password equals its username. */
	public static AgentView newAgent(AgentManagement agents, AgentRole... roles) {
		String username = "api" + unique();
		return agents.create(new NewAgent(username, "Agent " + username, username + "@example.com", username,
				Set.of(roles), List.of(), List.of(), List.of("en")));
	}

	/** @return an {@code Authorization} header value with a new token for {@code agent} */
	public static String bearer(ApiTokenManagement tokens, AgentView agent, ApiScope... scopes) {
		return "Bearer " + tokens.issue("test " + unique(), Set.of(scopes), agent.id()).secret();
	}

	/** @return an {@code Authorization} header value for HTTP Basic */
	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
