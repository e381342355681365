package org.servicemind.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;

/**
 * A short-lived memory of HTTP Basic credentials that passed the BCrypt check, keyed by the SHA-256 of
 * {@code username:password} (the password itself is never kept). BCrypt costs ~70 ms of CPU here; without this
 * cache every API request with Basic auth would pay it. Failures are never remembered.
 */
class VerifiedCredentials {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private static final int MAX_ENTRIES = 10_000;

	private record Entry(Authentication authentication, Instant expires) {
	}

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	VerifiedCredentials(Clock clock) {
		this.clock = clock;
	}

	Optional<Authentication> find(String username, String password) {
		Entry entry = entries.get(key(username, password));
		if (entry == null) {
			return Optional.empty();
		}
		if (clock.instant().isAfter(entry.expires())) {
			entries.remove(key(username, password), entry);
			return Optional.empty();
		}
		return Optional.of(entry.authentication());
	}

	void remember(String username, String password, Authentication authentication) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key(username, password), new Entry(authentication, clock.instant().plus(TIME_TO_LIVE)));
	}

	private static String key(String username, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}
}
