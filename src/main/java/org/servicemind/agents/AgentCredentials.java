package org.servicemind.agents;

import java.util.Set;
import java.util.UUID;

/** What the security layer needs to authenticate an agent. The hash is BCrypt. */
public record AgentCredentials(UUID id, String username, String passwordHash, Set<AgentRole> roles, boolean active) {
}
