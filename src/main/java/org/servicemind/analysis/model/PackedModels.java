package org.servicemind.analysis.model;

/**
 * Six {@link LinearModel}s over the same sparse input, scored in one pass: their weights are interleaved (the six
 * weights of a feature sit next to each other, so one cache line serves all six models). Every model's sum is formed
 * in the same order as {@link LinearModel#score(int[], double[])}, so the results are identical to it. Immutable and
 * thread-safe.
 */
final class PackedModels {

	static final int MODELS = 6;

	private final double[] weights;

	private final double[] bias = new double[MODELS];

	/** @param models six models of equal dimension */
	PackedModels(LinearModel... models) {
		if (models.length != MODELS) {
			throw new IllegalArgumentException("expected " + MODELS + " models");
		}
		int d = models[0].dimension();
		weights = new double[d * MODELS];
		for (int m = 0; m < MODELS; m++) {
			if (models[m].dimension() != d) {
				throw new IllegalArgumentException("models differ in dimension");
			}
			bias[m] = models[m].bias();
			for (int i = 0; i < d; i++) {
				weights[i * MODELS + m] = models[m].weight(i);
			}
		}
	}

	/** Writes the six scores {@code w·x + b} of the sparse {@code x} (first {@code n} entries) to {@code out}. */
	void score(int[] index, double[] value, int n, double[] out) {
		double s0 = bias[0];
		double s1 = bias[1];
		double s2 = bias[2];
		double s3 = bias[3];
		double s4 = bias[4];
		double s5 = bias[5];
		double[] w = weights;
		for (int i = 0; i < n; i++) {
			int at = index[i] * MODELS;
			double v = value[i];
			s0 += w[at] * v;
			s1 += w[at + 1] * v;
			s2 += w[at + 2] * v;
			s3 += w[at + 3] * v;
			s4 += w[at + 4] * v;
			s5 += w[at + 5] * v;
		}
		out[0] = s0;
		out[1] = s1;
		out[2] = s2;
		out[3] = s3;
		out[4] = s4;
		out[5] = s5;
	}
}
