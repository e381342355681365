package org.servicemind.ticketing.web;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketStatus;
import org.servicemind.ticketing.TicketSummary;

/**
 * Turns the ticket page's details form into the changes the agent made. The form sends every field, plus hidden
 * copies of the values the page showed when it was loaded. A field becomes a change only when the agent changed it
 * on the page and it differs from the ticket now, so saving a page loaded before a colleague changed the ticket
 * keeps the colleague's change instead of quietly undoing it. Without the hidden copies (a form from an older page)
 * every field that differs from the ticket now is a change.
 */
final class DetailChanges {

	private DetailChanges() {
	}

	/**
	 * The values the page showed when it was loaded; each is null when the form did not carry it.
	 *
	 * @param assignee the assignee's id, or "" for none
	 * @param team the team's name, or "" for none
	 * @param tags comma-separated
	 */
	record Shown(@Nullable String status, @Nullable String priority, @Nullable String assignee,
			@Nullable String team, @Nullable String tags) {

		static final Shown NOTHING = new Shown(null, null, null, null, null);
	}

	/**
	 * @param assignee the chosen assignee's id, "" to unassign, null when the field was not sent
	 * @param team the chosen team's name, "" for no team, null when not sent
	 * @param tags the chosen tags, comma-separated, null when not sent
	 */
	static TicketChanges of(TicketSummary current, @Nullable TicketStatus status, @Nullable Priority priority,
			@Nullable String assignee, @Nullable String team, @Nullable String tags, Shown shown) {
		TicketStatus newStatus = status == null || status == current.status()
				|| shown.status() != null && status.name().equals(shown.status()) ? null : status;
		Priority newPriority = priority == null || priority == current.priority()
				|| shown.priority() != null && priority.name().equals(shown.priority()) ? null : priority;

		UUID chosenAssignee = TicketWebController.parseUuid(assignee);
		boolean assigneeTouched = assignee != null && (shown.assignee() == null
				|| !Objects.equals(chosenAssignee, TicketWebController.parseUuid(shown.assignee())));
		UUID newAssignee = assigneeTouched && !Objects.equals(chosenAssignee, current.assigneeId()) ? chosenAssignee
				: null;
		boolean unassign = assigneeTouched && assignee != null && assignee.isBlank() && current.assigneeId() != null;

		List<String> chosenTags = tags == null ? null : TicketWebController.parseTags(tags);
		List<String> newTags = chosenTags == null || chosenTags.equals(current.tags())
				|| shown.tags() != null && sameTags(chosenTags, TicketWebController.parseTags(shown.tags())) ? null
						: chosenTags;

		String newTeam = team == null || team.equals(current.teamName())
				|| shown.team() != null && team.equals(shown.team()) ? null : team;
		return new TicketChanges(newStatus, newPriority, newAssignee, unassign, newTags, newTeam);
	}

	private static boolean sameTags(List<String> a, List<String> b) {
		return new HashSet<>(a).equals(new HashSet<>(b));
	}
}
