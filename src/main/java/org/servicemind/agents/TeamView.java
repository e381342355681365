package org.servicemind.agents;

import java.util.UUID;

/** A team of agents. */
public record TeamView(UUID id, String name, String description, long members) {
}
