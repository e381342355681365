package org.servicemind.customers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerNotFound;
import org.servicemind.customers.CustomerView;
import org.servicemind.shared.PageNumbers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer pages: a searchable list and a profile with notes. The ticket history on the profile is loaded from
 * the ticketing module ({@code /customers/{id}/tickets}), so this module stays independent of tickets.
 */
@Controller
class CustomerWebController {

	static final int PAGE_SIZE = 25;

	private final CustomerManagement customers;

	CustomerWebController(CustomerManagement customers) {
		this.customers = customers;
	}

	@GetMapping("/customers")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Page<CustomerView> found = customers.search(q,
				PageRequest.of(PageNumbers.clamp(page), PAGE_SIZE, Sort.by("name")));
		model.addAttribute("customers", found);
		model.addAttribute("q", q == null ? "" : q.strip());
		return htmx != null ? "customers/list :: customer-list" : "customers/list";
	}

	@GetMapping("/customers/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("customer", customers.get(id));
		return "customers/customer";
	}

	/** Saves the profile fields; an unknown time zone or a value that does not fit comes back as a kind hint. */
	@PostMapping("/customers/{id}")
	String edit(@PathVariable UUID id, @RequestParam String name,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String timeZone,
			@RequestParam(required = false) @Nullable String language, RedirectAttributes redirect) {
		CustomerView customer = customers.get(id);
		if (name.isBlank()) {
			redirect.addFlashAttribute("flashProblem", "A customer needs a name. The profile was left as it was.");
			return "redirect:/customers/" + id;
		}
		if (timeZone != null && !timeZone.isBlank() && !validZone(timeZone.strip())) {
			redirect.addFlashAttribute("flashProblem", "“" + timeZone.strip() + "” is not a time zone we know. "
					+ "Try a name like Europe/Berlin or America/New_York.");
			return "redirect:/customers/" + id;
		}
		try {
			customers.edit(id, name.strip(), blankToNull(organisation), blankToNull(timeZone), blankToNull(language),
					customer.notes());
		}
		catch (IllegalArgumentException invalid) {
			redirect.addFlashAttribute("flashProblem", invalid.getMessage() + " The profile was left as it was.");
			return "redirect:/customers/" + id;
		}
		redirect.addFlashAttribute("flash", "Profile saved.");
		return "redirect:/customers/" + id;
	}

	/**
	 * Sets the service style by hand (brief -0.8, balanced 0, detailed 0.8 on the -1..1 detail-preference scale); the
	 * profile keeps learning from the customer's later messages. Any other value is a kind hint and changes nothing.
	 */
	@PostMapping("/customers/{id}/style")
	String setServiceStyle(@PathVariable UUID id, @RequestParam(defaultValue = "") String style,
			RedirectAttributes redirect) {
		CustomerView customer = customers.get(id);
		Double preference = switch (style) {
			case "brief" -> -0.8;
			case "balanced" -> 0.0;
			case "detailed" -> 0.8;
			default -> null;
		};
		if (preference == null) {
			redirect.addFlashAttribute("flashProblem", "Pick brief, balanced or detailed. The service style was left "
					+ "as it was.");
			return "redirect:/customers/" + id;
		}
		customers.overrideDetailPreference(id, preference);
		redirect.addFlashAttribute("flash", "Service style of " + customer.name() + " set to " + style + ".");
		return "redirect:/customers/" + id;
	}

	/** Saves the notes every agent sees, then goes back to the page the agent came from (a local path only). */
	@PostMapping("/customers/{id}/notes")
	String editNotes(@PathVariable UUID id, @RequestParam(defaultValue = "") String notes,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		CustomerView customer = customers.get(id);
		String target = "redirect:" + (isLocalPath(back) ? back : "/customers/" + id);
		try {
			customers.edit(id, customer.name(), blankToNull(customer.organisation()),
					blankToNull(customer.timeZone()), blankToNull(customer.language()), notes.strip());
		}
		catch (IllegalArgumentException invalid) {
			redirect.addFlashAttribute("flashProblem", invalid.getMessage() + " The notes were not saved.");
			return target;
		}
		redirect.addFlashAttribute("flash", "Notes about " + customer.name() + " saved.");
		return target;
	}

	@ExceptionHandler(CustomerNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	static boolean isLocalPath(@Nullable String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& !path.contains("\r") && !path.contains("\n");
	}

	private static boolean validZone(String zone) {
		try {
			ZoneId.of(zone);
			return true;
		}
		catch (DateTimeException unknown) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
