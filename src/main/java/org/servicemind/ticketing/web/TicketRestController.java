package org.servicemind.ticketing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerView;
import org.servicemind.shared.PageNumbers;
import org.servicemind.shared.ResultPage;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.PostedMessage;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketQuery;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.servicemind.ticketing.web.TicketRequests.NewMessage;
import org.servicemind.ticketing.web.TicketRequests.NewTicket;
import org.servicemind.ticketing.web.TicketRequests.TicketPatch;
import org.servicemind.ticketing.web.TicketResources.MessageJson;
import org.servicemind.ticketing.web.TicketResources.PostedMessageJson;
import org.servicemind.ticketing.web.TicketResources.TicketDetailJson;
import org.servicemind.ticketing.web.TicketResources.TicketJson;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tickets over HTTP. The authenticated principal is the acting agent's id (an API token acts as its agent).
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketRestController {

	static final int MAX_PAGE_SIZE = 100;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final CustomerManagement customers;

	TicketRestController(TicketManagement tickets, AgentManagement agents, CustomerManagement customers) {
		this.tickets = tickets;
		this.agents = agents;
		this.customers = customers;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a ticket", description = "The customer is found by e-mail or registered.")
	ResponseEntity<TicketJson> create(@Valid @RequestBody NewTicket request) {
		TicketSummary opened = tickets.open(OpenTicket.plain(request.subject(), request.customer().email(),
				request.customer().name(), request.message(), request.priority(),
				request.tags() == null ? List.of() : request.tags(),
				request.channel() == null ? "api" : request.channel()));
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.number())).body(TicketJson.of(opened));
	}

	@GetMapping
	@Operation(summary = "List tickets", description = "Most recently updated first, or with sort=anger the angriest "
			+ "customer first. assignee is a username (or 'none' for unassigned), team a team name, customer an e-mail "
			+ "address or id, minAnger (0..1) keeps tickets whose customer anger is at least that.")
	ResponseEntity<ResultPage<TicketJson>> list(@RequestParam(required = false) @Nullable List<TicketStatus> status,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) int size,
			@RequestParam(defaultValue = "updated") @Pattern(regexp = "updated|anger",
					message = "must be one of updated, anger") String sort,
			@RequestParam(required = false) @DecimalMin("0") @DecimalMax("1") @Nullable Double minAnger) {
		int pageSize = Math.min(size, MAX_PAGE_SIZE);
		int pageNumber = PageNumbers.clamp(page);
		Optional<TicketQuery> query = query(status, assignee, team, channel, customer, q, minAnger,
				"anger".equals(sort));
		if (query.isEmpty()) {
			return ResponseEntity.ok(new ResultPage<>(List.of(), pageNumber, pageSize, 0));
		}
		Page<TicketSummary> found = tickets.search(query.get(), PageRequest.of(pageNumber, pageSize));
		return ResponseEntity.ok(new ResultPage<>(found.getContent().stream().map(TicketJson::of).toList(), pageNumber,
				pageSize, found.getTotalElements()));
	}

	@GetMapping("/{number}")
	@Operation(summary = "A ticket with its messages")
	TicketDetailJson get(@PathVariable long number) {
		return TicketDetailJson.of(tickets.get(number));
	}

	@PostMapping("/{number}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a message", description = "REPLY and NOTE are written as the authenticated agent; "
			+ "CUSTOMER as the ticket's customer (a closed ticket gets a linked follow-up).")
	ResponseEntity<PostedMessageJson> addMessage(@PathVariable long number, @Valid @RequestBody NewMessage request,
			@Parameter(hidden = true) @AuthenticationPrincipal @Nullable UUID agentId) {
		PostedMessage posted = switch (request.type()) {
			case CUSTOMER -> tickets.addCustomerMessage(number, request.body(), false, "api", null);
			case REPLY -> tickets.reply(number, actingAgent(agentId), request.body(), null);
			case NOTE -> tickets.addNote(number, actingAgent(agentId), request.body());
		};
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + posted.number()))
			.body(new PostedMessageJson(posted.number(), MessageJson.of(posted.message())));
	}

	@PatchMapping("/{number}")
	@Operation(summary = "Change status, priority, assignee or tags",
			description = "Absent fields stay unchanged; \"assignee\": null unassigns.")
	TicketJson update(@PathVariable long number, @Valid @RequestBody TicketPatch patch,
			@Parameter(hidden = true) @AuthenticationPrincipal @Nullable UUID agentId) {
		String assignee = patch.assigneeUsername();
		UUID assigneeId = assignee == null ? null : agentNamed(assignee);
		return TicketJson.of(tickets.update(number, new TicketChanges(patch.status(), patch.priority(), assigneeId,
				patch.unassign(), patch.tags(), null), agentId));
	}

	/** @return the query, or empty when a filter names something that does not exist (so nothing matches) */
	private Optional<TicketQuery> query(@Nullable List<TicketStatus> status, @Nullable String assignee,
			@Nullable String team, @Nullable String channel, @Nullable String customer, @Nullable String q,
			@Nullable Double minAnger, boolean sortByAnger) {
		UUID assigneeId = null;
		boolean unassigned = false;
		if (assignee != null && !assignee.isBlank()) {
			if (assignee.strip().equalsIgnoreCase("none")) {
				unassigned = true;
			}
			else {
				Optional<AgentView> agent = agents.findByUsername(assignee.strip());
				if (agent.isEmpty()) {
					return Optional.empty();
				}
				assigneeId = agent.get().id();
			}
		}
		List<UUID> teams = List.of();
		if (team != null && !team.isBlank()) {
			Optional<UUID> teamId = agents.findTeamId(team);
			if (teamId.isEmpty()) {
				return Optional.empty();
			}
			teams = List.of(teamId.get());
		}
		UUID customerId = null;
		if (customer != null && !customer.isBlank()) {
			Optional<UUID> id = customerId(customer.strip());
			if (id.isEmpty()) {
				return Optional.empty();
			}
			customerId = id.get();
		}
		return Optional.of(new TicketQuery(status == null ? List.of() : status, assigneeId, unassigned, teams,
				channel == null || channel.isBlank() ? null : channel.strip(), customerId, q, minAnger,
				sortByAnger));
	}

	private Optional<UUID> customerId(String key) {
		if (key.contains("@")) {
			return customers.findByEmail(key).map(CustomerView::id);
		}
		try {
			return Optional.of(UUID.fromString(key));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private UUID agentNamed(String username) {
		return agents.findByUsername(username.strip())
			.orElseThrow(() -> new IllegalArgumentException("no agent with username " + username))
			.id();
	}

	private static UUID actingAgent(@Nullable UUID agentId) {
		if (agentId == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only an agent can reply or add notes");
		}
		return agentId;
	}
}
