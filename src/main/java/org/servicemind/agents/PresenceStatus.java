package org.servicemind.agents;

/** Whether an agent can take work right now. Only ONLINE agents are routed new tickets. */
public enum PresenceStatus {
	ONLINE, AWAY, ON_BREAK, OFFLINE
}
