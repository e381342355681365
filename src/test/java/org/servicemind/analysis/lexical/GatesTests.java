package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatesTests {

	/** alternative 0: no sets; 1: literal 0 or 1; 2: literal 1 and literal 2; 3: literal 2 twice over; 4: 70 */
	private final Gates gates = new Gates(List.of(new int[0][], new int[][] { { 0, 1 } },
			new int[][] { { 1 }, { 2 } }, new int[][] { { 2 }, { 2, 3 } }, new int[][] { { 70 } }), 71);

	@Test
	void opensAnUngatedAlternativeOnEveryText() {
		assertThat(open()).containsExactly(true, false, false, false, false);
	}

	@Test
	void opensAnAlternativeWhenAnyLiteralOfItsOnlySetOccurs() {
		assertThat(open(0)[1]).isTrue();
		assertThat(open(1)[1]).isTrue();
		assertThat(open(0, 1)[1]).isTrue();
	}

	@Test
	void opensAnAlternativeOnlyWhenEverySetHasALiteral() {
		assertThat(open(1)[2]).isFalse();
		assertThat(open(2)[2]).isFalse();
		assertThat(open(1, 2)[2]).isTrue();
	}

	@Test
	void countsALiteralSharedBySeveralSetsOfOneAlternativeForEach() {
		assertThat(open(2)[3]).isTrue();
		assertThat(open(3)[3]).isFalse();
	}

	@Test
	void readsLiteralsBeyondTheFirstWordOfTheSet() {
		assertThat(open(70)).containsExactly(true, false, false, false, true);
	}

	private boolean[] open(int... literals) {
		long[] present = new long[2];
		for (int id : literals) {
			present[id >>> 6] |= 1L << id;
		}
		long[] open = gates.open(present);
		boolean[] result = new boolean[5];
		for (int a = 0; a < 5; a++) {
			result[a] = Gates.isOpen(open, a);
		}
		return result;
	}
}
