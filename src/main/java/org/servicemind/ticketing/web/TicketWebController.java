package org.servicemind.ticketing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.PostedMessage;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketNotFound;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;
import org.servicemind.ticketing.TicketView;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ticket page: thread, reply composer (public reply or internal note, macros), ticket controls and the
 * customer panel. Every change is a POST followed by a redirect; problems come back as kind flash messages.
 */
@Controller
class TicketWebController {

	/** Said when a write met another one on the same ticket and was rolled back (lock or version conflict). */
	static final String COLLIDED = "Someone else changed this ticket at the same moment, so nothing was saved.";

	private final TicketManagement tickets;

	private final MacroManagement macros;

	private final AgentManagement agents;

	private final CustomerManagement customers;

	private final CollisionTracker collisions;

	TicketWebController(TicketManagement tickets, MacroManagement macros, AgentManagement agents,
			CustomerManagement customers, CollisionTracker collisions) {
		this.tickets = tickets;
		this.macros = macros;
		this.agents = agents;
		this.customers = customers;
		this.collisions = collisions;
	}

	@GetMapping("/tickets/{number}")
	String show(@PathVariable long number, @RequestParam(defaultValue = "mine") String view, Principal principal,
			Model model) {
		TicketView ticket = tickets.get(number);
		TicketSummary summary = ticket.ticket();
		model.addAttribute("ticket", summary);
		model.addAttribute("messages", ticket.messages());
		model.addAttribute("view", InboxView.of(view, InboxView.MINE).key());
		model.addAttribute("customer", customers.get(summary.customerId()));
		model.addAttribute("history",
				tickets.historyOf(summary.customerId()).stream().filter(t -> t.number() != number).limit(10).toList());
		model.addAttribute("statuses", nextStatuses(summary.status()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("agents", agents.list().stream().filter(AgentView::active).toList());
		model.addAttribute("teams", agents.teams());
		model.addAttribute("macros", macros.list());
		model.addAttribute("canSolve", summary.status().next().contains(TicketStatus.SOLVED));
		if (!model.containsAttribute("composerType")) {
			model.addAttribute("composerType", "REPLY");
		}
		String name = agents.findByUsername(principal.getName()).map(AgentView::name).orElse(principal.getName());
		collisions.viewing(number, principal.getName(), name);
		model.addAttribute("others", collisions.others(number, principal.getName()));
		model.addAttribute("number", number);
		return "tickets/ticket";
	}

	/**
	 * Sends a public reply or adds an internal note. An empty body, or one of invisible characters only
	 * ({@link VisibleText}), comes back with a friendly hint; so does one longer than
	 * {@link TicketRequests#MAX_MESSAGE_CHARS} (its first part stays in the composer).
	 */
	@PostMapping("/tickets/{number}/messages")
	String post(@PathVariable long number, @RequestParam(defaultValue = "REPLY") MessageType type,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) @Nullable String macroId,
			@RequestParam(defaultValue = "mine") String view, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("composerType", type == MessageType.NOTE ? "NOTE" : "REPLY");
		if (!VisibleText.Validator.hasVisible(body)) {
			redirect.addFlashAttribute("composerProblem", type == MessageType.NOTE
					? "Your note is empty. Write a line or two for your colleagues, then add it."
					: "Your reply is empty. Write a few words to the customer, then send it.");
			return redirectTo(number, view, null);
		}
		if (body.length() > TicketRequests.MAX_MESSAGE_CHARS) {
			redirect.addFlashAttribute("composerProblem", String.format(Locale.ENGLISH,
					"Your %s is %,d characters long; the limit is %,d. Shorten it or split it into two messages.",
					type == MessageType.NOTE ? "note" : "reply", body.length(), TicketRequests.MAX_MESSAGE_CHARS));
			redirect.addFlashAttribute("draft", body.substring(0, TicketRequests.MAX_MESSAGE_CHARS));
			return redirectTo(number, view, null);
		}
		Optional<AgentView> agent = agents.findByUsername(principal.getName());
		if (agent.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", "Only agent accounts can write on tickets.");
			return redirectTo(number, view, null);
		}
		try {
			PostedMessage posted = type == MessageType.NOTE ? tickets.addNote(number, agent.get().id(), body)
					: tickets.reply(number, agent.get().id(), body, parseUuid(macroId));
			collisions.stoppedComposing(number, principal.getName());
			redirect.addFlashAttribute("flash", type == MessageType.NOTE ? "Internal note added." : "Reply sent.");
			redirect.addFlashAttribute("composerType", "REPLY");
			return redirectTo(number, view, "m-" + posted.message().id());
		}
		catch (IllegalTransition closed) {
			redirect.addFlashAttribute("flashProblem", "Ticket #" + number + " is closed, so it can't take new "
					+ "messages. If the customer writes again, a follow-up ticket opens by itself.");
			redirect.addFlashAttribute("draft", body);
			return redirectTo(number, view, null);
		}
		catch (ConcurrencyFailureException collided) {
			String what = type == MessageType.NOTE ? "note" : "reply";
			redirect.addFlashAttribute("flashProblem",
					COLLIDED + " Your " + what + " is still in the box below: check the thread, then send it again.");
			redirect.addFlashAttribute("draft", body);
			return redirectTo(number, view, null);
		}
	}

	/**
	 * Changes status, priority, assignee, team and tags: only the fields the agent changed on the page (the hidden
	 * {@code shown*} fields hold what the page showed) and that differ from the ticket now, see {@link DetailChanges}.
	 */
	@PostMapping("/tickets/{number}")
	String update(@PathVariable long number, @RequestParam(required = false) @Nullable TicketStatus status,
			@RequestParam(required = false) @Nullable Priority priority,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String tags,
			@RequestParam(required = false) @Nullable String shownStatus,
			@RequestParam(required = false) @Nullable String shownPriority,
			@RequestParam(required = false) @Nullable String shownAssignee,
			@RequestParam(required = false) @Nullable String shownTeam,
			@RequestParam(required = false) @Nullable String shownTags, @RequestParam(defaultValue = "mine") String view,
			Principal principal, RedirectAttributes redirect) {
		TicketSummary current = tickets.get(number).ticket();
		TicketChanges changes = DetailChanges.of(current, status, priority, assignee, team, tags,
				new DetailChanges.Shown(shownStatus, shownPriority, shownAssignee, shownTeam, shownTags));
		return apply(number, changes, view, principal, redirect, "Ticket updated.");
	}

	/** Solves the ticket (the "s" shortcut). */
	@PostMapping("/tickets/{number}/solve")
	String solve(@PathVariable long number, @RequestParam(defaultValue = "mine") String view, Principal principal,
			RedirectAttributes redirect) {
		return apply(number, new TicketChanges(TicketStatus.SOLVED, null, null, false, null, null), view, principal,
				redirect, "Ticket #" + number + " solved. Nice work.");
	}

	/** The composer's text area filled with the chosen macro, which the hidden field remembers. */
	@GetMapping("/tickets/{number}/macro")
	String macro(@PathVariable long number, @RequestParam(name = "macro", required = false) @Nullable String macro,
			Principal principal, Model model) {
		UUID macroId = parseUuid(macro);
		Optional<AgentView> agent = agents.findByUsername(principal.getName());
		String text = macroId == null || agent.isEmpty() ? "" : tickets.renderMacro(macroId, number, agent.get().id());
		model.addAttribute("draft", text);
		model.addAttribute("macroId", macroId == null ? "" : macroId.toString());
		model.addAttribute("number", number);
		return "tickets/composer :: fields";
	}

	@ExceptionHandler(TicketNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String apply(long number, TicketChanges changes, String view, Principal principal,
			RedirectAttributes redirect, String success) {
		UUID actor = agents.findByUsername(principal.getName()).map(AgentView::id).orElse(null);
		try {
			tickets.update(number, changes, actor);
			redirect.addFlashAttribute("flash", success);
		}
		catch (IllegalTransition illegal) {
			TicketStatus from = tickets.get(number).ticket().status();
			redirect.addFlashAttribute("flashProblem", "Ticket #" + number + " is " + label(from)
					+ " right now, so it can't move to " + (changes.status() == null ? "that status"
							: label(changes.status())) + ". The status menu shows the steps possible from here.");
		}
		catch (IllegalArgumentException invalid) {
			redirect.addFlashAttribute("flashProblem", "That change didn't go through: " + invalid.getMessage() + ".");
		}
		catch (ConcurrencyFailureException collided) {
			redirect.addFlashAttribute("flashProblem", COLLIDED + " Check the ticket, then make your change again.");
		}
		return redirectTo(number, view, null);
	}

	private static List<TicketStatus> nextStatuses(TicketStatus current) {
		List<TicketStatus> statuses = new ArrayList<>();
		statuses.add(current);
		Arrays.stream(TicketStatus.values()).filter(current.next()::contains).forEach(statuses::add);
		return statuses;
	}

	static List<String> parseTags(String tags) {
		return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
			.map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
	}

	static @Nullable UUID parseUuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static String label(TicketStatus status) {
		return status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
	}

	private static String redirectTo(long number, String view, @Nullable String anchor) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tickets/{number}")
			.queryParam("view", InboxView.of(view, InboxView.MINE).key());
		if (anchor != null) {
			url.fragment(anchor);
		}
		return "redirect:" + url.buildAndExpand(number).toUriString();
	}
}
