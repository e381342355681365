package org.servicemind.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.servicemind.ticketing.web.CollisionTracker.Viewer;

class CollisionTrackerTests {

	MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));

	CollisionTracker tracker = new CollisionTracker(clock);

	@Test
	void showsOtherViewersButNotYourself() {
		tracker.viewing(10001, "alex", "Alex Rivera");
		tracker.viewing(10001, "sam", "Sam Lee");
		tracker.viewing(10002, "kim", "Kim Ito");

		assertThat(tracker.others(10001, "alex")).containsExactly(new Viewer("sam", "Sam Lee", false, false));
	}

	@Test
	void listsWritersFirst() {
		tracker.viewing(10001, "ann", "Ann Berg");
		tracker.composing(10001, "zoe", "Zoe Park", true);

		assertThat(tracker.others(10001, "alex")).containsExactly(new Viewer("zoe", "Zoe Park", true, true),
				new Viewer("ann", "Ann Berg", false, false));
	}

	@Test
	void forgetsAViewerTenSecondsAfterTheirLastPoll() {
		tracker.viewing(10001, "sam", "Sam Lee");
		clock.advance(Duration.ofSeconds(9));
		assertThat(tracker.others(10001, "alex")).hasSize(1);

		clock.advance(Duration.ofSeconds(2));
		assertThat(tracker.others(10001, "alex")).isEmpty();
	}

	@Test
	void keepsWritingWhileTheyPollAndFadesAfterTheLastKeyStroke() {
		tracker.composing(10001, "sam", "Sam Lee", false);
		clock.advance(Duration.ofSeconds(5));
		tracker.viewing(10001, "sam", "Sam Lee");
		assertThat(tracker.others(10001, "alex")).extracting(Viewer::composing).containsExactly(true);

		clock.advance(Duration.ofSeconds(6));
		tracker.viewing(10001, "sam", "Sam Lee");
		assertThat(tracker.others(10001, "alex")).extracting(Viewer::composing).containsExactly(false);
	}

	@Test
	void stopsShowingWritingOnceTheMessageIsSent() {
		tracker.composing(10001, "sam", "Sam Lee", false);
		tracker.stoppedComposing(10001, "sam");

		assertThat(tracker.others(10001, "alex")).containsExactly(new Viewer("sam", "Sam Lee", false, false));
	}

	@Test
	void dropsTicketsNobodyLooksAtAnyMore() {
		tracker.viewing(10001, "sam", "Sam Lee");
		tracker.viewing(10002, "kim", "Kim Ito");
		clock.advance(Duration.ofSeconds(6));
		tracker.viewing(10002, "kim", "Kim Ito");
		clock.advance(Duration.ofSeconds(6));

		tracker.forgetExpired();

		assertThat(tracker.trackedTickets()).isEqualTo(1);
		assertThat(tracker.others(10002, "alex")).hasSize(1);
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
