package org.servicemind.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin landing page: one card per configurable area. */
@Controller
class AdminHomeWebController {

	@GetMapping("/admin")
	String show() {
		return "web/admin/home";
	}
}
