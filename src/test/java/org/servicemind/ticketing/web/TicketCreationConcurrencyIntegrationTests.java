package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
class TicketCreationConcurrencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	@Test
	void createsTwoHundredTicketsInParallelWithDistinctNumbers() throws Exception {
		ApiTestClient api = new ApiTestClient(port);
		String token = ApiTestClient.bearer(tokens, ApiTestClient.newAgent(agents, AgentRole.AGENT),
				ApiScope.TICKETS_WRITE);
		long run = ApiTestClient.unique();
		List<Future<Response>> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (int i = 0; i < 200; i++) {
				// 20 customers, each new to the system, so registrations race as well
				String body = "{\"subject\": \"Parallel " + i + "\", \"customer\": {\"email\": \"par" + run + "-"
						+ (i % 20) + "@example.com\", \"name\": \"Par Allel\"}, \"message\": \"Ticket " + i + "\"}";
				responses.add(pool.submit(() -> api.post("/api/v1/tickets", token, body)));
			}
			Set<Long> numbers = new HashSet<>();
			for (Future<Response> response : responses) {
				Response r = response.get();
				assertThat(r.status()).as(r.body()).isEqualTo(201);
				numbers.add(r.json().get("number").asLong());
			}
			assertThat(numbers).hasSize(200);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
