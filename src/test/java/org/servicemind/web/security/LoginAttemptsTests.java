package org.servicemind.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

	final MovableClock clock = new MovableClock();

	final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(15), clock);

	@Test
	void locksUsernameAfterMaxFailuresFromAnyAddress() {
		attempts.failed("dana", "10.0.0.1");
		attempts.failed("dana", "10.0.0.2");
		assertThat(attempts.locked("dana", "10.0.0.9")).isFalse();
		attempts.failed("DANA", "10.0.0.3");
		assertThat(attempts.locked("dana", "10.0.0.9")).isTrue();
		assertThat(attempts.locked("kim", "10.0.0.9")).isFalse();
	}

	@Test
	void locksAddressOnlyAfterFourTimesAsManyFailures() {
		for (int i = 0; i < 3 * LoginAttempts.ADDRESS_FACTOR - 1; i++) {
			attempts.failed("user" + i, "10.0.0.7");
		}
		assertThat(attempts.locked("someone-else", "10.0.0.7")).isFalse();
		attempts.failed("one-more", "10.0.0.7");
		assertThat(attempts.locked("someone-else", "10.0.0.7")).isTrue();
		assertThat(attempts.locked("someone-else", "10.0.0.8")).isFalse();
	}

	@Test
	void unlocksWhenTheWindowHasPassed() {
		for (int i = 0; i < 3; i++) {
			attempts.failed("dana", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(attempts.locked("dana", null)).isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(attempts.locked("dana", null)).isFalse();
		attempts.failed("dana", "10.0.0.1");
		assertThat(attempts.locked("dana", null)).isFalse();
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		attempts.failed("dana", null);
		attempts.failed("dana", null);
		clock.advance(Duration.ofMinutes(16));
		attempts.failed("dana", null);
		assertThat(attempts.locked("dana", null)).isFalse();
	}

	@Test
	void successClearsTheUsernameButNotTheAddress() {
		attempts.failed("dana", "10.0.0.1");
		attempts.failed("dana", "10.0.0.1");
		attempts.succeeded("dana");
		attempts.failed("dana", "10.0.0.1");
		for (int i = 0; i < 3 * LoginAttempts.ADDRESS_FACTOR - 3; i++) {
			attempts.failed("dana" + i, "10.0.0.1");
		}
		assertThat(attempts.locked("dana", null)).isFalse();
		assertThat(attempts.locked(null, "10.0.0.1")).isTrue();
	}

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-30T12:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
