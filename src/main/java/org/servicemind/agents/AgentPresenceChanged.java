package org.servicemind.agents;

import java.util.UUID;

/** Published when an agent's presence changes (routing reacts to it). */
public record AgentPresenceChanged(UUID agentId, PresenceStatus from, PresenceStatus to) {
}
