package org.servicemind.analysis.lexical;

import java.util.Arrays;

/**
 * Where the positional literals of one {@link AnchorAutomaton} scan occur in a text, so that a {@link GatedPattern}
 * alternative can visit only the offsets where one of its leading literals begins instead of testing every word
 * start. Hits are kept in text order and indexed per literal on the first query. One instance per scan; not
 * thread-safe.
 */
final class LeadHits {

	private int[] id = new int[32];

	/** per hit, the offset where the literal begins */
	private int[] start = new int[32];

	private int size;

	/** open-addressing table from literal id to one plus its latest hit, built on the first query */
	private int[] keys;

	private int[] heads;

	/** per hit, one plus the index of the previous hit of the same literal, or 0 */
	private int[] previous;

	void add(int literal, int at) {
		if (size == id.length) {
			id = Arrays.copyOf(id, size * 2);
			start = Arrays.copyOf(start, size * 2);
		}
		id[size] = literal;
		start[size++] = at;
	}

	/** @return the distinct offsets where any of the literals {@code ids} begins, ascending */
	int[] starts(int[] ids) {
		if (keys == null) {
			index();
		}
		int n = 0;
		for (int literal : ids) {
			for (int h = head(literal); h != 0; h = previous[h - 1]) {
				n++;
			}
		}
		int[] offsets = new int[n];
		int k = 0;
		for (int literal : ids) {
			for (int h = head(literal); h != 0; h = previous[h - 1]) {
				offsets[k++] = start[h - 1];
			}
		}
		Arrays.sort(offsets);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (distinct == 0 || offsets[i] != offsets[distinct - 1]) {
				offsets[distinct++] = offsets[i];
			}
		}
		return distinct == n ? offsets : Arrays.copyOf(offsets, distinct);
	}

	private void index() {
		int capacity = Integer.highestOneBit(Math.max(8, size) * 2);
		keys = new int[capacity];
		heads = new int[capacity];
		previous = new int[size];
		for (int h = 0; h < size; h++) {
			int slot = slot(id[h]);
			keys[slot] = id[h] + 1;
			previous[h] = heads[slot];
			heads[slot] = h + 1;
		}
	}

	private int head(int literal) {
		return heads[slot(literal)];
	}

	/** @return the slot of {@code literal}: where it is, or the free slot where it would go */
	private int slot(int literal) {
		int mask = keys.length - 1;
		int s = (literal * 0x9E3779B1 >>> 16) & mask;
		while (keys[s] != 0 && keys[s] != literal + 1) {
			s = (s + 1) & mask;
		}
		return s;
	}
}
