package org.servicemind.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketView;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoSeederIntegrationTests {

	@Autowired
	DemoSeeder seeder;

	@Autowired
	AgentManagement agents;

	@Autowired
	TicketManagement tickets;

	@Autowired
	MacroManagement macros;

	@Test
	void seedsThePlanWithBackdatedHistory() {
		String marker = "demo" + System.nanoTime();
		List<Long> numbers = seeder.seed(DemoPlan.load(), marker);

		assertThat(numbers).hasSize(60).doesNotHaveDuplicates();
		List<AgentView> demoAgents = agents.list().stream().filter(a -> a.username().startsWith(marker + "-")).toList();
		assertThat(demoAgents).hasSize(8);
		assertThat(demoAgents).filteredOn(a -> a.username().equals(marker + "-admin"))
			.singleElement()
			.satisfies(a -> assertThat(a.roles()).containsExactly(AgentRole.ADMIN));
		assertThat(agents.teams()).filteredOn(t -> t.name().endsWith(marker)).hasSize(3);
		assertThat(macros.list()).filteredOn(m -> m.name().endsWith(marker)).hasSize(10);

		List<TicketView> seeded = numbers.stream().map(tickets::get).toList();
		Set<TicketStatus> statuses = seeded.stream().map(t -> t.ticket().status()).collect(Collectors.toSet());
		assertThat(statuses).containsExactlyInAnyOrder(TicketStatus.values());
		assertThat(seeded.stream().map(t -> t.ticket().customerId()).distinct()).hasSize(30);
		assertThat(seeded).allSatisfy(t -> assertThat(t.ticket().createdAt()).isBefore(Instant.now()));
		assertThat(seeded.stream().map(t -> t.ticket().createdAt()).min(Instant::compareTo).orElseThrow())
			.isBefore(Instant.now().minus(Duration.ofDays(21)));
		assertThat(seeded.stream().flatMap(t -> t.messages().stream()).map(m -> m.type()).distinct())
			.containsExactlyInAnyOrder(MessageType.values());
	}
}
