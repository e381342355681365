package org.servicemind.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuShareLimiterTests {

	@Test
	void pausesSoTheWorkUsesAtMostItsShareOfACore() {
		assertThat(new CpuShareLimiter(0.5).pauseAfter(Duration.ofMillis(8))).isEqualTo(Duration.ofMillis(8));
		assertThat(new CpuShareLimiter(0.25).pauseAfter(Duration.ofMillis(8))).isEqualTo(Duration.ofMillis(24));
		assertThat(new CpuShareLimiter(1).pauseAfter(Duration.ofMillis(8))).isZero();
	}

	@Test
	void returnsTheWorksResult() {
		assertThat(new CpuShareLimiter(1).run(() -> "done")).isEqualTo("done");
	}

	@Test
	void rejectsSharesOutsideZeroToOne() {
		assertThatThrownBy(() -> new CpuShareLimiter(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("max-cpu-share");
		assertThatThrownBy(() -> new CpuShareLimiter(1.5)).isInstanceOf(IllegalArgumentException.class);
	}
}
