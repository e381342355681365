package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MacroView;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.web.security.WebSecurityTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(MacroAdminWebController.class)
@Import(WebSecurityTestConfiguration.class)
@RecordApplicationEvents
class MacroAdminWebControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000007");

	static final MacroView REFUND = new MacroView(ID, "Refund issued", "Hi {{customer.firstName}}, refunded.",
			TicketStatus.SOLVED, "refund");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	MacroManagement macros;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void listsMacros() {
		given(macros.list()).willReturn(List.of(REFUND));
		assertThat(mvc.get().uri("/admin/macros")).hasStatusOk().bodyText().contains("Refund issued", "SOLVED", "refund");
	}

	@Test
	@WithMockUser(username = "sam", roles = "SUPERVISOR")
	void forbidsNonAdmins() {
		assertThat(mvc.get().uri("/admin/macros")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/macros/{id}/delete", ID).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		then(macros).should(never()).delete(any());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void showsPlaceholderHelpOnTheForm() {
		assertThat(mvc.get().uri("/admin/macros/new")).hasStatusOk()
			.bodyText()
			.contains("{{customer.firstName}}", "{{ticket.number}}", "{{agent.name}}", "Leave unchanged");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void createsMacroWithActionsAndAuditsIt() {
		given(macros.create("Refund issued", "Hi {{customer.firstName}}", TicketStatus.SOLVED, "refund"))
			.willReturn(REFUND);
		assertThat(mvc.post().uri("/admin/macros").with(csrf()).param("name", "Refund issued")
			.param("body", "Hi {{customer.firstName}}").param("setStatus", "SOLVED").param("addTag", "refund"))
			.hasRedirectedUrl("/admin/macros");
		assertThat(events.stream(AdminActionTaken.class))
			.anyMatch(e -> e.action().equals("macro.created") && e.target().equals("Refund issued"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void treatsEmptyStatusAsNoAction() {
		given(macros.create("Hello", "Hi", null, "")).willReturn(new MacroView(ID, "Hello", "Hi", null, null));
		assertThat(mvc.post().uri("/admin/macros").with(csrf()).param("name", "Hello").param("body", "Hi")
			.param("setStatus", "").param("addTag", "")).hasRedirectedUrl("/admin/macros");
		then(macros).should().create("Hello", "Hi", null, "");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void explainsMissingFieldsAndTakenNames() {
		assertThat(mvc.post().uri("/admin/macros").with(csrf()).param("name", "").param("body", "")).hasStatusOk()
			.bodyText()
			.contains("Please give the macro a name.", "Please write the reply text.");
		given(macros.create(any(), any(), any(), any())).willThrow(new IllegalArgumentException("taken"));
		assertThat(mvc.post().uri("/admin/macros").with(csrf()).param("name", "Refund issued").param("body", "x"))
			.hasStatusOk()
			.bodyText()
			.contains("A macro with this name already exists.");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void editsAndDeletesMacros() {
		given(macros.get(ID)).willReturn(REFUND);
		given(macros.list()).willReturn(List.of(REFUND));
		given(macros.update(ID, "Refund done", "Done.", null, null)).willReturn(new MacroView(ID, "Refund done", "Done.", null, null));
		assertThat(mvc.get().uri("/admin/macros/{id}", ID)).hasStatusOk().bodyText().contains("Hi {{customer.firstName}}, refunded.");
		assertThat(mvc.post().uri("/admin/macros/{id}", ID).with(csrf()).param("name", "Refund done").param("body", "Done."))
			.hasRedirectedUrl("/admin/macros");
		assertThat(mvc.post().uri("/admin/macros/{id}/delete", ID).with(csrf())).hasRedirectedUrl("/admin/macros");
		then(macros).should().delete(ID);
		assertThat(events.stream(AdminActionTaken.class)).extracting(AdminActionTaken::action)
			.contains("macro.changed", "macro.deleted");
	}
}
