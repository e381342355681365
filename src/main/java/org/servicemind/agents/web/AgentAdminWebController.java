package org.servicemind.agents.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.agents.TeamView;
import org.servicemind.shared.AdminActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for agent accounts: list, create, edit, deactivate and reset passwords. */
@Controller
@RequestMapping("/admin/agents")
class AgentAdminWebController {

	private final AgentManagement agents;

	private final ApplicationEventPublisher events;

	AgentAdminWebController(AgentManagement agents, ApplicationEventPublisher events) {
		this.agents = agents;
		this.events = events;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agents", agents.list());
		return "agents/admin/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(model, AgentForm.empty(), null, Map.of(), null);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") AgentForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(AdminForms.errors(result));
		if (form.password() == null || form.password().length() < 8) {
			errors.putIfAbsent("password", "Please set a password of at least 8 characters.");
		}
		if (!errors.isEmpty()) {
			return form(model, form, null, errors, null);
		}
		AgentView created;
		try {
			created = agents.create(new NewAgent(form.username(), form.name().strip(), form.email(), form.password(),
					form.roleSet(), form.teamList(), form.skillList(), form.languageList()));
		}
		catch (IllegalArgumentException | DataIntegrityViolationException taken) {
			return form(model, form, null, Map.of(), "That username or e-mail address is already in use.");
		}
		audit(principal, "agent.created", created.username(), describe(created));
		redirect.addFlashAttribute("flash", "Agent " + created.name() + " was created.");
		return "redirect:/admin/agents";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		AgentView agent = agents.get(id);
		return form(model, AgentForm.of(agent), agent, Map.of(), null);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") AgentForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		AgentView agent = agents.get(id);
		if (result.hasErrors()) {
			return form(model, form, agent, AdminForms.errors(result), null);
		}
		if (agent.username().equals(principal.getName()) && !form.hasRole(AgentRole.ADMIN)) {
			return form(model, form, agent, Map.of("roles", "You cannot remove your own admin role."), null);
		}
		AgentView updated;
		try {
			updated = agents.update(id, form.name().strip(), form.email(), form.roleSet(), form.teamList(),
					form.skillList(), form.languageList());
		}
		catch (DataIntegrityViolationException taken) {
			return form(model, form, agent, Map.of(), "That e-mail address is already in use.");
		}
		audit(principal, "agent.changed", updated.username(), describe(updated));
		redirect.addFlashAttribute("flash", "Changes to " + updated.name() + " were saved.");
		return "redirect:/admin/agents";
	}

	@PostMapping("/{id}/active")
	String changeActive(@PathVariable UUID id, @RequestParam boolean active, Principal principal,
			RedirectAttributes redirect) {
		AgentView agent = agents.get(id);
		if (!active && agent.username().equals(principal.getName())) {
			redirect.addFlashAttribute("flash", "You cannot deactivate your own account.");
			return "redirect:/admin/agents";
		}
		agents.setActive(id, active);
		audit(principal, active ? "agent.reactivated" : "agent.deactivated", agent.username(), null);
		redirect.addFlashAttribute("flash",
				agent.name() + (active ? " can sign in again." : " was deactivated and can no longer sign in."));
		return "redirect:/admin/agents";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		AgentView agent = agents.get(id);
		if (result.hasErrors()) {
			model.addAttribute("passwordErrors", AdminForms.errors(result));
			return form(model, AgentForm.of(agent), agent, Map.of(), null);
		}
		agents.changePassword(id, passwordForm.password());
		audit(principal, "agent.password-reset", agent.username(), null);
		redirect.addFlashAttribute("flash", "The password of " + agent.name() + " was reset.");
		return "redirect:/admin/agents/" + id;
	}

	private String form(Model model, AgentForm form, @Nullable AgentView agent,
			Map<String, String> errors, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("agent", agent);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("roles", AgentRole.values());
		model.addAttribute("teams", agents.teams().stream().map(TeamView::name).toList());
		model.addAttribute("skills", agents.skills());
		if (!model.containsAttribute("passwordErrors")) {
			model.addAttribute("passwordErrors", Map.of());
		}
		return "agents/admin/form";
	}

	private static String describe(AgentView agent) {
		return "roles " + agent.roles() + ", teams " + agent.teams() + ", skills " + agent.skills() + ", languages "
				+ agent.languages();
	}

	private void audit(Principal principal, String action, String target, @Nullable String details) {
		events.publishEvent(new AdminActionTaken(principal.getName(), action, target, details));
	}
}
