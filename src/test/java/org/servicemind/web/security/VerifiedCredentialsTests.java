package org.servicemind.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class VerifiedCredentialsTests {

	private final Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(UUID.randomUUID(),
			null, List.of());

	@Test
	void remembersVerifiedCredentials() {
		VerifiedCredentials verified = new VerifiedCredentials(Clock.systemUTC());

		verified.remember("alex", "secret", authentication);

		assertThat(verified.find("alex", "secret")).contains(authentication);
	}

	@Test
	void doesNotMatchOtherPasswordOrUser() {
		VerifiedCredentials verified = new VerifiedCredentials(Clock.systemUTC());

		verified.remember("alex", "secret", authentication);

		assertThat(verified.find("alex", "other")).isEmpty();
		assertThat(verified.find("sam", "secret")).isEmpty();
	}

	@Test
	void forgetsCredentialsAfterTimeToLive() {
		Instant start = Instant.parse("2026-01-01T10:00:00Z");
		MutableClock clock = new MutableClock(start);
		VerifiedCredentials verified = new VerifiedCredentials(clock);
		verified.remember("alex", "secret", authentication);

		clock.now = start.plus(VerifiedCredentials.TIME_TO_LIVE).minusSeconds(1);
		assertThat(verified.find("alex", "secret")).isPresent();

		clock.now = start.plus(VerifiedCredentials.TIME_TO_LIVE).plusSeconds(1);
		assertThat(verified.find("alex", "secret")).isEmpty();
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
