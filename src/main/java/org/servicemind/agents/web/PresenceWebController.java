package org.servicemind.agents.web;

import java.security.Principal;
import java.util.Locale;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentNotFound;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets the signed-in agent set their own presence: {@code POST /me/presence} with {@code status} = online, away,
 * on_break or offline. htmx callers get 204 and an {@code HX-Trigger: presence-changed}; plain forms go back home.
 */
@Controller
class PresenceWebController {

	private final AgentManagement agents;

	PresenceWebController(AgentManagement agents) {
		this.agents = agents;
	}

	@PostMapping("/me/presence")
	ResponseEntity<Void> changePresence(Principal principal, @RequestParam String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		PresenceStatus to;
		try {
			to = PresenceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException unknown) {
			return ResponseEntity.badRequest().build();
		}
		AgentView me = agents.findByUsername(principal.getName())
			.orElseThrow(() -> AgentNotFound.forKey(principal.getName()));
		agents.changePresence(me.id(), to);
		if (htmx != null) {
			return ResponseEntity.noContent().header("HX-Trigger", "presence-changed").build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/").build();
	}
}
