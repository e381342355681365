package org.servicemind.analysis.model;

import java.util.Arrays;

/**
 * Open-addressing table from words to dense ids {@code 0..size-1}, looked up by a slice of a char array and its
 * {@link String#hashCode()}-compatible hash, so that tokens need not become {@code String}s. Immutable after
 * building; lookups are thread-safe.
 */
final class WordTable {

	private int[] slots = new int[64];

	/** The String hash of the word in each slot (compared before the chars). */
	private int[] slotHashes = new int[64];

	private String[] byId = new String[16];

	private int size;

	WordTable() {
		Arrays.fill(slots, -1);
	}

	/** @return the id of {@code word}, adding it when new */
	int add(String word) {
		int found = find(word.toCharArray(), 0, word.length(), word.hashCode());
		if (found >= 0) {
			return found;
		}
		if ((size + 1) * 2 > slots.length) {
			grow();
		}
		if (size == byId.length) {
			byId = Arrays.copyOf(byId, size * 2);
		}
		byId[size] = word;
		insert(size, word.hashCode());
		return size++;
	}

	int size() {
		return size;
	}

	/** @return the id of the word {@code chars} from {@code from} up to, not including, {@code from+length} whose String hash is {@code hash}, or -1 */
	int find(char[] chars, int from, int length, int hash) {
		int mask = slots.length - 1;
		for (int s = mix(hash) & mask;; s = (s + 1) & mask) {
			int id = slots[s];
			if (id < 0) {
				return -1;
			}
			if (slotHashes[s] == hash) {
				String w = byId[id];
				if (w.length() == length && sameChars(w, chars, from)) {
					return id;
				}
			}
		}
	}

	private static boolean sameChars(String w, char[] chars, int from) {
		for (int i = 0; i < w.length(); i++) {
			if (w.charAt(i) != chars[from + i]) {
				return false;
			}
		}
		return true;
	}

	private void insert(int id, int hash) {
		int mask = slots.length - 1;
		int s = mix(hash) & mask;
		while (slots[s] >= 0) {
			s = (s + 1) & mask;
		}
		slots[s] = id;
		slotHashes[s] = hash;
	}

	private void grow() {
		slots = new int[slots.length * 2];
		slotHashes = new int[slots.length];
		Arrays.fill(slots, -1);
		for (int id = 0; id < size; id++) {
			insert(id, byId[id].hashCode());
		}
	}

	private static int mix(int h) {
		h *= 0x9E3779B1;
		return h ^ (h >>> 16);
	}
}
