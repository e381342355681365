package org.servicemind.ticketing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who is looking at which ticket, and who is writing on it, for the live collision hint on the ticket page.
 * <p>
 * The ticket page polls every few seconds (which counts as "viewing") and the composer reports key strokes
 * ("composing"). A viewer disappears {@link #EXPIRY} after their last poll; "composing" fades the same time after
 * the last key stroke, or at once when the message is sent.
 * <p>
 * The state lives in memory of this node only: with several application nodes behind a load balancer, agents see
 * each other only when they hit the same node (use sticky sessions, or replace this class with a shared store).
 */
@Component
class CollisionTracker {

	static final Duration EXPIRY = Duration.ofSeconds(10);

	/**
	 * Another agent on the ticket.
	 *
	 * @param note whether what they are writing is an internal note (meaningful only while composing)
	 */
	record Viewer(String username, String name, boolean composing, boolean note) {
	}

	private record Presence(String name, Instant seenAt, @Nullable Instant composingAt, boolean note) {
	}

	private final Map<Long, Map<String, Presence>> tickets = new ConcurrentHashMap<>();

	private final Clock clock;

	CollisionTracker(Clock clock) {
		this.clock = clock;
	}

	/** Records that {@code username} has the ticket open; keeps their composing state. */
	void viewing(long ticket, String username, String name) {
		Instant now = clock.instant();
		tickets.computeIfAbsent(ticket, t -> new ConcurrentHashMap<>()).compute(username,
				(u, old) -> new Presence(name, now, old == null ? null : old.composingAt(), old != null && old.note()));
	}

	/** Records that {@code username} is typing a public reply, or an internal note when {@code note} is true. */
	void composing(long ticket, String username, String name, boolean note) {
		Instant now = clock.instant();
		tickets.computeIfAbsent(ticket, t -> new ConcurrentHashMap<>()).put(username,
				new Presence(name, now, now, note));
	}

	/** Records that {@code username} sent or abandoned their draft. */
	void stoppedComposing(long ticket, String username) {
		Map<String, Presence> present = tickets.get(ticket);
		if (present != null) {
			present.computeIfPresent(username, (u, old) -> new Presence(old.name(), old.seenAt(), null, false));
		}
	}

	/** @return the other agents on the ticket right now, writers first, then by name */
	List<Viewer> others(long ticket, String username) {
		Map<String, Presence> present = tickets.get(ticket);
		if (present == null) {
			return List.of();
		}
		Instant cutoff = clock.instant().minus(EXPIRY);
		return present.entrySet().stream()
			.filter(e -> !e.getKey().equals(username) && e.getValue().seenAt().isAfter(cutoff))
			.map(e -> viewer(e.getKey(), e.getValue(), cutoff))
			.sorted(Comparator.comparing(Viewer::composing).reversed().thenComparing(Viewer::name))
			.toList();
	}

	private static Viewer viewer(String username, Presence presence, Instant cutoff) {
		Instant typed = presence.composingAt();
		boolean composing = typed != null && typed.isAfter(cutoff);
		return new Viewer(username, presence.name(), composing, composing && presence.note());
	}

	/** Forgets viewers who left; runs every half minute so the map never grows without bound. */
	@Scheduled(fixedDelay = 30_000)
	void forgetExpired() {
		Instant cutoff = clock.instant().minus(EXPIRY);
		tickets.forEach((ticket, present) -> {
			present.values().removeIf(p -> !p.seenAt().isAfter(cutoff));
			if (present.isEmpty()) {
				tickets.remove(ticket, present);
			}
		});
	}

	/** @return how many tickets have someone on them (for tests and metrics) */
	int trackedTickets() {
		return tickets.size();
	}
}
