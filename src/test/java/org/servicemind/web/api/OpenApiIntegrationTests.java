package org.servicemind.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiIntegrationTest
class OpenApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void describesEveryEndpoint() {
		Response docs = new ApiTestClient(port).get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/tickets", "/api/v1/tickets/{number}",
				"/api/v1/tickets/{number}/messages", "/api/v1/customers", "/api/v1/customers/{id}",
				"/api/v1/agents", "/api/v1/agents/{username}");
		assertThat(docs.json().get("paths").get("/api/v1/tickets/{number}").has("patch")).isTrue();
	}

	@Test
	void documentsCreatedForEveryPostThatCreates() {
		JsonNode paths = new ApiTestClient(port).get("/v3/api-docs", null).json().get("paths");

		for (String path : List.of("/api/v1/tickets", "/api/v1/tickets/{number}/messages", "/api/v1/customers")) {
			JsonNode responses = paths.get(path).get("post").get("responses");
			assertThat(responses.has("201")).as(path + " " + responses.propertyNames()).isTrue();
			assertThat(responses.has("200")).as(path + " " + responses.propertyNames()).isFalse();
		}
	}

	@Test
	void namesTheApiAndOffersBearerAndBasicAuthentication() {
		Response docs = new ApiTestClient(port).get("/v3/api-docs", null);

		assertThat(docs.json().get("info").get("title").asString()).isEqualTo("ServiceMind API");
		assertThat(docs.json().get("info").get("version").asString()).isNotBlank().isNotEqualTo("v0");
		JsonNode schemes = docs.json().get("components").get("securitySchemes");
		assertThat(schemes.get("bearer").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(docs.json().get("security").toString()).contains("\"bearer\"", "\"basic\"");
	}
}
