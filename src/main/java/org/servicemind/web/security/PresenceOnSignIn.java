package org.servicemind.web.security;

import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.PresenceStatus;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A browser sign-in (form or remember-me) sets the agent ONLINE, signing out sets them OFFLINE. API calls with
 * HTTP Basic are not interactive and leave presence alone.
 */
@Component
class PresenceOnSignIn {

	private final AgentManagement agents;

	PresenceOnSignIn(AgentManagement agents) {
		this.agents = agents;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		change(event.getAuthentication(), PresenceStatus.ONLINE);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		change(event.getAuthentication(), PresenceStatus.OFFLINE);
	}

	private void change(Authentication authentication, PresenceStatus to) {
		agents.findByUsername(authentication.getName()).ifPresent(agent -> agents.changePresence(agent.id(), to));
	}
}
