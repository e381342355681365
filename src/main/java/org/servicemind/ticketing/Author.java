package org.servicemind.ticketing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a message: an agent, a customer, or the system (both ids null).
 */
public record Author(String name, @Nullable UUID agentId, @Nullable UUID customerId) {

	public static Author agent(UUID id, String name) {
		return new Author(name, id, null);
	}

	public static Author customer(UUID id, String name) {
		return new Author(name, null, id);
	}
}
