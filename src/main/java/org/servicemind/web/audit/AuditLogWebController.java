package org.servicemind.web.audit;

import org.jspecify.annotations.Nullable;
import org.servicemind.shared.PageNumbers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page for admins, newest first, 50 lines a page, optionally filtered by action prefix. */
@Controller
class AuditLogWebController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditLogWebController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String action,
			Model model) {
		Page<AuditEntryView> entries = log.list(action, PageRequest.of(PageNumbers.clamp(page), PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("action", action == null ? "" : action);
		return "web/admin/audit";
	}
}
