package org.servicemind.ticketing.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MacroView;
import org.servicemind.ticketing.TicketStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for macros: list, create, edit and delete, with help on the placeholders. */
@Controller
@RequestMapping("/admin/macros")
class MacroAdminWebController {

	/** Placeholders the renderer fills in, with what they become. */
	static final Map<String, String> PLACEHOLDERS = placeholders();

	private final MacroManagement macros;

	private final ApplicationEventPublisher events;

	MacroAdminWebController(MacroManagement macros, ApplicationEventPublisher events) {
		this.macros = macros;
		this.events = events;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("macros", macros.list());
		return "ticketing/admin/macros";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(model, MacroForm.empty(), null, Map.of(), null);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") MacroForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null, errors(result), null);
		}
		MacroView created;
		try {
			created = macros.create(form.name(), form.body(), form.setStatus(), form.addTag());
		}
		catch (IllegalArgumentException taken) {
			return form(model, form, null, Map.of("name", "A macro with this name already exists."), null);
		}
		audit(principal, "macro.created", created);
		redirect.addFlashAttribute("flash", "Macro " + created.name() + " was created.");
		return "redirect:/admin/macros";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		MacroView macro = macros.get(id);
		return form(model, MacroForm.of(macro), macro, Map.of(), null);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") MacroForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		MacroView macro = macros.get(id);
		if (result.hasErrors()) {
			return form(model, form, macro, errors(result), null);
		}
		boolean nameTaken = macros.list().stream()
			.anyMatch(m -> !m.id().equals(id) && m.name().equalsIgnoreCase(form.name().strip()));
		if (nameTaken) {
			return form(model, form, macro, Map.of("name", "Another macro already has this name."), null);
		}
		MacroView updated = macros.update(id, form.name(), form.body(), form.setStatus(), form.addTag());
		audit(principal, "macro.changed", updated);
		redirect.addFlashAttribute("flash", "Macro " + updated.name() + " was saved.");
		return "redirect:/admin/macros";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		MacroView macro = macros.get(id);
		macros.delete(id);
		audit(principal, "macro.deleted", macro);
		redirect.addFlashAttribute("flash", "Macro " + macro.name() + " was deleted.");
		return "redirect:/admin/macros";
	}

	private String form(Model model, MacroForm form, @Nullable MacroView macro, Map<String, String> errors,
			@Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("macro", macro);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("statuses", List.of(TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
				TicketStatus.ON_HOLD, TicketStatus.SOLVED));
		model.addAttribute("placeholders", PLACEHOLDERS);
		return "ticketing/admin/macro-form";
	}

	private void audit(Principal principal, String action, MacroView macro) {
		events.publishEvent(new AdminActionTaken(principal.getName(), action, macro.name(),
				"status " + (macro.setStatus() == null ? "unchanged" : macro.setStatus()) + ", tag "
						+ (macro.addTag() == null ? "none" : macro.addTag())));
	}

	private static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(),
					error.getDefaultMessage() == null ? "Please check this field." : error.getDefaultMessage());
		}
		return errors;
	}

	private static Map<String, String> placeholders() {
		Map<String, String> help = new LinkedHashMap<>();
		help.put("{{customer.firstName}}", "the customer's first name");
		help.put("{{customer.name}}", "the customer's full name");
		help.put("{{ticket.number}}", "the ticket number, e.g. 10042");
		help.put("{{ticket.subject}}", "the ticket's subject");
		help.put("{{agent.name}}", "your full name");
		help.put("{{agent.firstName}}", "your first name");
		return help;
	}
}
