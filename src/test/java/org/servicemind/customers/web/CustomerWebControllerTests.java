package org.servicemind.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerNotFound;
import org.servicemind.customers.CustomerView;
import org.servicemind.shared.PageNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CustomerWebController.class)
@WithMockUser(username = "alex", roles = "AGENT")
class CustomerWebControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final CustomerView ANA = new CustomerView(ID, "Ana <b>Lima</b>", List.of("ana@example.com"), "Acme",
			"Europe/Lisbon", "en", "Call before noon", -0.5, Instant.parse("2026-11-01T10:00:00Z"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CustomerManagement customers;

	@BeforeEach
	void ana() {
		given(customers.get(ID)).willReturn(ANA);
		given(customers.search(any(), any()))
			.willAnswer(call -> new PageImpl<>(List.of(ANA), (Pageable) call.getArgument(1), 1));
	}

	@Test
	void listsAndSearchesCustomers() {
		assertThat(mvc.get().uri("/customers?q=acme")).hasStatusOk().bodyText()
			.contains("Ana &lt;b&gt;Lima&lt;/b&gt;", "ana@example.com", "Acme", "Search customers");
		verify(customers).search(eq("acme"), any());
	}

	@Test
	void clampsAHugePageNumber() {
		assertThat(mvc.get().uri("/customers?page=2147483647")).hasStatusOk();
		verify(customers).search(any(), argThat(pageable -> pageable.getPageNumber() == PageNumbers.MAX));
	}

	@Test
	void answersAnHtmxSearchWithTheTableOnly() {
		assertThat(mvc.get().uri("/customers?q=ana").header("HX-Request", "true")).bodyText()
			.contains("id=\"customer-list\"").doesNotContain("<html");
	}

	@Test
	void showsAnEmptyStateWhenNobodyMatches() {
		willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0)).given(customers).search(any(), any());

		assertThat(mvc.get().uri("/customers?q=zebra")).bodyText().contains("No customer matches", "zebra");
	}

	@Test
	void showsTheProfileWithNotesAndLoadsTheHistory() {
		assertThat(mvc.get().uri("/customers/{id}", ID)).hasStatusOk().bodyText()
			.contains("Call before noon", "Brief", "Europe/Lisbon", "hx-get=\"/customers/" + ID + "/tickets\"");
	}

	@Test
	void savesNotesAndGoesBackToTheTicket() {
		assertThat(mvc.post().uri("/customers/{id}/notes", ID).param("notes", "VIP, be quick")
			.param("back", "/tickets/10001?view=mine").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tickets/10001?view=mine").flash().containsKey("flash");
		verify(customers).edit(ID, "Ana <b>Lima</b>", "Acme", "Europe/Lisbon", "en", "VIP, be quick");
	}

	@Test
	void neverRedirectsToAnotherSiteAfterSavingNotes() {
		assertThat(mvc.post().uri("/customers/{id}/notes", ID).param("notes", "x").param("back", "//evil.example")
			.with(csrf())).hasRedirectedUrl("/customers/" + ID);
	}

	@Test
	void rejectsNotesWithoutCsrfToken() {
		assertThat(mvc.post().uri("/customers/{id}/notes", ID).param("notes", "x")).hasStatus(HttpStatus.FORBIDDEN);
		verify(customers, never()).edit(any(), any(), any(), any(), any(), any());
	}

	@Test
	void explainsAnUnknownTimeZoneKindly() {
		assertThat(mvc.post().uri("/customers/{id}", ID).param("name", "Ana Lima").param("timeZone", "Mars/Olympus")
			.with(csrf())).flash().containsKey("flashProblem");
		verify(customers, never()).edit(any(), any(), any(), any(), any(), any());
	}

	@Test
	void setsTheServiceStyleByHand() {
		assertThat(mvc.get().uri("/customers/{id}", ID)).hasStatusOk().bodyText()
			.contains("action=\"/customers/" + ID + "/style\"", "<option value=\"brief\" selected");
		assertThat(mvc.post().uri("/customers/{id}/style", ID).param("style", "detailed").with(csrf())).flash()
			.containsEntry("flash", "Service style of Ana <b>Lima</b> set to detailed.");
		verify(customers).overrideDetailPreference(ID, 0.8);
	}

	@Test
	void explainsAnUnknownServiceStyleKindly() {
		assertThat(mvc.post().uri("/customers/{id}/style", ID).param("style", "chatty").with(csrf())).flash()
			.containsKey("flashProblem");
		assertThat(mvc.post().uri("/customers/{id}/style", ID).param("style", "brief")).hasStatus(HttpStatus.FORBIDDEN);
		verify(customers, never()).overrideDetailPreference(any(), org.mockito.ArgumentMatchers.anyDouble());
	}

	@Test
	void savesTheProfileAndKeepsTheNotes() {
		assertThat(mvc.post().uri("/customers/{id}", ID).param("name", "Ana Lima").param("organisation", "Acme Ltd")
			.param("timeZone", "Europe/Berlin").param("language", "de").with(csrf())).flash()
			.containsEntry("flash", "Profile saved.");
		verify(customers).edit(ID, "Ana Lima", "Acme Ltd", "Europe/Berlin", "de", "Call before noon");
	}

	@Test
	void explainsAProfileThatDoesNotFitKindly() {
		willThrow(new IllegalArgumentException("The name may have at most 200 characters; this has 5000."))
			.given(customers).edit(eq(ID), any(), any(), any(), any(), any());

		assertThat(mvc.post().uri("/customers/{id}", ID).param("name", "x".repeat(5000)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/customers/" + ID).flash()
			.hasEntrySatisfying("flashProblem", problem -> assertThat(problem).asString().contains("at most 200"));
	}

	@Test
	void explainsNotesThatAreTooLongKindly() {
		willThrow(new IllegalArgumentException("The notes may have at most 10000 characters; this has 20000."))
			.given(customers).edit(eq(ID), any(), any(), any(), any(), any());

		assertThat(mvc.post().uri("/customers/{id}/notes", ID).param("notes", "n".repeat(20_000)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).flash()
			.hasEntrySatisfying("flashProblem", problem -> assertThat(problem).asString().contains("notes"))
			.doesNotContainKey("flash");
	}

	@Test
	void answersNotFoundForAnUnknownCustomer() {
		UUID unknown = UUID.randomUUID();
		given(customers.get(unknown)).willThrow(CustomerNotFound.forKey(unknown));

		assertThat(mvc.get().uri("/customers/{id}", unknown)).hasStatus(HttpStatus.NOT_FOUND);
	}
}
