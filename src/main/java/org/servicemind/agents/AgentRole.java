package org.servicemind.agents;

/** What an agent account may do; ADMIN implies SUPERVISOR implies AGENT in the security configuration. */
public enum AgentRole {
	AGENT, SUPERVISOR, ADMIN
}
