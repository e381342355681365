package org.servicemind.ticketing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the ticket list; every null/empty field matches all tickets.
 *
 * @param statuses any of these statuses
 * @param assignee assigned to this agent
 * @param unassigned only tickets without assignee
 * @param teams in any of these teams
 * @param text words in the subject (case-insensitive) or the exact ticket number
 * @param minAnger the ticket's customer anger (see {@link TicketSummary#customerAnger()}) at least this (0..1)
 * @param sortByAnger angriest first instead of most recently updated first
 */
public record TicketQuery(Collection<TicketStatus> statuses, @Nullable UUID assignee, boolean unassigned,
		Collection<UUID> teams, @Nullable String channel, @Nullable UUID customer, @Nullable String text,
		@Nullable Double minAnger, boolean sortByAnger) {

	public static TicketQuery all() {
		return new TicketQuery(List.of(), null, false, List.of(), null, null, null, null, false);
	}
}
