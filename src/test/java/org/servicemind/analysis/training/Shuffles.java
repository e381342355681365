package org.servicemind.analysis.training;

import java.util.Random;

/** Index orders for the epochs of the trainers: 0..n-1, then a Fisher-Yates shuffle in place per epoch. */
final class Shuffles {

	private Shuffles() {
	}

	/** @return 0, 1, ..., n-1 */
	static int[] identity(int n) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		return order;
	}

	/** Shuffles {@code order} in place (Fisher-Yates from the end, one {@code nextInt} per position). */
	static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
	}
}
