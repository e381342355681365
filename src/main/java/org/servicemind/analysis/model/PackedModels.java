package org.servicemind.analysis.model;

/**
 * Six {@link LinearModel}s over the same sparse input, scored in one pass: their weights are interleaved (the weights
 * of a feature sit next to each other, so one cache line serves all the models). When the last models of the six have
 * only zero weights from some feature index on (the tone models use no hashed buckets), the rows from there on hold
 * only the other models' weights (four of eight bytes each, a 32-byte row instead of 48), which shrinks the table by a
 * third; the zero weights they drop would add exactly zero. Every model's sum is otherwise formed in the same order as
 * {@link LinearModel#score(int[], double[])}, so the results are identical to it for finite inputs (a sum that is
 * exactly zero may differ in the sign of that zero). Immutable and thread-safe.
 */
final class PackedModels {

	static final int MODELS = 6;

	/** models kept in the rows of the compact tail: the first four, when the last two are zero there */
	private static final int TAIL_MODELS = 4;

	/**
	 * leading entries of {@link #tail} left unused, so that rows begin 32-byte aligned when the array itself begins
	 * 64-byte aligned (as large arrays do in G1, and as the 16-byte array header then leaves them)
	 */
	private static final int TAIL_PAD = 2;

	/** rows of features {@code 0 .. split - 1}, six weights each */
	private final double[] head;

	/** rows of features {@code split ..}, {@link #TAIL_MODELS} weights each, after {@link #TAIL_PAD} unused entries */
	private final double[] tail;

	/** the first feature index of the compact tail; the dimension when there is none */
	private final int split;

	private final double[] bias = new double[MODELS];

	/** @param models six models of equal dimension */
	PackedModels(LinearModel... models) {
		if (models.length != MODELS) {
			throw new IllegalArgumentException("expected " + MODELS + " models");
		}
		int d = models[0].dimension();
		for (int m = 0; m < MODELS; m++) {
			if (models[m].dimension() != d) {
				throw new IllegalArgumentException("models differ in dimension");
			}
			bias[m] = models[m].bias();
		}
		int zeroFrom = 0; // from here on, the models after the first TAIL_MODELS have only zero weights
		for (int m = TAIL_MODELS; m < MODELS; m++) {
			for (int i = d - 1; i >= zeroFrom; i--) {
				if (models[m].weight(i) != 0) {
					zeroFrom = i + 1;
					break;
				}
			}
		}
		this.split = zeroFrom;
		this.head = new double[split * MODELS];
		this.tail = new double[split == d ? 0 : TAIL_PAD + (d - split) * TAIL_MODELS];
		for (int m = 0; m < MODELS; m++) {
			for (int i = 0; i < split; i++) {
				head[i * MODELS + m] = models[m].weight(i);
			}
			for (int i = split; i < d && m < TAIL_MODELS; i++) {
				tail[TAIL_PAD + (i - split) * TAIL_MODELS + m] = models[m].weight(i);
			}
		}
	}

	/** @return the first feature index whose row holds only the first four models' weights (the dimension if none) */
	int split() {
		return split;
	}

	/** Writes the six scores {@code w·x + b} of the sparse {@code x} (first {@code n} entries) to {@code out}. */
	void score(int[] index, double[] value, int n, double[] out) {
		double s0 = bias[0];
		double s1 = bias[1];
		double s2 = bias[2];
		double s3 = bias[3];
		double s4 = bias[4];
		double s5 = bias[5];
		double[] w = head;
		double[] t = tail;
		int cut = split;
		for (int i = 0; i < n; i++) {
			int feature = index[i];
			double v = value[i];
			if (feature < cut) {
				int at = feature * MODELS;
				s0 += w[at] * v;
				s1 += w[at + 1] * v;
				s2 += w[at + 2] * v;
				s3 += w[at + 3] * v;
				s4 += w[at + 4] * v;
				s5 += w[at + 5] * v;
			}
			else {
				int at = TAIL_PAD + (feature - cut) * TAIL_MODELS;
				s0 += t[at] * v;
				s1 += t[at + 1] * v;
				s2 += t[at + 2] * v;
				s3 += t[at + 3] * v;
			}
		}
		out[0] = s0;
		out[1] = s1;
		out[2] = s2;
		out[3] = s3;
		out[4] = s4;
		out[5] = s5;
	}
}
