package org.servicemind.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.web.security.ApiScope;
import org.servicemind.web.security.ApiTokenManagement;
import org.servicemind.web.security.ApiTokenView;
import org.servicemind.web.security.IssuedToken;
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

/**
 * Admin page for API tokens: list, issue and revoke. A new token's secret is rendered once in the response to the
 * issuing POST (never stored, never put in the session) with {@code Cache-Control: no-store}.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminWebController {

	private final ApiTokenManagement tokens;

	private final AgentManagement agents;

	private final ApplicationEventPublisher events;

	ApiTokenAdminWebController(ApiTokenManagement tokens, AgentManagement agents, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.agents = agents;
		this.events = events;
	}

	@GetMapping
	String list(Model model, Principal principal) {
		UUID me = agents.findByUsername(principal.getName()).map(AgentView::id).orElse(null);
		return page(model, new TokenForm("", Set.of(ApiScope.TICKETS_READ), me), Map.of(), null);
	}

	@PostMapping
	String issue(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			Principal principal, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		AgentView actingAs = form.agent() == null ? null
				: agents.list().stream().filter(a -> a.id().equals(form.agent()) && a.active()).findFirst()
					.orElse(null);
		if (actingAs == null) {
			errors.putIfAbsent("agent", "Pick the active agent this token acts as.");
		}
		if (!errors.isEmpty() || actingAs == null || form.scopes() == null) {
			return page(model, form, errors, null);
		}
		IssuedToken issued = tokens.issue(form.name(), form.scopes(), actingAs.id());
		events.publishEvent(new AdminActionTaken(principal.getName(), "token.issued", issued.token().name(),
				"scopes " + scopeNames(issued.token()) + ", acts as " + actingAs.username()));
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("flash", "Token " + issued.token().name() + " was issued. Copy the secret now: "
				+ "it will not be shown again.");
		return page(model, new TokenForm("", Set.of(ApiScope.TICKETS_READ), form.agent()), Map.of(), issued);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		ApiTokenView token = tokens.list().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
		if (token == null) {
			redirect.addFlashAttribute("flash", "That token no longer exists.");
			return "redirect:/admin/tokens";
		}
		if (!tokens.revoke(id)) {
			redirect.addFlashAttribute("flash", "Token " + token.name() + " was already revoked.");
			return "redirect:/admin/tokens";
		}
		events.publishEvent(new AdminActionTaken(principal.getName(), "token.revoked", token.name(), null));
		redirect.addFlashAttribute("flash", "Token " + token.name() + " was revoked and stops working at once.");
		return "redirect:/admin/tokens";
	}

	private String page(Model model, TokenForm form, Map<String, String> errors, @Nullable IssuedToken issued) {
		var all = tokens.list();
		Map<UUID, String> names = agents.names(all.stream().map(ApiTokenView::agentId).distinct().toList());
		model.addAttribute("tokens", all);
		model.addAttribute("agentNames", names);
		model.addAttribute("agents", agents.list().stream().filter(AgentView::active).toList());
		model.addAttribute("scopes", ApiScope.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("issued", issued);
		return "web/admin/tokens";
	}

	private static String scopeNames(ApiTokenView token) {
		return token.scopes().stream().map(ApiScope::value).sorted().toList().toString();
	}
}
