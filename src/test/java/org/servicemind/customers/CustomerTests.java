package org.servicemind.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.servicemind.shared.EmailAddress;

class CustomerTests {

	static Customer ana() {
		return new Customer("Ana Lima", new EmailAddress("ana@example.com"), "Acme", "Europe/Lisbon", "pt-BR");
	}

	@Test
	void averagesTheFirstDetailPreferencesAndThenFollowsRecentMessages() {
		Customer customer = ana();
		customer.recordDetailPreference(1);
		customer.recordDetailPreference(0);
		assertThat(customer.view().detailPreference()).isCloseTo(0.5, within(1e-9));
		for (int i = 0; i < 50; i++) {
			customer.recordDetailPreference(0.8);
		}
		for (int i = 0; i < 10; i++) {
			customer.recordDetailPreference(-0.8);
		}
		assertThat(customer.view().detailPreference()).isLessThan(-0.6);
		assertThat(customer.view().serviceStyle()).isEqualTo("brief");
		customer.recordDetailPreference(7);
		assertThat(customer.view().detailPreference()).isBetween(-1.0, 1.0);
	}

	@Test
	void acceptsZonesAndLanguageTags() {
		Customer customer = ana();

		customer.edit("Ana Lima", "Acme", "America/New_York", "en", "Call before noon");

		assertThat(customer.view().timeZone()).isEqualTo("America/New_York");
		assertThat(customer.view().language()).isEqualTo("en");
		assertThat(ana().view().language()).isEqualTo("pt-BR");
	}

	@Test
	void rejectsNamesAndOrganisationsLongerThanTheirColumns() {
		assertThatIllegalArgumentException().isThrownBy(() -> ana().edit("x".repeat(5000), null, null, null, null))
			.withMessageContaining("name").withMessageContaining("200");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ana().edit("Ana", "x".repeat(5000), null, null, null))
			.withMessageContaining("organisation");
		assertThatIllegalArgumentException().isThrownBy(() -> new Customer("x".repeat(201),
				new EmailAddress("long@example.com"), null, null, null));
	}

	@Test
	void rejectsNotesLongerThanTenThousandCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> ana().edit("Ana", null, null, null, "n".repeat(20_000)))
			.withMessageContaining("notes");
	}

	@Test
	void rejectsUnknownTimeZones() {
		assertThatIllegalArgumentException().isThrownBy(() -> ana().edit("Ana", null, "Mars/Olympus", null, null))
			.withMessageContaining("Mars/Olympus");
		assertThatIllegalArgumentException().isThrownBy(() -> new Customer("Ana",
				new EmailAddress("tz@example.com"), null, "Z".repeat(70), null));
	}

	@Test
	void rejectsLanguagesThatAreNotTags() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ana().edit("Ana", null, null, "a-very-long-language-tag", null))
			.withMessageContaining("language tag");
		assertThatIllegalArgumentException().isThrownBy(() -> ana().edit("Ana", null, null, "english!", null));
	}

	@Test
	void leavesTheProfileUnchangedWhenAnEditIsRejected() {
		Customer customer = ana();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> customer.edit("Someone else", null, null, null, "n".repeat(20_000)));

		assertThat(customer.view().name()).isEqualTo("Ana Lima");
		assertThat(customer.view().organisation()).isEqualTo("Acme");
	}
}
