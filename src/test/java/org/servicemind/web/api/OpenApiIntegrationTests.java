package org.servicemind.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
