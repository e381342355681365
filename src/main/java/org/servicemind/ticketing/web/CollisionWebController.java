package org.servicemind.ticketing.web;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The live collision hint: the ticket page polls who else is here and reports when its agent is typing. */
@Controller
class CollisionWebController {

	private final CollisionTracker tracker;

	private final AgentManagement agents;

	/** Display names by user name, so polling does not hit the database every few seconds. */
	private final Map<String, String> names = new ConcurrentHashMap<>();

	CollisionWebController(CollisionTracker tracker, AgentManagement agents) {
		this.tracker = tracker;
		this.agents = agents;
	}

	/** Marks the caller as viewing and renders the others on the ticket. */
	@GetMapping("/tickets/{number}/presence")
	String presence(@PathVariable long number, Principal principal, Model model) {
		tracker.viewing(number, principal.getName(), displayName(principal));
		model.addAttribute("number", number);
		model.addAttribute("others", tracker.others(number, principal.getName()));
		return "tickets/presence :: presence";
	}

	/** Marks the caller as writing a reply (or a note, {@code type=NOTE}); answers 204 so htmx swaps nothing. */
	@PostMapping("/tickets/{number}/presence/composing")
	ResponseEntity<Void> composing(@PathVariable long number,
			@RequestParam(defaultValue = "REPLY") String type, Principal principal) {
		tracker.composing(number, principal.getName(), displayName(principal), "NOTE".equals(type));
		return ResponseEntity.noContent().build();
	}

	private String displayName(Principal principal) {
		return names.computeIfAbsent(principal.getName(),
				username -> agents.findByUsername(username).map(AgentView::name).orElse(username));
	}
}
