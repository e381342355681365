package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BucketCounterTests {

	private static final int BUCKETS = 1 << 15;

	@Test
	void listsBucketsInHashMapIterationOrderWithTheirCounts() {
		Random random = new Random(5);
		BucketCounter counter = new BucketCounter(BUCKETS);
		for (int round = 0; round < 3_000; round++) {
			int n = random.nextInt(round % 10 == 0 ? 5_000 : 400);
			int range = 1 + random.nextInt(BUCKETS);
			int[] sequence = new int[n];
			for (int i = 0; i < n; i++) {
				sequence[i] = random.nextInt(range);
			}
			check(counter, sequence);
		}
	}

	@Test
	void followsResizesAndTreesOfCrowdedSlots() {
		BucketCounter counter = new BucketCounter(BUCKETS);
		Random random = new Random(7);
		for (int stride : new int[] { 16, 32, 64, 128, 1024, 4096 }) {
			for (int round = 0; round < 50; round++) {
				int n = 1 + random.nextInt(300);
				int[] sequence = new int[n];
				for (int i = 0; i < n; i++) {
					sequence[i] = random.nextInt(4) == 0 ? random.nextInt(BUCKETS)
							: (random.nextInt(BUCKETS / stride) * stride + random.nextInt(2)) % BUCKETS;
				}
				check(counter, sequence);
			}
		}
	}

	@Test
	void startsEmptyAfterClear() {
		BucketCounter counter = new BucketCounter(BUCKETS);
		counter.add(5);
		counter.clear();
		assertThat(counter.drain(new int[4], new float[4])).isZero();
	}

	private static void check(BucketCounter counter, int[] sequence) {
		counter.clear();
		Map<Integer, Float> map = new HashMap<>();
		for (int b : sequence) {
			counter.add(b);
			map.merge(b, 1f, Float::sum);
		}
		int[] buckets = new int[counter.size()];
		float[] counts = new float[counter.size()];
		int n = counter.drain(buckets, counts);
		List<Integer> expectedKeys = new ArrayList<>(map.keySet());
		List<Float> expectedCounts = new ArrayList<>(map.values());
		assertThat(n).isEqualTo(map.size());
		for (int i = 0; i < n; i++) {
			assertThat(buckets[i]).isEqualTo(expectedKeys.get(i));
			assertThat(counts[i]).isEqualTo(expectedCounts.get(i));
		}
	}
}
