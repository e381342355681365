package org.servicemind.analysis.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps background analysis to a share of one core: after a piece of work that used {@code c} ms of CPU, the thread
 * pauses {@code c × (1 − share) / share} ms. With share 0.5 the analysis thread uses at most half a core, so request
 * handling keeps the rest even while a burst of new tickets waits to be analysed.
 */
final class CpuShareLimiter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final double share;

	/** @param share 0 &lt; share ≤ 1 of one core; 1 means no pause */
	CpuShareLimiter(double share) {
		if (!(share > 0 && share <= 1)) {
			throw new IllegalArgumentException("servicemind.analysis.max-cpu-share must be in (0, 1], was " + share);
		}
		this.share = share;
	}

	/** @return how long to pause after work that used {@code cpu} */
	Duration pauseAfter(Duration cpu) {
		return Duration.ofNanos((long) (cpu.toNanos() * (1 - share) / share));
	}

	/** Runs {@code work} on this thread, then pauses as {@link #pauseAfter} says. */
	<T> T run(Supplier<T> work) {
		long before = THREADS.getCurrentThreadCpuTime();
		try {
			return work.get();
		}
		finally {
			long used = THREADS.getCurrentThreadCpuTime() - before;
			Duration pause = pauseAfter(Duration.ofNanos(Math.max(0, used)));
			if (!pause.isZero()) {
				try {
					Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}
}
