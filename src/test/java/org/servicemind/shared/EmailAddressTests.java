package org.servicemind.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTests {

	@Test
	void normalisesCaseAndWhitespace() {
		assertThat(new EmailAddress("  Ana.Lima@Example.COM ").value()).isEqualTo("ana.lima@example.com");
	}

	@Test
	void rejectsImplausibleAddresses() {
		for (String bad : new String[] { "", "ana", "ana@", "@example.com", "a b@example.com", "ana@example",
				"x".repeat(250) + "@example.com" }) {
			assertThatThrownBy(() -> new EmailAddress(bad)).isInstanceOf(IllegalArgumentException.class);
		}
	}
}
