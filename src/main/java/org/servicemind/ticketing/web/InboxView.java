package org.servicemind.ticketing.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.TicketQuery;
import org.servicemind.ticketing.TicketStatus;

/**
 * The inbox's saved views and the ticket query behind each one. "Irate customers" lists active tickets whose
 * customer anger ({@link org.servicemind.ticketing.TicketSummary#customerAnger()}: the angriest customer message
 * since the last public reply) is {@link #IRATE_ANGER} or more, always angriest first.
 */
enum InboxView {

	MINE("Mine"), UNASSIGNED("Unassigned"), TEAMS("My teams"), OPEN("All open"), PENDING("Pending"),
	IRATE("Irate customers");

	static final double IRATE_ANGER = 0.5;

	static final Set<TicketStatus> ACTIVE = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN,
			TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);

	private final String label;

	InboxView(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the view with this key, or {@code fallback} for an unknown or missing key */
	static InboxView of(@Nullable String key, InboxView fallback) {
		if (key != null) {
			for (InboxView view : values()) {
				if (view.key().equalsIgnoreCase(key.strip())) {
					return view;
				}
			}
		}
		return fallback;
	}

	/** @return whether the list is always angriest first, whatever sorting was asked for */
	boolean angriestFirstAlways() {
		return this == IRATE;
	}

	/**
	 * @return the query, or null when this view is empty by definition (no signed-in agent for "mine", no teams for
	 * "my teams")
	 */
	@Nullable
	TicketQuery query(@Nullable UUID agent, Collection<UUID> teams, @Nullable String text, boolean angriestFirst) {
		String words = text == null || text.isBlank() ? null : text.strip();
		return switch (this) {
			case MINE -> agent == null ? null
					: new TicketQuery(ACTIVE, agent, false, List.of(), null, null, words, null, angriestFirst);
			case UNASSIGNED -> new TicketQuery(ACTIVE, null, true, List.of(), null, null, words, null, angriestFirst);
			case TEAMS -> teams.isEmpty() ? null
					: new TicketQuery(ACTIVE, null, false, teams, null, null, words, null, angriestFirst);
			case OPEN -> new TicketQuery(ACTIVE, null, false, List.of(), null, null, words, null, angriestFirst);
			case PENDING -> new TicketQuery(EnumSet.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD), null,
					false, List.of(), null, null, words, null, angriestFirst);
			case IRATE -> new TicketQuery(ACTIVE, null, false, List.of(), null, null, words, IRATE_ANGER, true);
		};
	}
}
