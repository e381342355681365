package org.servicemind.ticketing.web;

import java.util.UUID;
import org.servicemind.ticketing.TicketManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A customer's ticket history as a fragment, which the customer profile page loads with htmx. */
@Controller
class CustomerTicketsWebController {

	private final TicketManagement tickets;

	CustomerTicketsWebController(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@GetMapping("/customers/{id}/tickets")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("history", tickets.historyOf(id));
		return "tickets/history :: history";
	}
}
