package org.servicemind.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts failed logins per username and per client address in memory (per application node). After
 * {@code maxFailures} failures for one username within {@code window}, or {@link #ADDRESS_FACTOR} times as many from
 * one address (an office behind one NAT address must not be locked out by one person's typos), the key stays locked
 * until {@code window} has passed since the failure that locked it. A successful login clears the username's count,
 * not the address's.
 */
final class LoginAttempts {

	private static final int PURGE_ABOVE = 10_000;

	/** How many more failures an address may have than a username before it is locked. */
	static final int ADDRESS_FACTOR = 4;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginAttempts(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	Duration window() {
		return window;
	}

	void failed(@Nullable String username, @Nullable String address) {
		Instant now = clock.instant();
		if (failures.size() > PURGE_ABOVE) {
			failures.values().removeIf(f -> f.expired(now, window));
		}
		for (String key : keys(username, address)) {
			int limit = key.startsWith("ip:") ? maxFailures * ADDRESS_FACTOR : maxFailures;
			failures.compute(key, (k, f) -> (f == null || f.expired(now, window) ? new Failures(0, now, null) : f)
				.plusOne(now, limit, window));
		}
	}

	void succeeded(@Nullable String username) {
		if (username != null) {
			failures.remove(userKey(username));
		}
	}

	/** @return whether attempts for this username or from this address are refused right now */
	boolean locked(@Nullable String username, @Nullable String address) {
		Instant now = clock.instant();
		for (String key : keys(username, address)) {
			Failures f = failures.get(key);
			if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
				return true;
			}
		}
		return false;
	}

	private static String[] keys(@Nullable String username, @Nullable String address) {
		String user = username == null || username.isBlank() ? null : userKey(username);
		String ip = address == null || address.isBlank() ? null : "ip:" + address;
		if (user != null && ip != null) {
			return new String[] { user, ip };
		}
		return user != null ? new String[] { user } : ip != null ? new String[] { ip } : new String[0];
	}

	private static String userKey(String username) {
		return "user:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant first, @Nullable Instant lockedUntil) {

		boolean expired(Instant now, Duration window) {
			Instant end = lockedUntil != null ? lockedUntil : first.plus(window);
			return !now.isBefore(end);
		}

		Failures plusOne(Instant now, int max, Duration window) {
			int next = count + 1;
			return new Failures(next, first, next >= max ? now.plus(window) : lockedUntil);
		}
	}
}
