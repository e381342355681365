package org.servicemind.analysis.training;

import org.servicemind.analysis.model.Embedder;

/**
 * Full-batch binary logistic regression with L2 for the phrase models: Adam steps on the mean log-loss plus
 * {@code l2/2 |w|^2} (bias not penalised), a fixed number of iterations from zero weights, so a run is reproducible.
 * Positive examples weigh {@link #POSITIVE_WEIGHT} times a negative, which helps the rare categories.
 */
final class PhraseLogistic {

	static final int ITERATIONS = 250;

	static final double RATE = 0.05;

	static final double POSITIVE_WEIGHT = 3;

	private PhraseLogistic() {
	}

	/**
	 * @param y 1 positive, 0 negative, -1 left out
	 * @return {@code [bias, w_0 … w_{d-1}]}
	 */
	static double[] train(double[][] x, int[] y, double l2) {
		return train(x, y, l2, POSITIVE_WEIGHT);
	}

	/**
	 * @param y 1 positive, 0 negative, -1 left out
	 * @param positiveWeight weight of a positive example relative to a negative one, {@code > 0}
	 * @return {@code [bias, w_0 … w_{d-1}]}
	 */
	static double[] train(double[][] x, int[] y, double l2, double positiveWeight) {
		int d = x[0].length;
		double[] w = new double[d + 1];
		double[] m = new double[d + 1];
		double[] v = new double[d + 1];
		double[] g = new double[d + 1];
		double total = 0;
		for (int label : y) {
			total += label < 0 ? 0 : label == 1 ? positiveWeight : 1;
		}
		for (int it = 1; it <= ITERATIONS; it++) {
			java.util.Arrays.fill(g, 0);
			for (int k = 0; k < x.length; k++) {
				if (y[k] < 0) {
					continue;
				}
				double weight = y[k] == 1 ? positiveWeight : 1;
				double p = 1 / (1 + Math.exp(-logit(w, x[k])));
				double r = weight * (p - y[k]) / total;
				g[0] += r;
				double[] xk = x[k];
				for (int j = 0; j < d; j++) {
					g[j + 1] += r * xk[j];
				}
			}
			for (int j = 0; j <= d; j++) {
				double gj = g[j] + (j == 0 ? 0 : l2 * w[j]);
				m[j] = 0.9 * m[j] + 0.1 * gj;
				v[j] = 0.999 * v[j] + 0.001 * gj * gj;
				double mh = m[j] / (1 - Math.pow(0.9, it));
				double vh = v[j] / (1 - Math.pow(0.999, it));
				w[j] -= RATE * mh / (Math.sqrt(vh) + 1e-8);
			}
		}
		return w;
	}

	static double logit(double[] w, double[] x) {
		double z = w[0];
		for (int j = 0; j < x.length; j++) {
			z += w[j + 1] * x[j];
		}
		return z;
	}

	/** Per-dimension mean and standard deviation of the embeddings, and the way back to raw-feature weights. */
	record Standardiser(double[] mean, double[] sd) {

		static Standardiser of(float[][] e) {
			int d = Embedder.DIMENSION;
			double[] mean = new double[d];
			double[] sd = new double[d];
			for (float[] v : e) {
				for (int j = 0; j < d; j++) {
					mean[j] += v[j];
				}
			}
			for (int j = 0; j < d; j++) {
				mean[j] /= e.length;
			}
			for (float[] v : e) {
				for (int j = 0; j < d; j++) {
					sd[j] += (v[j] - mean[j]) * (v[j] - mean[j]);
				}
			}
			for (int j = 0; j < d; j++) {
				sd[j] = Math.max(1e-6, Math.sqrt(sd[j] / e.length));
			}
			return new Standardiser(mean, sd);
		}

		double[][] apply(float[][] e) {
			double[][] x = new double[e.length][mean.length];
			for (int k = 0; k < e.length; k++) {
				for (int j = 0; j < mean.length; j++) {
					x[k][j] = (e[k][j] - mean[j]) / sd[j];
				}
			}
			return x;
		}

		/** @return weights on the raw embedding whose score is the standardised logit minus {@code threshold} */
		Ridge.Weights unstandardise(double[] w, double threshold) {
			double[] raw = new double[mean.length];
			double bias = w[0] - threshold;
			for (int j = 0; j < mean.length; j++) {
				raw[j] = w[j + 1] / sd[j];
				bias -= raw[j] * mean[j];
			}
			return new Ridge.Weights(bias, raw);
		}
	}
}
