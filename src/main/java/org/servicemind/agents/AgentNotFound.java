package org.servicemind.agents;

/** Thrown when no agent, team or skill matches the given key. */
public class AgentNotFound extends RuntimeException {

	private AgentNotFound(String message) {
		super(message);
	}

	public static AgentNotFound forKey(Object key) {
		return new AgentNotFound("no agent " + key);
	}

	public static AgentNotFound forTeam(String name) {
		return new AgentNotFound("no team " + name);
	}
}
