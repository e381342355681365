package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The literal gates of every alternative of a {@link GatedPattern} family, indexed by literal: given the literals an
 * {@link AnchorAutomaton} pass found, {@link #open} visits only the alternatives whose key set (the requirement set
 * of the alternative least likely to occur in a text, judged by its literals' lengths) holds a literal that occurs,
 * and tests their other sets only then, instead of testing every set of every alternative. An alternative is open
 * when each of its requirement sets has at least one literal present (an alternative without sets is always open),
 * exactly as testing its sets one by one decides. Immutable and thread-safe.
 */
final class Gates {

	/** words so common in support text that a set holding one of them is a poor key */
	private static final Set<String> COMMON = Set.of("i", "a", "the", "you", "to", "it", "is", "and", "not", "we",
			"my", "me", "this", "that", "can", "do", "be", "have", "will", "your", "of", "in", "for", "on", "at", "so",
			"i'm", "i'", "n't", "don't", "we'", "you'", "are", "was", "if", "or", "but", "just", "all", "with");

	/**
	 * per literal id, the entries of {@code keyed} from index {@code keyedFrom[id]} up to, not including,
	 * {@code keyedFrom[id + 1]} are the alternatives whose key set contains it
	 */
	private final int[] keyedFrom;

	private final int[] keyed;

	/**
	 * per alternative, its requirement sets as literal ids: set {@code s} of the alternatives' sets in
	 * {@code setFrom[alternativeFrom[a]] ..} holds the ids {@code literals[setFrom[s]]} up to, not including,
	 * {@code literals[setFrom[s + 1]]}
	 */
	private final int[] alternativeFrom;

	private final int[] setFrom;

	private final int[] setLiterals;

	/** the alternatives without requirement sets, as a bit set */
	private final long[] ungated;

	/**
	 * @param gates per family-wide alternative, its requirement sets of literal ids (each set without repeats)
	 * @param literals the number of literal ids ({@link AnchorAutomaton#size()}); every literal counts as equally
	 *     likely to occur
	 */
	Gates(List<int[][]> gates, int literals) {
		this(gates, literals, null);
	}

	/**
	 * @param gates per family-wide alternative, its requirement sets of literal ids (each set without repeats)
	 * @param literals the literals by id, as given to the {@link AnchorAutomaton}; shorter and common ones count as
	 *     more likely to occur when choosing each alternative's key set
	 */
	Gates(List<int[][]> gates, List<String> literals) {
		this(gates, literals.size(), literals);
	}

	private Gates(List<int[][]> gates, int literals, List<String> texts) {
		int alternatives = gates.size();
		this.ungated = new long[words(alternatives)];
		this.alternativeFrom = new int[alternatives + 1];
		List<Integer> setBounds = new ArrayList<>();
		List<Integer> ids = new ArrayList<>();
		List<List<Integer>> byLiteral = new ArrayList<>();
		for (int id = 0; id < literals; id++) {
			byLiteral.add(new ArrayList<>());
		}
		for (int a = 0; a < alternatives; a++) {
			int[][] sets = gates.get(a);
			alternativeFrom[a] = setBounds.size();
			if (sets.length == 0) {
				ungated[a >>> 6] |= 1L << a;
			}
			int[] key = null;
			double keyCost = Double.MAX_VALUE;
			for (int[] set : sets) {
				setBounds.add(ids.size());
				double cost = 0;
				for (int id : set) {
					ids.add(id);
					cost += cost(texts == null ? null : texts.get(id));
				}
				if (cost < keyCost) {
					keyCost = cost;
					key = set;
				}
			}
			if (key != null) {
				for (int id : key) { // an empty key set can never be satisfied: the alternative stays closed
					byLiteral.get(id).add(a);
				}
			}
		}
		alternativeFrom[alternatives] = setBounds.size();
		setBounds.add(ids.size());
		this.setFrom = setBounds.stream().mapToInt(Integer::intValue).toArray();
		this.setLiterals = ids.stream().mapToInt(Integer::intValue).toArray();
		this.keyedFrom = new int[literals + 1];
		for (int id = 0; id < literals; id++) {
			keyedFrom[id + 1] = keyedFrom[id] + byLiteral.get(id).size();
		}
		this.keyed = byLiteral.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
	}

	/** @return how likely a literal is to occur in a text, in arbitrary units: short and common words most */
	private static double cost(String literal) {
		if (literal == null) {
			return 1;
		}
		int length = literal.strip().length();
		double cost = length <= 1 ? 64 : length == 2 ? 16 : length == 3 ? 6 : length == 4 ? 3 : length == 5 ? 2 : 1;
		return COMMON.contains(literal.strip()) ? cost * 8 : cost;
	}

	/**
	 * @param present the literals found, as returned by {@link AnchorAutomaton#scan}
	 * @return the open alternatives (family-wide indices) as a bit set: index {@code a} is open when bit
	 *     {@code a % 64} of word {@code a / 64} is set
	 */
	long[] open(long[] present) {
		long[] open = ungated.clone();
		for (int w = 0; w < present.length; w++) {
			for (long bits = present[w]; bits != 0; bits &= bits - 1) {
				int id = (w << 6) + Long.numberOfTrailingZeros(bits);
				for (int k = keyedFrom[id], end = keyedFrom[id + 1]; k < end; k++) {
					int a = keyed[k];
					if ((open[a >>> 6] & (1L << a)) == 0 && allSetsPresent(a, present)) {
						open[a >>> 6] |= 1L << a;
					}
				}
			}
		}
		return open;
	}

	private boolean allSetsPresent(int a, long[] present) {
		for (int s = alternativeFrom[a], end = alternativeFrom[a + 1]; s < end; s++) {
			boolean hit = false;
			for (int k = setFrom[s], last = setFrom[s + 1]; k < last && !hit; k++) {
				int id = setLiterals[k];
				hit = (present[id >>> 6] & (1L << id)) != 0;
			}
			if (!hit) {
				return false;
			}
		}
		return true;
	}

	/** @return whether alternative {@code a} is marked in a set returned by {@link #open} */
	static boolean isOpen(long[] open, int a) {
		return (open[a >>> 6] & (1L << a)) != 0;
	}

	private static int words(int bits) {
		return Math.max(1, (bits + 63) >>> 6);
	}
}
