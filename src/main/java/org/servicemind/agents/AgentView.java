package org.servicemind.agents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An agent as other modules and the UI see it (no password hash). */
public record AgentView(UUID id, String username, String name, String email, Set<AgentRole> roles,
		PresenceStatus presence, List<String> teams, List<String> skills, List<String> languages, boolean active) {

	/** @return whether the agent holds {@code role} */
	public boolean has(AgentRole role) {
		return roles.contains(role);
	}
}
