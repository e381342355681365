package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
import tools.jackson.databind.JsonNode;

/** Several writers on one ticket at the same moment: every write succeeds and none is lost. */
@ApiIntegrationTest
class TicketWriteConcurrencyIntegrationTests {

	private static final int WRITERS = 12;

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	@Test
	void keepsEveryMessagePostedToOneTicketAtTheSameMoment() throws Exception {
		ApiTestClient api = new ApiTestClient(port);
		String token = writer();
		long number = openTicket(api, token);
		List<Callable<Response>> posts = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			String type = List.of("REPLY", "NOTE", "CUSTOMER").get(i % 3);
			String body = "{\"type\": \"" + type + "\", \"body\": \"Racing message " + i + "\"}";
			posts.add(() -> api.post("/api/v1/tickets/" + number + "/messages", token, body));
		}
		for (Response r : runTogether(posts)) {
			assertThat(r.status()).as(r.body()).isEqualTo(201);
		}
		JsonNode messages = api.get("/api/v1/tickets/" + number, token).json().get("messages");
		Set<String> bodies = new HashSet<>();
		messages.forEach(m -> bodies.add(m.get("body").asString()));
		assertThat(messages.size()).isEqualTo(WRITERS + 1);
		for (int i = 0; i < WRITERS; i++) {
			assertThat(bodies).contains("Racing message " + i);
		}
	}

	@Test
	void appliesEveryChangeSentToOneTicketAtTheSameMoment() throws Exception {
		ApiTestClient api = new ApiTestClient(port);
		String token = writer();
		long number = openTicket(api, token);
		List<Callable<Response>> patches = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			String body = i % 2 == 0 ? "{\"tags\": [\"race-" + i + "\"]}"
					: "{\"priority\": \"" + (i % 4 == 1 ? "HIGH" : "LOW") + "\"}";
			patches.add(() -> api.patch("/api/v1/tickets/" + number, token, body));
		}
		for (Response r : runTogether(patches)) {
			assertThat(r.status()).as(r.body()).isEqualTo(200);
		}
	}

	private String writer() {
		return ApiTestClient.bearer(tokens, ApiTestClient.newAgent(agents, AgentRole.AGENT), ApiScope.TICKETS_READ,
				ApiScope.TICKETS_WRITE);
	}

	private static long openTicket(ApiTestClient api, String token) {
		String body = "{\"subject\": \"Busy ticket\", \"customer\": {\"email\": \"busy" + ApiTestClient.unique()
				+ "@example.com\", \"name\": \"Bea Busy\"}, \"message\": \"Several people will answer this.\"}";
		Response opened = api.post("/api/v1/tickets", token, body);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("number").asLong();
	}

	/** Starts every call at once (after a common gate) and returns the answers in order. */
	private static List<Response> runTogether(List<Callable<Response>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<Response>> futures = new ArrayList<>();
			for (Callable<Response> call : calls) {
				futures.add(pool.submit(() -> {
					gate.await();
					return call.call();
				}));
			}
			gate.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
