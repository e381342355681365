package org.servicemind.analysis.lexical;

import java.util.Arrays;
import java.util.Map;

/**
 * Open-addressing map from strings to {@code double} values, looked up by a slice of a char array and its
 * {@link String#hashCode()}-compatible hash, so that a token need not become a {@code String} to be looked up. Keys
 * and values sit in flat arrays (no entry objects), which keeps a lexicon of thousands of words in a few compact
 * arrays. Immutable; thread-safe.
 */
final class SliceTable {

	/** per slot, the key's offset in {@link #chars}, or -1 when the slot is empty */
	private final int[] from;

	private final int[] length;

	private final int[] hashes;

	private final double[] values;

	private final char[] chars;

	/**
	 * @param entries the keys (any strings, none null) and their values (not NaN, so that a NaN {@code absent} can
	 *     mark a missing key)
	 * @throws IllegalArgumentException when a value is NaN
	 */
	SliceTable(Map<String, ? extends Number> entries) {
		int slots = Integer.highestOneBit(Math.max(4, entries.size() * 2)) * 2;
		from = new int[slots];
		length = new int[slots];
		hashes = new int[slots];
		values = new double[slots];
		Arrays.fill(from, -1);
		StringBuilder pool = new StringBuilder();
		for (Map.Entry<String, ? extends Number> e : entries.entrySet()) {
			String key = e.getKey();
			if (Double.isNaN(e.getValue().doubleValue())) {
				throw new IllegalArgumentException("NaN value for " + key);
			}
			int s = mix(key.hashCode()) & (slots - 1);
			while (from[s] >= 0) {
				s = (s + 1) & (slots - 1);
			}
			from[s] = pool.length();
			length[s] = key.length();
			hashes[s] = key.hashCode();
			values[s] = e.getValue().doubleValue();
			pool.append(key);
		}
		chars = pool.toString().toCharArray();
	}

	/**
	 * @param hash {@code new String(text, start, count).hashCode()}
	 * @return the value of the key equal to {@code text} from {@code start} up to, not including, {@code start+count}, or {@code absent}
	 */
	double get(char[] text, int start, int count, int hash, double absent) {
		int mask = from.length - 1;
		for (int s = mix(hash) & mask;; s = (s + 1) & mask) {
			int at = from[s];
			if (at < 0) {
				return absent;
			}
			if (hashes[s] == hash && length[s] == count && Arrays.equals(chars, at, at + count, text, start,
					start + count)) {
				return values[s];
			}
		}
	}

	/** @return the value of {@code key}, or {@code absent} */
	double get(String key, double absent) {
		return get(key.toCharArray(), 0, key.length(), key.hashCode(), absent);
	}

	/** @return the {@link String#hashCode()} of {@code text} from {@code start} up to, not including, {@code start+count} */
	static int hash(char[] text, int start, int count) {
		int h = 0;
		for (int i = start; i < start + count; i++) {
			h = 31 * h + text[i];
		}
		return h;
	}

	private static int mix(int h) {
		h *= 0x9E3779B1;
		return h ^ (h >>> 16);
	}
}
