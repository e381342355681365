package org.servicemind.analysis.lexical;

import java.util.Arrays;
import java.util.Map;

/**
 * Open-addressing map from strings to {@code double} values, looked up by a slice of a char array and its
 * {@link String#hashCode()}-compatible hash, so that a token need not become a {@code String} to be looked up. Each
 * slot is one {@code long} holding the key's hash, offset and length (the value sits in a parallel array read only on
 * a hit), at a load factor of at most one half, so a probe usually touches one cache line of the slots; no entry
 * objects. Immutable; thread-safe.
 */
final class SliceTable {

	/** keys longer than this, or a key pool longer than {@link #MAX_POOL}, make the table refuse its entries */
	static final int MAX_KEY = 255;

	static final int MAX_POOL = (1 << 24) - 2;

	/**
	 * per slot, 0 when empty, else the key's hash in the high 32 bits, its offset in {@link #chars} plus one in the
	 * next 24 and its length in the low 8
	 */
	private final long[] slots;

	private final double[] values;

	private final char[] chars;

	/**
	 * @param entries the keys (any strings of at most {@link #MAX_KEY} characters, none null) and their values (not
	 *     NaN, so that a NaN {@code absent} can mark a missing key)
	 * @throws IllegalArgumentException when a value is NaN or the keys are too long
	 */
	SliceTable(Map<String, ? extends Number> entries) {
		int size = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) * 2;
		slots = new long[size];
		values = new double[size];
		StringBuilder pool = new StringBuilder();
		for (Map.Entry<String, ? extends Number> e : entries.entrySet()) {
			String key = e.getKey();
			if (Double.isNaN(e.getValue().doubleValue())) {
				throw new IllegalArgumentException("NaN value for " + key);
			}
			if (key.length() > MAX_KEY || pool.length() + key.length() > MAX_POOL) {
				throw new IllegalArgumentException("key too long or too many keys: " + key);
			}
			int s = mix(key.hashCode()) & (size - 1);
			while (slots[s] != 0) {
				s = (s + 1) & (size - 1);
			}
			slots[s] = (long) key.hashCode() << 32 | (long) (pool.length() + 1) << 8 | key.length();
			values[s] = e.getValue().doubleValue();
			pool.append(key);
		}
		chars = pool.toString().toCharArray();
	}

	/**
	 * @param hash the {@link String#hashCode()} of the slice
	 * @return the value of the key equal to {@code text[start .. start + count)}, or {@code absent}
	 */
	double get(char[] text, int start, int count, int hash, double absent) {
		int mask = slots.length - 1;
		long wanted = (long) hash << 32 | count;
		for (int s = mix(hash) & mask;; s = (s + 1) & mask) {
			long slot = slots[s];
			if (slot == 0) {
				return absent;
			}
			if ((slot & 0xFFFFFFFF000000FFL) == wanted) {
				int at = (int) (slot >>> 8 & 0xFFFFFF) - 1;
				if (Arrays.equals(chars, at, at + count, text, start, start + count)) {
					return values[s];
				}
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
