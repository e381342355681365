package org.servicemind.ticketing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of a ticket: null fields stay as they are.
 *
 * @param assignee the new assignee's id; see {@code unassign}
 * @param unassign true to clear the assignee
 * @param team team name; "" clears the team
 */
public record TicketChanges(@Nullable TicketStatus status, @Nullable Priority priority, @Nullable UUID assignee,
		boolean unassign, @Nullable List<String> tags, @Nullable String team) {
}
