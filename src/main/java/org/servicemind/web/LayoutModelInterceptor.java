package org.servicemind.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the page frame ({@code templates/fragments/layout.html}) needs to every rendered HTML view:
 * {@code currentAgent} with their own presence (absent when nobody is signed in), {@code currentPath} (marks the active link) and
 * {@code ui} ({@link UiFormat}). REST
 * handlers and redirects have no view to fill, so they cost nothing.
 */
class LayoutModelInterceptor implements HandlerInterceptor {

	private final ObjectProvider<AgentManagement> agents;

	private final UiFormat format;

	LayoutModelInterceptor(ObjectProvider<AgentManagement> agents, UiFormat format) {
		this.agents = agents;
		this.format = format;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		view.addObject("ui", format);
		if (request.getHeader("HX-Request") != null) {
			return; // an htmx fragment has no page frame to fill, and polling must stay cheap
		}
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		CurrentAgent agent = currentAgent();
		if (agent != null) {
			view.addObject("currentAgent", agent);
		}
	}

	private @Nullable CurrentAgent currentAgent() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return null;
		}
		boolean admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		AgentManagement management = agents.getIfAvailable();
		AgentView found = management == null ? null : management.findByUsername(auth.getName()).orElse(null);
		if (found == null) {
			return new CurrentAgent(auth.getName(), auth.getName(), admin);
		}
		return new CurrentAgent(auth.getName(), found.name(), admin, found.presence());
	}
}
