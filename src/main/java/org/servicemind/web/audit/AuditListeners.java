package org.servicemind.web.audit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentManagement;
import org.servicemind.shared.AdminActionTaken;
import org.servicemind.ticketing.TicketAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the audit log from admin actions (recorded at once) and assignment changes (after their commit). */
@Component
class AuditListeners {

	private final AuditLog log;

	private final AgentManagement agents;

	AuditListeners(AuditLog log, AgentManagement agents) {
		this.log = log;
		this.agents = agents;
	}

	@EventListener
	void on(AdminActionTaken event) {
		log.record(event.actor(), event.action(), event.target(), event.details());
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		Set<UUID> ids = new HashSet<>();
		for (UUID id : new UUID[] { event.from(), event.to(), event.by() }) {
			if (id != null) {
				ids.add(id);
			}
		}
		Map<UUID, String> names = ids.isEmpty() ? Map.of() : agents.names(ids);
		String actor = event.by() == null ? "system" : names.getOrDefault(event.by(), event.by().toString());
		log.record(event.at(), actor, "ticket.assigned", "ticket " + event.number(),
				"from " + name(names, event.from()) + " to " + name(names, event.to()));
	}

	private static String name(Map<UUID, String> names, @Nullable UUID id) {
		return id == null ? "nobody" : names.getOrDefault(id, id.toString());
	}
}
