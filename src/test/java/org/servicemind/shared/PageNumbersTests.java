package org.servicemind.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumbersTests {

	@Test
	void keepsOrdinaryPageNumbers() {
		assertThat(PageNumbers.clamp(0)).isZero();
		assertThat(PageNumbers.clamp(42)).isEqualTo(42);
	}

	@Test
	void clampsNegativeAndHugePageNumbers() {
		assertThat(PageNumbers.clamp(-3)).isZero();
		assertThat(PageNumbers.clamp(Integer.MAX_VALUE)).isEqualTo(PageNumbers.MAX);
		assertThat(PageNumbers.clamp(99_999_999)).isEqualTo(10_000);
	}
}
