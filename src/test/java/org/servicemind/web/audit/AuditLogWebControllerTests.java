package org.servicemind.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicemind.shared.PageNumbers;
import org.servicemind.web.security.WebSecurityTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AuditLogWebController.class)
@Import(WebSecurityTestConfiguration.class)
class AuditLogWebControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditLog log;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void showsOnePageWithLinksToTheOthers() {
		AuditEntryView entry = new AuditEntryView(UUID.randomUUID(), Instant.parse("2026-11-30T21:00:00Z"), "admin",
				"agent.created", "dana", "roles [AGENT]");
		given(log.list(eq("agent."), any())).willReturn(new PageImpl<>(List.of(entry), PageRequest.of(1, 50), 160));
		assertThat(mvc.get().uri("/admin/audit?page=1&action=agent.")).hasStatusOk()
			.bodyText()
			.contains("2026-11-30 21:00:00", "agent.created", "dana", "Page 2 of 4", "Newer", "Older");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void clampsAHugePageNumber() {
		given(log.list(any(), any())).willAnswer(call -> new PageImpl<>(List.of(), call.getArgument(1), 0));

		assertThat(mvc.get().uri("/admin/audit?page=2147483647")).hasStatusOk();
		verify(log).list(any(), argThat(pageable -> pageable.getPageNumber() == PageNumbers.MAX));
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void isForAdminsOnly() {
		assertThat(mvc.get().uri("/admin/audit")).hasStatus(HttpStatus.FORBIDDEN);
	}
}
