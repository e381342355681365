package org.servicemind.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application clock: the system clock, except on a thread inside {@link #at(Instant, Supplier)}, which sees a
 * fixed instant. The demo seeder uses it to create tickets and messages "in the past"; every other thread, and
 * every thread outside that call, sees real time.
 */
public final class DemoClock extends Clock {

	private final Clock system;

	private final ThreadLocal<@Nullable Instant> frozen = new ThreadLocal<>();

	public DemoClock(Clock system) {
		this.system = system;
	}

	/** Runs {@code work} on this thread with the clock showing {@code when}; @return what {@code work} returned */
	public <T> T at(Instant when, Supplier<T> work) {
		Instant before = frozen.get();
		frozen.set(when);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				frozen.remove();
			}
			else {
				frozen.set(before);
			}
		}
	}

	@Override
	public Instant instant() {
		Instant f = frozen.get();
		return f != null ? f : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(system.withZone(zone));
	}
}
