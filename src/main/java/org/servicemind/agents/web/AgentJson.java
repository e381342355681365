package org.servicemind.agents.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.PresenceStatus;

/** An agent as the REST API returns it (never credentials). */
record AgentJson(UUID id, String username, String name, String email, Set<AgentRole> roles,
		PresenceStatus presence, List<String> teams, List<String> skills, List<String> languages, boolean active) {

	static AgentJson of(AgentView a) {
		return new AgentJson(a.id(), a.username(), a.name(), a.email(), a.roles(), a.presence(), a.teams(),
				a.skills(), a.languages(), a.active());
	}
}
