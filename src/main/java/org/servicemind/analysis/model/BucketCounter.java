package org.servicemind.analysis.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts hashed n-gram buckets with primitive arrays (one instance per thread, reused) and lists the distinct
 * buckets in exactly the order in which a {@code HashMap<Integer, Float>} filled by {@code merge(bucket, 1f,
 * Float::sum)} would iterate them (the implementation before this class): the unit-length norm and the models'
 * floating-point sums run in that order, so keeping it keeps every feature value and score bit for bit.
 *
 * <p>That order follows from how OpenJDK 17's {@code HashMap.merge} works: the table starts at 16 slots
 * and doubles at the start of a {@code merge} call when the size exceeds 3/4 of it, or right after an insertion
 * into a slot that already held 7 entries while the table has fewer than 64 slots; a new key goes to the head of its
 * slot's list and resizing keeps the relative order. So the map iterates slot by slot ({@code key & (slots - 1)}),
 * and within a slot from the newest key to the oldest. A slot reaching 8 entries in a table of 64+ slots becomes a
 * tree with another order; that rare case is handed to a real {@code HashMap}. The equivalence is checked against a
 * real {@code HashMap} of the running JDK by {@code BucketCounterTests}, so a JDK that changes it fails the build.
 */
final class BucketCounter {

	private final int[] counts;

	/** Every bucket added, in order (for the rare tree case). */
	private int[] sequence = new int[1024];

	private int added;

	/** Distinct buckets in first-insertion order. */
	private int[] keys = new int[1024];

	private int size;

	private int capacity;

	private int[] perSlot = new int[16];

	private boolean tree;

	private int[] head = new int[16];

	private int[] next = new int[1024];

	/** @param buckets number of buckets, a power of two */
	BucketCounter(int buckets) {
		this.counts = new int[buckets];
	}

	void clear() {
		for (int i = 0; i < size; i++) {
			counts[keys[i]] = 0;
		}
		size = 0;
		added = 0;
		capacity = 0;
		tree = false;
	}

	/** Adds one to {@code bucket} (0 .. buckets-1). */
	void add(int bucket) {
		if (added == sequence.length) {
			sequence = Arrays.copyOf(sequence, added * 2);
		}
		sequence[added++] = bucket;
		if (capacity == 0) {
			resize(16);
		}
		else if (size > capacity / 4 * 3) {
			resize(capacity * 2);
		}
		if (counts[bucket]++ != 0) {
			return;
		}
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
		}
		keys[size++] = bucket;
		int slot = bucket & (capacity - 1);
		if (perSlot[slot]++ >= 7) {
			if (capacity < 64) {
				resize(capacity * 2);
			}
			else {
				tree = true;
			}
		}
	}

	private void resize(int slots) {
		capacity = slots;
		if (perSlot.length < slots) {
			perSlot = new int[slots];
		}
		else {
			Arrays.fill(perSlot, 0, slots, 0);
		}
		for (int i = 0; i < size; i++) {
			perSlot[keys[i] & (slots - 1)]++;
		}
	}

	/**
	 * Writes the distinct buckets in {@code HashMap} iteration order with their counts.
	 *
	 * @return the number of distinct buckets
	 */
	int drain(int[] bucketsOut, float[] countsOut) {
		if (tree) {
			return drainThroughHashMap(bucketsOut, countsOut);
		}
		if (head.length < capacity) {
			head = new int[capacity];
		}
		if (next.length < size) {
			next = new int[Math.max(size, next.length * 2)];
		}
		Arrays.fill(head, 0, capacity, -1);
		int mask = capacity - 1;
		for (int i = 0; i < size; i++) {
			int slot = keys[i] & mask;
			next[i] = head[slot];
			head[slot] = i;
		}
		int k = 0;
		for (int slot = 0; slot < capacity; slot++) {
			for (int i = head[slot]; i >= 0; i = next[i]) {
				bucketsOut[k] = keys[i];
				countsOut[k++] = counts[keys[i]];
			}
		}
		return k;
	}

	int size() {
		return size;
	}

	private int drainThroughHashMap(int[] bucketsOut, float[] countsOut) {
		Map<Integer, Float> map = new HashMap<>();
		for (int i = 0; i < added; i++) {
			map.merge(sequence[i], 1f, Float::sum);
		}
		int k = 0;
		for (Map.Entry<Integer, Float> e : map.entrySet()) {
			bucketsOut[k] = e.getKey();
			countsOut[k++] = e.getValue();
		}
		return k;
	}
}
