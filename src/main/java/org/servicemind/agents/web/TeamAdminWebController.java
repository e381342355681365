package org.servicemind.agents.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import org.servicemind.agents.AgentManagement;
import org.servicemind.shared.AdminActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for teams and skills: list and create (agents join them on the agent form). */
@Controller
class TeamAdminWebController {

	private final AgentManagement agents;

	private final ApplicationEventPublisher events;

	TeamAdminWebController(AgentManagement agents, ApplicationEventPublisher events) {
		this.agents = agents;
		this.events = events;
	}

	@GetMapping("/admin/teams")
	String teams(Model model) {
		return teamsPage(model, new TeamForm("", ""), Map.of());
	}

	@PostMapping("/admin/teams")
	String createTeam(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return teamsPage(model, form, AdminForms.errors(result));
		}
		if (agents.findTeamId(form.name()).isPresent()) {
			return teamsPage(model, form, Map.of("name", "A team with this name already exists."));
		}
		agents.createTeam(form.name(), form.description() == null || form.description().isBlank() ? null
				: form.description().strip());
		events.publishEvent(new AdminActionTaken(principal.getName(), "team.created", form.name().strip(),
				form.description()));
		redirect.addFlashAttribute("flash", "Team " + form.name().strip() + " was created.");
		return "redirect:/admin/teams";
	}

	@GetMapping("/admin/skills")
	String skills(Model model) {
		return skillsPage(model, new TeamForm("", null), Map.of());
	}

	@PostMapping("/admin/skills")
	String createSkill(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return skillsPage(model, form, AdminForms.errors(result));
		}
		if (agents.skills().stream().anyMatch(s -> s.equalsIgnoreCase(form.name().strip()))) {
			return skillsPage(model, form, Map.of("name", "This skill already exists."));
		}
		agents.createSkill(form.name().strip());
		events.publishEvent(new AdminActionTaken(principal.getName(), "skill.created", form.name().strip(), null));
		redirect.addFlashAttribute("flash", "Skill " + form.name().strip() + " was added.");
		return "redirect:/admin/skills";
	}

	private String teamsPage(Model model, TeamForm form, Map<String, String> errors) {
		model.addAttribute("teams", agents.teams());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "agents/admin/teams";
	}

	private String skillsPage(Model model, TeamForm form, Map<String, String> errors) {
		model.addAttribute("skills", agents.skills());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "agents/admin/skills";
	}
}
