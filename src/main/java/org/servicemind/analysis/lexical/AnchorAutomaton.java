package org.servicemind.analysis.lexical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over a fixed set of lower-case literals (A. V. Aho and M. J. Corasick, "Efficient string
 * matching: an aid to bibliographic search", CACM 18(6), 1975): one pass over a text reports which literals occur in
 * it. Characters outside the literals' alphabet reset the automaton. Literals may hold any UTF-16 characters (an emoji
 * is two); a text character outside ASCII costs one search in the short sorted list of the literals' non-ASCII
 * characters. Immutable and thread-safe.
 */
final class AnchorAutomaton {

	private static final int ASCII = 128;

	private final int[] alphabet = new int[ASCII];

	/** the literals' characters outside ASCII, sorted; {@link #wideLetters} holds their letter numbers */
	private final char[] wide;

	private final int[] wideLetters;

	/**
	 * transitions, {@code width} per node: entry {@code node * width + letter} holds {@code target * width * 2}, plus
	 * one when literals end at the target (so the scan reads {@link #outputs} only then); null when {@link #compact}
	 * holds them
	 */
	private final int[] next;

	/**
	 * the transitions of an automaton of fewer than {@value #COMPACT_NODES} nodes, in half the memory: entry
	 * {@code node * width + letter} holds {@code target * 2}, plus one when literals end at the target; null when
	 * {@link #next} holds them. A scan touches far fewer cache lines of the smaller table.
	 */
	private final char[] compact;

	private static final int COMPACT_NODES = 1 << 15;

	private final int width;

	/** per node, the ids of the literals ending there, or null when none */
	private final int[][] outputs;

	private final int size;

	AnchorAutomaton(List<String> literals) {
		Arrays.fill(alphabet, -1);
		int letters = 0;
		int total = 1;
		java.util.TreeSet<Character> others = new java.util.TreeSet<>();
		for (String literal : literals) {
			total += literal.length();
			for (int i = 0; i < literal.length(); i++) {
				char c = literal.charAt(i);
				if (c >= ASCII) {
					others.add(c);
				}
				else if (alphabet[c] < 0) {
					alphabet[c] = letters++;
				}
			}
		}
		this.wide = new char[others.size()];
		this.wideLetters = new int[others.size()];
		int w0 = 0;
		for (char c : others) {
			wide[w0] = c;
			wideLetters[w0++] = letters++;
		}
		this.size = literals.size();
		int[][] go = new int[total][Math.max(1, letters)];
		for (int[] row : go) {
			Arrays.fill(row, -1);
		}
		List<List<Integer>> out = new ArrayList<>();
		out.add(new ArrayList<>());
		int nodes = 1;
		for (int id = 0; id < literals.size(); id++) {
			String literal = literals.get(id);
			int node = 0;
			for (int i = 0; i < literal.length(); i++) {
				int a = letter(literal.charAt(i));
				if (go[node][a] < 0) {
					go[node][a] = nodes++;
					out.add(new ArrayList<>());
				}
				node = go[node][a];
			}
			if (!literal.isEmpty()) {
				out.get(node).add(id);
			}
		}
		int[] fail = new int[nodes];
		// breadth-first order: the shallow nodes, where a scan spends most of its steps, get neighbouring rows
		int[] rank = new int[nodes];
		int ranked = 1;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int a = 0; a < letters; a++) {
			if (go[0][a] < 0) {
				go[0][a] = 0;
			}
			else {
				fail[go[0][a]] = 0;
				queue.add(go[0][a]);
			}
		}
		while (!queue.isEmpty()) {
			int node = queue.poll();
			rank[node] = ranked++;
			out.get(node).addAll(out.get(fail[node]));
			for (int a = 0; a < letters; a++) {
				int child = go[node][a];
				if (child < 0) {
					go[node][a] = go[fail[node]][a];
				}
				else {
					fail[child] = go[fail[node]][a];
					queue.add(child);
				}
			}
		}
		this.width = Math.max(1, letters);
		this.outputs = new int[nodes][];
		for (int n = 0; n < nodes; n++) {
			int[] ids = out.get(n).stream().mapToInt(Integer::intValue).distinct().toArray();
			outputs[rank[n]] = ids.length == 0 ? null : ids;
		}
		if ((long) nodes * width * 2 > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("too many literals for one automaton");
		}
		boolean small = nodes < COMPACT_NODES;
		this.next = small ? null : new int[nodes * width];
		this.compact = small ? new char[nodes * width] : null;
		for (int n = 0; n < nodes; n++) {
			for (int a = 0; a < width; a++) {
				int target = rank[go[n][a] < 0 ? 0 : go[n][a]];
				int flag = outputs[target] != null ? 1 : 0;
				if (small) {
					compact[rank[n] * width + a] = (char) (target * 2 + flag);
				}
				else {
					next[rank[n] * width + a] = target * width * 2 + flag;
				}
			}
		}
	}

	/** @return the letter number of {@code c}, or -1 when no literal holds it */
	private int letter(char c) {
		return c < ASCII ? alphabet[c] : wideLetter(c);
	}

	/** @return the number of literals, which bounds the ids reported by {@link #scan} */
	int size() {
		return size;
	}

	/**
	 * @return the ids (positions in the constructor's list) of the literals that occur in {@code text}, as a bit set:
	 *     id {@code k} is present when bit {@code k % 64} of word {@code k / 64} is set
	 */
	long[] scan(String text) {
		long[] found = new long[Math.max(1, (size + 63) >>> 6)];
		if (compact != null) {
			scanCompact(text, found);
			return found;
		}
		int[] go = next;
		int[] letter = alphabet;
		int w = width;
		int base = 0; // the current node times width
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			int a = c < ASCII ? letter[c] : wideLetter(c);
			if (a < 0) {
				base = 0;
				continue;
			}
			int to = go[base + a];
			base = to >>> 1;
			if ((to & 1) != 0) {
				for (int id : outputs[base / w]) {
					found[id >>> 6] |= 1L << id;
				}
			}
		}
		return found;
	}

	/** {@link #scan} over {@link #compact}: the same steps, the target's row found by one multiplication */
	private void scanCompact(String text, long[] found) {
		char[] go = compact;
		int[] letter = alphabet;
		int w = width;
		int base = 0; // the current node times width
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			int a = c < ASCII ? letter[c] : wideLetter(c);
			if (a < 0) {
				base = 0;
				continue;
			}
			int to = go[base + a];
			int node = to >>> 1;
			base = node * w;
			if ((to & 1) != 0) {
				for (int id : outputs[node]) {
					found[id >>> 6] |= 1L << id;
				}
			}
		}
	}

	/** @return the letter number of {@code c}, a character outside ASCII, or -1 when no literal holds it */
	private int wideLetter(char c) {
		if (wide.length == 0) {
			return -1;
		}
		int k = Arrays.binarySearch(wide, c);
		return k < 0 ? -1 : wideLetters[k];
	}

	/** @return whether literal {@code id} is marked in a set returned by {@link #scan} */
	static boolean present(long[] found, int id) {
		return (found[id >>> 6] & (1L << id)) != 0;
	}
}
