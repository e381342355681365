package org.servicemind.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicemind.agents.AgentRole;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketStatus;

class DemoPlanTests {

	final DemoPlan plan = DemoPlan.load();

	@Test
	void hasTheStatedCounts() {
		assertThat(plan.teams()).hasSize(3);
		assertThat(plan.agents()).hasSize(8);
		assertThat(plan.customers()).hasSize(30);
		assertThat(plan.macros()).hasSize(10);
		assertThat(plan.tickets()).hasSize(60);
	}

	@Test
	void offersTheDocumentedDemoAccounts() {
		Map<String, DemoPlan.Agent> byName = plan.agents().stream()
			.collect(Collectors.toMap(DemoPlan.Agent::username, Function.identity()));
		assertThat(byName.get("admin").roles()).containsExactly(AgentRole.ADMIN);
		assertThat(byName.get("supervisor").roles()).containsExactly(AgentRole.SUPERVISOR);
		assertThat(byName.get("alex").roles()).containsExactly(AgentRole.AGENT);
		assertThat(byName.get("sam").roles()).containsExactly(AgentRole.AGENT);
		assertThat(byName).hasSize(8);
	}

	@Test
	void variesCustomers() {
		assertThat(plan.customers().stream().map(DemoPlan.Customer::email).distinct()).hasSize(30);
		assertThat(plan.customers().stream().map(DemoPlan.Customer::timeZone).distinct().count()).isGreaterThan(15);
		assertThat(plan.customers().stream().map(DemoPlan.Customer::language).distinct().count()).isGreaterThan(8);
		assertThat(plan.customers()).filteredOn(c -> c.organisation() != null).hasSizeGreaterThan(15);
	}

	@Test
	void variesTickets() {
		assertThat(plan.tickets().stream().map(DemoPlan.Ticket::status).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(TicketStatus.values());
		assertThat(plan.tickets().stream().map(DemoPlan.Ticket::priority).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Priority.values());
		assertThat(plan.tickets().stream().map(DemoPlan.Ticket::channel).collect(Collectors.toSet()))
			.contains("email", "chat", "portal", "phone", "api");
		assertThat(plan.tickets().stream().map(DemoPlan.Ticket::assignee).distinct().count()).isGreaterThanOrEqualTo(8);
		assertThat(plan.tickets().stream().mapToInt(t -> t.messages().size()).sum()).isGreaterThan(180);
		assertThat(plan.tickets().stream().flatMap(t -> t.messages().stream()).map(DemoPlan.Message::type)
			.collect(Collectors.toSet())).containsExactlyInAnyOrder("customer", "reply", "note");
		assertThat(plan.tickets().stream().map(DemoPlan.Ticket::daysAgo).max(Double::compare).orElseThrow())
			.isGreaterThan(21);
	}

	@Test
	void refersOnlyToKnownPeopleAndTeams() {
		Set<String> emails = plan.customers().stream().map(DemoPlan.Customer::email).collect(Collectors.toSet());
		Set<String> users = plan.agents().stream().map(DemoPlan.Agent::username).collect(Collectors.toSet());
		Set<String> teams = plan.teams().stream().map(DemoPlan.Team::name).collect(Collectors.toSet());
		assertThat(plan.tickets()).allSatisfy(t -> {
			assertThat(emails).contains(t.customer());
			assertThat(t.team() == null || teams.contains(t.team())).isTrue();
			assertThat(t.assignee() == null || users.contains(t.assignee())).isTrue();
			assertThat(t.messages().get(0).type()).isEqualTo("customer");
			t.messages().forEach(m -> assertThat(m.type().equals("customer") ? m.by() == null : users.contains(m.by()))
				.as("author of '%s'", m.text()).isTrue());
		});
	}

	@Test
	void keepsEveryMessageInThePastAndSolvedTicketsYoungerThanAutoClose() {
		assertThat(plan.tickets()).allSatisfy(t -> {
			double last = t.messages().stream().mapToDouble(DemoPlan.Message::hours).max().orElse(0);
			assertThat(last).as(t.subject()).isLessThan(t.daysAgo() * 24);
			if (t.status() == TicketStatus.SOLVED) {
				assertThat(t.daysAgo() * 24 - last).as(t.subject()).isLessThan(4 * 24);
			}
		});
	}

	@Test
	void macrosUsePlaceholders() {
		assertThat(plan.macros()).allSatisfy(m -> assertThat(m.body()).contains("{{"));
		assertThat(plan.macros().stream().map(DemoPlan.Macro::body).collect(Collectors.joining()))
			.contains("{{customer.firstName}}", "{{ticket.number}}", "{{agent.name}}", "{{agent.firstName}}");
	}
}
