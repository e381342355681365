package org.servicemind.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the home page sends agents to their inbox, and the sign-in page. */
@Controller
class HomeWebController {

	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

	@GetMapping("/login")
	String login() {
		return "web/login";
	}
}
