package org.servicemind.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AgentManagement agents;

	@Autowired
	TicketManagement tickets;

	@Test
	void pagesNewestFirstAndFiltersByActionPrefix() {
		String prefix = "test" + System.nanoTime() + ".";
		for (int i = 0; i < 5; i++) {
			log.record("admin", prefix + "did", "thing " + i, null);
		}
		Page<AuditEntryView> first = log.list(prefix, PageRequest.of(0, 2));
		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(first.getContent()).extracting(AuditEntryView::target).containsExactly("thing 4", "thing 3");
		assertThat(log.list(prefix, PageRequest.of(2, 2)).getContent()).extracting(AuditEntryView::target)
			.containsExactly("thing 0");
	}

	@Test
	void cutsOverlongValuesToTheColumnSizes() {
		String target = "t".repeat(300) + System.nanoTime();
		AuditEntryView entry = log.record("admin", "test.long", target, "d".repeat(3000));
		assertThat(entry.target()).hasSize(200);
		assertThat(entry.details()).hasSize(2000);
	}

	@Test
	void recordsAdminActionsPublishedByAnyModule() {
		String target = "agent-" + System.nanoTime();
		events.publishEvent(new AdminActionTaken("admin", "agent.created", target, "roles [AGENT]"));
		assertThat(log.list("agent.created", PageRequest.of(0, 50)).getContent())
			.anyMatch(e -> e.target().equals(target) && e.actor().equals("admin"));
	}

	@Test
	void recordsAssignmentChangesAfterTheyCommit() {
		String username = "audit-" + System.nanoTime();
		AgentView agent = agents.create(new NewAgent(username, "Rae Audit", username + "@example.com", "secret-pw",
				Set.of(AgentRole.AGENT), List.of(), List.of(), List.of("en")));
		TicketSummary ticket = tickets.open(OpenTicket.plain("Audit me", "audited@example.com", "Audi Ted", "hello",
				null, List.of(), "email"));
		tickets.update(ticket.number(), new TicketChanges(null, null, agent.id(), false, null, null), agent.id());

		AuditEntryView entry = await(() -> log.list("ticket.assigned", PageRequest.of(0, 200)).getContent().stream()
			.filter(e -> e.target().equals("ticket " + ticket.number())).findFirst().orElse(null));
		assertThat(entry.actor()).isEqualTo("Rae Audit");
		assertThat(entry.details()).isEqualTo("from nobody to Rae Audit");
		assertThat(entry.at()).isEqualTo(tickets.get(ticket.number()).ticket().updatedAt());
	}

	static <T> T await(Supplier<T> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("nothing arrived within 10 s");
	}
}
