package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal gates of every alternative of a {@link GatedPattern} family, indexed by literal: given the literals an
 * {@link AnchorAutomaton} pass found, {@link #open} visits only the requirement sets those literals take part in,
 * instead of testing every set of every alternative. An alternative is open when each of its requirement sets has at
 * least one literal present (an alternative without sets is always open), exactly as testing its sets one by one
 * decides. Immutable and thread-safe.
 */
final class Gates {

	/** per literal id, the entries of {@code sets} from index {@code setsFrom[id]} up to, not including, {@code setsFrom[id + 1]} are the requirement sets that contain it */
	private final int[] setsFrom;

	private final int[] sets;

	/** per requirement set, the family-wide index of its alternative */
	private final int[] alternativeOf;

	/** per alternative, the number of its requirement sets */
	private final int[] required;

	/** the alternatives without requirement sets, as a bit set */
	private final long[] ungated;

	/**
	 * @param gates per family-wide alternative, its requirement sets of literal ids (each set without repeats)
	 * @param literals the number of literal ids ({@link AnchorAutomaton#size()})
	 */
	Gates(List<int[][]> gates, int literals) {
		int alternatives = gates.size();
		this.required = new int[alternatives];
		this.ungated = new long[words(alternatives)];
		List<Integer> owner = new ArrayList<>();
		int[] perLiteral = new int[literals + 1];
		for (int a = 0; a < alternatives; a++) {
			required[a] = gates.get(a).length;
			if (required[a] == 0) {
				ungated[a >>> 6] |= 1L << a;
			}
			for (int[] set : gates.get(a)) {
				owner.add(a);
				for (int id : set) {
					perLiteral[id + 1]++;
				}
			}
		}
		this.alternativeOf = owner.stream().mapToInt(Integer::intValue).toArray();
		this.setsFrom = new int[literals + 1];
		for (int id = 0; id < literals; id++) {
			setsFrom[id + 1] = setsFrom[id] + perLiteral[id + 1];
		}
		this.sets = new int[setsFrom[literals]];
		int[] fill = setsFrom.clone();
		int set = 0;
		for (int[][] gate : gates) {
			for (int[] anyOf : gate) {
				for (int id : anyOf) {
					sets[fill[id]++] = set;
				}
				set++;
			}
		}
	}

	/**
	 * @param present the literals found, as returned by {@link AnchorAutomaton#scan}
	 * @return the open alternatives (family-wide indices) as a bit set: index {@code a} is open when bit
	 *     {@code a % 64} of word {@code a / 64} is set
	 */
	long[] open(long[] present) {
		long[] open = ungated.clone();
		int[] have = null;
		long[] satisfied = null;
		for (int w = 0; w < present.length; w++) {
			for (long bits = present[w]; bits != 0; bits &= bits - 1) {
				int id = (w << 6) + Long.numberOfTrailingZeros(bits);
				for (int k = setsFrom[id], end = setsFrom[id + 1]; k < end; k++) {
					int set = sets[k];
					if (satisfied == null) {
						satisfied = new long[words(alternativeOf.length)];
						have = new int[required.length];
					}
					if ((satisfied[set >>> 6] & (1L << set)) != 0) {
						continue;
					}
					satisfied[set >>> 6] |= 1L << set;
					int a = alternativeOf[set];
					if (++have[a] == required[a]) {
						open[a >>> 6] |= 1L << a;
					}
				}
			}
		}
		return open;
	}

	/** @return whether alternative {@code a} is marked in a set returned by {@link #open} */
	static boolean isOpen(long[] open, int a) {
		return (open[a >>> 6] & (1L << a)) != 0;
	}

	private static int words(int bits) {
		return Math.max(1, (bits + 63) >>> 6);
	}
}
