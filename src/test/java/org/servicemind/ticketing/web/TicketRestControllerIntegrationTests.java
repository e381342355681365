package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicemind.ApiTestClient.quote;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.ApiIntegrationTest;
import org.servicemind.ApiTestClient;
import org.servicemind.ApiTestClient.Response;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.shared.PageNumbers;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiIntegrationTest
class TicketRestControllerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	ApiTokenManagement tokens;

	ApiTestClient api;

	AgentView agent;

	String token;

	@BeforeEach
	void setUp() {
		api = new ApiTestClient(port);
		agent = ApiTestClient.newAgent(agents, AgentRole.AGENT);
		token = ApiTestClient.bearer(tokens, agent, ApiScope.TICKETS_READ, ApiScope.TICKETS_WRITE);
	}

	@Test
	void createsTicketWithLocationAndNumber() {
		Response created = api.post("/api/v1/tickets", token, """
				{"subject": "Invoice missing", "customer": {"email": "Mia.%d@Example.com", "name": "Mia Olsen"},
				 "message": "Where is my invoice?", "priority": "HIGH", "tags": ["Billing"], "channel": "email"}
				""".formatted(ApiTestClient.unique()));

		assertThat(created.status()).isEqualTo(201);
		long number = created.json().get("number").asLong();
		assertThat(number).isGreaterThanOrEqualTo(10001);
		assertThat(created.header("Location")).endsWith("/api/v1/tickets/" + number);
		assertThat(created.json().get("status").asString()).isEqualTo("NEW");
		assertThat(created.json().get("priority").asString()).isEqualTo("HIGH");
		assertThat(api.get("/api/v1/tickets/" + number, token).json().get("createdAt").asString())
			.as("the instant returned on creation is the stored one").isEqualTo(created.json().get("createdAt").asString());
		assertThat(created.json().get("channel").asString()).isEqualTo("email");
		assertThat(created.json().get("customer").get("name").asString()).isEqualTo("Mia Olsen");
		assertThat(created.json().get("tags").get(0).asString()).isEqualTo("billing");
	}

	@Test
	void getsTicketWithItsMessages() {
		long number = open("Cannot log in", "Password reset mail never arrives");

		Response ticket = api.get("/api/v1/tickets/" + number, token);

		assertThat(ticket.status()).isEqualTo(200);
		assertThat(ticket.json().get("subject").asString()).isEqualTo("Cannot log in");
		assertThat(ticket.json().get("channel").asString()).isEqualTo("api");
		JsonNode message = ticket.json().get("messages").get(0);
		assertThat(message.get("type").asString()).isEqualTo("CUSTOMER");
		assertThat(message.get("channel").asString()).isEqualTo("api");
		assertThat(message.get("author").asString()).isEqualTo("Kai Berg");
		assertThat(message.get("body").asString()).isEqualTo("Password reset mail never arrives");
		assertThat(message.get("createdAt").asString()).isNotBlank();
	}

	@Test
	void returnsScriptInMessageAsPlainText() {
		long number = open("Odd text", "Hello <script>alert('x')</script> there");

		Response ticket = api.get("/api/v1/tickets/" + number, token);

		assertThat(ticket.contentType()).startsWith("application/json");
		JsonNode message = ticket.json().get("messages").get(0);
		assertThat(message.get("body").asString()).isEqualTo("Hello <script>alert('x')</script> there");
		assertThat(message.get("html").asString()).doesNotContain("<script");
	}

	@Test
	void listsTicketsPageByPageWithFilters() {
		String word = "zebra" + ApiTestClient.unique();
		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			numbers.add(open("Printer " + word + " " + i, "It jams"));
		}

		Response firstPage = api.get("/api/v1/tickets?q=" + word + "&size=2&page=0", token);
		Response secondPage = api.get("/api/v1/tickets?q=" + word + "&size=2&page=1", token);

		assertThat(firstPage.status()).isEqualTo(200);
		assertThat(firstPage.json().get("items")).hasSize(2);
		assertThat(firstPage.json().get("total").asLong()).isEqualTo(3);
		assertThat(firstPage.json().get("page").asInt()).isZero();
		assertThat(firstPage.json().get("size").asInt()).isEqualTo(2);
		assertThat(secondPage.json().get("items")).hasSize(1);
		assertThat(api.get("/api/v1/tickets?q=" + word + "&status=NEW,OPEN&channel=api", token).json().get("total")
			.asLong()).isEqualTo(3);
		assertThat(api.get("/api/v1/tickets?q=" + word + "&status=SOLVED", token).json().get("total").asLong())
			.isZero();
		assertThat(api.get("/api/v1/tickets?size=1000", token).json().get("size").asInt()).isEqualTo(100);

		api.patch("/api/v1/tickets/" + numbers.get(0), token, "{\"assignee\": \"" + agent.username() + "\"}");
		Response mine = api.get("/api/v1/tickets?q=" + word + "&assignee=" + agent.username(), token);
		assertThat(mine.json().get("items")).hasSize(1);
		assertThat(mine.json().get("items").get(0).get("number").asLong()).isEqualTo(numbers.get(0));
		assertThat(api.get("/api/v1/tickets?q=" + word + "&assignee=none", token).json().get("total").asLong())
			.isEqualTo(2);
		assertThat(api.get("/api/v1/tickets?assignee=nobody-at-all", token).json().get("total").asLong()).isZero();
	}

	@Test
	void answersAHugePageNumberWithAnEmptyPage() {
		Response huge = api.get("/api/v1/tickets?page=2147483647&size=100", token);

		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.json().get("items")).isEmpty();
		assertThat(huge.json().get("page").asInt()).isEqualTo(PageNumbers.MAX);
		assertThat(api.get("/api/v1/customers?page=2147483647&size=100", token).status()).isEqualTo(200);
	}

	@Test
	void filtersTicketsByCustomerAddress() {
		String email = "lea." + ApiTestClient.unique() + "@example.com";
		api.post("/api/v1/tickets", token, newTicket("Refund", email, "Please refund"));

		Response theirs = api.get("/api/v1/tickets?customer=" + email, token);

		assertThat(theirs.json().get("total").asLong()).isEqualTo(1);
		assertThat(theirs.json().get("items").get(0).get("subject").asString()).isEqualTo("Refund");
	}

	@Test
	void addsReplyAndNoteAsTheAuthenticatedAgent() {
		long number = open("Slow app", "Takes ages to load");

		Response reply = api.post("/api/v1/tickets/" + number + "/messages", token,
				"{\"type\": \"REPLY\", \"body\": \"Clearing the cache should help.\"}");
		Response note = api.post("/api/v1/tickets/" + number + "/messages", token,
				"{\"type\": \"NOTE\", \"body\": \"Known issue, see release notes.\"}");
		Response customer = api.post("/api/v1/tickets/" + number + "/messages", token,
				"{\"type\": \"CUSTOMER\", \"body\": \"Thanks, that worked.\"}");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("ticket").asLong()).isEqualTo(number);
		assertThat(reply.json().get("message").get("author").asString()).isEqualTo(agent.name());
		assertThat(note.status()).isEqualTo(201);
		assertThat(customer.status()).isEqualTo(201);
		JsonNode messages = api.get("/api/v1/tickets/" + number, token).json().get("messages");
		assertThat(messages).hasSize(4);
		assertThat(messages.get(1).get("type").asString()).isEqualTo("REPLY");
		assertThat(messages.get(1).get("author").asString()).isEqualTo(agent.name());
		assertThat(messages.get(2).get("type").asString()).isEqualTo("NOTE");
		assertThat(messages.get(3).get("type").asString()).isEqualTo("CUSTOMER");
		assertThat(messages.get(3).get("author").asString()).isEqualTo("Kai Berg");
	}

	@Test
	void patchesStatusPriorityAssigneeAndTags() {
		long number = open("VPN drops", "Every hour");

		Response patched = api.patch("/api/v1/tickets/" + number, token, """
				{"status": "OPEN", "priority": "URGENT", "assignee": "%s", "tags": ["network", "vpn"]}
				""".formatted(agent.username()));

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(patched.json().get("priority").asString()).isEqualTo("URGENT");
		assertThat(patched.json().get("assignee").get("name").asString()).isEqualTo(agent.name());
		assertThat(patched.json().get("tags").toString()).contains("network", "vpn");
	}

	@Test
	void unassignsWithNullAssigneeAndKeepsAbsentFields() {
		long number = open("Lost parcel", "Tracking shows nothing");
		api.patch("/api/v1/tickets/" + number, token, "{\"assignee\": \"" + agent.username() + "\"}");

		Response unchanged = api.patch("/api/v1/tickets/" + number, token, "{\"priority\": \"LOW\"}");
		Response unassigned = api.patch("/api/v1/tickets/" + number, token, "{\"assignee\": null}");

		assertThat(unchanged.json().get("assignee").get("id").asString()).isEqualTo(agent.id().toString());
		assertThat(unassigned.status()).isEqualTo(200);
		assertThat(unassigned.json().get("assignee").isNull()).isTrue();
		assertThat(unassigned.json().get("priority").asString()).isEqualTo("LOW");
	}

	@Test
	void rejectsIllegalTransitionWithConflict() {
		long number = open("Closed too early", "Hmm");

		Response response = api.patch("/api/v1/tickets/" + number, token, "{\"status\": \"CLOSED\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("cannot move from NEW to CLOSED");
	}

	@Test
	void rejectsUnknownAssigneeWithBadRequest() {
		long number = open("Who?", "Anyone there");

		Response response = api.patch("/api/v1/tickets/" + number, token, "{\"assignee\": \"ghost-agent\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void answersUnknownTicketWithNotFound() {
		Response response = api.get("/api/v1/tickets/99999999", token);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(404);
		assertThat(api.post("/api/v1/tickets/99999999/messages", token, "{\"type\": \"NOTE\", \"body\": \"x\"}")
			.status()).isEqualTo(404);
	}

	private long open(String subject, String message) {
		Response created = api.post("/api/v1/tickets", token,
				newTicket(subject, "kai." + ApiTestClient.unique() + "@example.com", message));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("number").asLong();
	}

	private static String newTicket(String subject, String email, String message) {
		return "{\"subject\": " + quote(subject) + ", \"customer\": {\"email\": " + quote(email)
				+ ", \"name\": \"Kai Berg\"}, \"message\": " + quote(message) + "}";
	}
}
