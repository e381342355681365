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

	@Test
	void opensTheSameAlternativesWhicheverSetIsTheKey() {
		// with literal texts the rarer set ({"refund policy"} over {"you", "i"}) is the key of alternative 1
		Gates keyed = new Gates(List.of(new int[][] { { 0 } }, new int[][] { { 0, 1 }, { 2 } }, new int[][] { { 2 } }),
				List.of("you", "i", "refund policy"));
		assertThat(open(keyed, 3, 0)).containsExactly(true, false, false);
		assertThat(open(keyed, 3, 2)).containsExactly(false, false, true);
		assertThat(open(keyed, 3, 1, 2)).containsExactly(false, true, true);
		assertThat(open(keyed, 3, 0, 1, 2)).containsExactly(true, true, true);
	}

	private static boolean[] open(Gates gates, int alternatives, int... literals) {
		long[] present = new long[1];
		for (int id : literals) {
			present[0] |= 1L << id;
		}
		long[] open = gates.open(present);
		boolean[] result = new boolean[alternatives];
		for (int a = 0; a < alternatives; a++) {
			result[a] = Gates.isOpen(open, a);
		}
		return result;
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
