package org.servicemind.agents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentNotFound;
import org.servicemind.shared.PageNumbers;
import org.servicemind.shared.ResultPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agents over HTTP (read only; accounts are managed in the admin UI). */
@RestController
@RequestMapping("/api/v1/agents")
@Tag(name = "Agents")
class AgentRestController {

	private static final int MAX_PAGE_SIZE = 100;

	private final AgentManagement agents;

	AgentRestController(AgentManagement agents) {
		this.agents = agents;
	}

	@GetMapping
	@Operation(summary = "List agents", description = "Sorted by name.")
	ResultPage<AgentJson> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) int size) {
		return ResultPage.slice(agents.list(), PageNumbers.clamp(page), Math.min(size, MAX_PAGE_SIZE)).map(AgentJson::of);
	}

	@GetMapping("/{username}")
	@Operation(summary = "One agent by username")
	AgentJson get(@PathVariable String username) {
		return agents.findByUsername(username).map(AgentJson::of).orElseThrow(() -> AgentNotFound.forKey(username));
	}
}
