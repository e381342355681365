package org.servicemind.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroRendererTests {

	@Test
	void fillsKnownPlaceholdersAndKeepsUnknownOnes() {
		String out = MacroRenderer.render("Hi {{customer.firstName}}, re #{{ ticket.number }} {{mystery}} $1 \\o/",
				Map.of("customer.firstName", "Ana", "ticket.number", "10001"));
		assertThat(out).isEqualTo("Hi Ana, re #10001 {{mystery}} $1 \\o/");
	}

	@Test
	void comparesTextIgnoringWhitespace() {
		assertThat(MacroRenderer.sameText("Hello  there\n", "Hello there")).isTrue();
		assertThat(MacroRenderer.sameText("Hello there!", "Hello there")).isFalse();
	}
}
