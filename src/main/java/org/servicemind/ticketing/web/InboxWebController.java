package org.servicemind.ticketing.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.shared.PageNumbers;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketNotFound;
import org.servicemind.ticketing.TicketQuery;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agent inbox: saved views with counts (including irate customers, angriest first), search, paging, angriest-first sorting and bulk actions. An htmx
 * request (header {@code HX-Request}) gets only the ticket list, so search and paging swap it in place.
 */
@Controller
class InboxWebController {

	static final int PAGE_SIZE = 25;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	InboxWebController(TicketManagement tickets, AgentManagement agents) {
		this.tickets = tickets;
		this.agents = agents;
	}

	/** One entry of the views menu. */
	record ViewLink(String key, String label, long count, boolean active) {
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "updated") String sort,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-Target", required = false) @Nullable String htmxTarget,
			@RequestHeader(name = "HX-Current-URL", required = false) @Nullable String htmxPage, Principal principal,
			Model model) {
		Optional<AgentView> agent = agents.findByUsername(principal.getName());
		UUID agentId = agent.map(AgentView::id).orElse(null);
		List<UUID> teams = agent.map(this::teamIds).orElse(List.of());
		InboxView selected = InboxView.of(view, agentId == null ? InboxView.OPEN : InboxView.MINE);
		boolean angriest = "anger".equals(sort) || selected.angriestFirstAlways();
		TicketQuery query = selected.query(agentId, teams, q, angriest);
		PageRequest pageable = PageRequest.of(PageNumbers.clamp(page), PAGE_SIZE);
		Page<TicketSummary> found = query == null ? new PageImpl<>(List.of(), pageable, 0)
				: tickets.search(query, pageable);
		model.addAttribute("view", selected.key());
		model.addAttribute("viewLabel", selected.label());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", angriest ? "anger" : "updated");
		model.addAttribute("tickets", found);
		model.addAttribute("baseUrl", listUrl(selected.key(), q, angriest ? "anger" : "updated"));
		boolean panesOnly = htmx != null && "inbox-panes".equals(htmxTarget);
		// beside an open ticket the list must not rewrite the address bar
		boolean besideTicket = panesOnly || htmxPage != null && htmxPage.contains("/tickets/");
		model.addAttribute("pushUrl", besideTicket ? "false" : "true");
		if (htmx != null && !panesOnly) {
			return "inbox/list :: ticket-list";
		}
		model.addAttribute("views", viewLinks(selected, agentId, teams));
		return panesOnly ? "inbox/inbox :: panes" : "inbox/inbox";
	}

	/** The views menu alone, polled by the page so counts stay current while the agent works. */
	@GetMapping("/inbox/views")
	String views(@RequestParam(required = false) @Nullable String view, Principal principal, Model model) {
		Optional<AgentView> agent = agents.findByUsername(principal.getName());
		UUID agentId = agent.map(AgentView::id).orElse(null);
		InboxView selected = InboxView.of(view, agentId == null ? InboxView.OPEN : InboxView.MINE);
		model.addAttribute("view", selected.key());
		model.addAttribute("views", viewLinks(selected, agentId, agent.map(this::teamIds).orElse(List.of())));
		return "inbox/views :: views";
	}

	/**
	 * Assigns the selected tickets to the signed-in agent, or solves them; reports how many worked, and goes back to
	 * the same view, search and sorting.
	 */
	@PostMapping("/inbox/bulk")
	String bulk(@RequestParam(name = "ticket", required = false) @Nullable List<Long> numbers,
			@RequestParam String action, @RequestParam(defaultValue = "mine") String view,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "updated") String sort,
			Principal principal, RedirectAttributes redirect) {
		String back = "redirect:" + listUrl(view, q, sort);
		if (!"assign".equals(action) && !"solve".equals(action)) {
			redirect.addFlashAttribute("flashProblem",
					"That bulk action is not one we know: choose Assign to me or Solve. Nothing was changed.");
			return back;
		}
		if (numbers == null || numbers.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", "Select one or more tickets first, then choose an action.");
			return back;
		}
		Optional<AgentView> agent = agents.findByUsername(principal.getName());
		UUID actor = agent.map(AgentView::id).orElse(null);
		boolean solve = "solve".equals(action);
		if (!solve && actor == null) {
			redirect.addFlashAttribute("flashProblem", "Only agent accounts can take tickets.");
			return back;
		}
		List<Long> failed = new ArrayList<>();
		List<Long> gone = new ArrayList<>();
		int done = 0;
		for (Long number : numbers) {
			try {
				tickets.update(number, solve ? new TicketChanges(TicketStatus.SOLVED, null, null, false, null, null)
						: new TicketChanges(null, null, actor, false, null, null), actor);
				done++;
			}
			catch (TicketNotFound missing) {
				gone.add(number);
			}
			catch (IllegalTransition | IllegalArgumentException skipped) {
				failed.add(number);
			}
		}
		String verb = solve ? "solved" : "assigned to you";
		redirect.addFlashAttribute("flash", done == 1 ? "1 ticket " + verb + "." : done + " tickets " + verb + ".");
		List<String> problems = new ArrayList<>();
		if (!failed.isEmpty()) {
			problems.add("These tickets were left as they are, because their status does not allow it: "
					+ failed.stream().map(n -> "#" + n).toList() + ".");
		}
		if (!gone.isEmpty()) {
			problems.add("These tickets no longer exist: " + gone.stream().map(n -> "#" + n).toList() + ".");
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", String.join(" ", problems));
		}
		return back;
	}

	private List<ViewLink> viewLinks(InboxView selected, @Nullable UUID agentId, List<UUID> teams) {
		List<ViewLink> links = new ArrayList<>();
		for (InboxView each : InboxView.values()) {
			TicketQuery query = each.query(agentId, teams, null, false);
			long count = query == null ? 0 : tickets.search(query, PageRequest.of(0, 1)).getTotalElements();
			links.add(new ViewLink(each.key(), each.label(), count, each == selected));
		}
		return links;
	}

	private List<UUID> teamIds(AgentView agent) {
		List<UUID> ids = new ArrayList<>();
		agent.teams().forEach(name -> agents.findTeamId(name).ifPresent(ids::add));
		return ids;
	}

	static String listUrl(String view, @Nullable String q, String sort) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inbox").queryParam("view", view);
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q.strip());
		}
		if ("anger".equals(sort)) {
			url.queryParam("sort", "anger");
		}
		return url.encode().build().toUriString();
	}
}
