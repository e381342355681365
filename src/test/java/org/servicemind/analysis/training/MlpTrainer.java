package org.servicemind.analysis.training;

import java.util.Random;

import org.servicemind.analysis.model.EmbeddingMlp;

/**
 * Trains an {@link EmbeddingMlp} (ReLU hidden layer, independent sigmoid heads, summed binary cross-entropy) with
 * Adam on mini-batches, fixed seed and epoch count, so a run is reproducible.
 */
final class MlpTrainer {

	int hidden = 128;

	int epochs = 6;

	int batch = 32;

	double rate = 1e-3;

	double decay = 1e-5;

	EmbeddingMlp train(float[][] x, boolean[][] y, long seed) {
		int n = x.length;
		int d = x[0].length;
		int k = y[0].length;
		Random random = new Random(seed);
		double[] w1 = new double[hidden * d];
		double[] b1 = new double[hidden];
		double[] w2 = new double[k * hidden];
		double[] b2 = new double[k];
		for (int i = 0; i < w1.length; i++) {
			w1[i] = random.nextGaussian() * Math.sqrt(2.0 / d);
		}
		for (int i = 0; i < w2.length; i++) {
			w2[i] = random.nextGaussian() * Math.sqrt(1.0 / hidden);
		}
		double[][] params = { w1, b1, w2, b2 };
		double[][] grads = { new double[w1.length], new double[hidden], new double[w2.length], new double[k] };
		double[][] m = { new double[w1.length], new double[hidden], new double[w2.length], new double[k] };
		double[][] v = { new double[w1.length], new double[hidden], new double[w2.length], new double[k] };
		int[] order = Shuffles.identity(n);
		double[] pre = new double[hidden];
		double[] h = new double[hidden];
		double[] dh = new double[hidden];
		long step = 0;
		for (int epoch = 0; epoch < epochs; epoch++) {
			Shuffles.shuffle(order, random);
			for (int start = 0; start < n; start += batch) {
				for (double[] g : grads) {
					java.util.Arrays.fill(g, 0);
				}
				int end = Math.min(n, start + batch);
				for (int b = start; b < end; b++) {
					float[] e = x[order[b]];
					boolean[] t = y[order[b]];
					for (int j = 0; j < hidden; j++) {
						double s = b1[j];
						int row = j * d;
						for (int i = 0; i < d; i++) {
							s += w1[row + i] * e[i];
						}
						pre[j] = s;
						h[j] = Math.max(0, s);
					}
					java.util.Arrays.fill(dh, 0);
					for (int c = 0; c < k; c++) {
						double s = b2[c];
						int row = c * hidden;
						for (int j = 0; j < hidden; j++) {
							s += w2[row + j] * h[j];
						}
						double g = 1 / (1 + Math.exp(-s)) - (t[c] ? 1 : 0);
						grads[3][c] += g;
						for (int j = 0; j < hidden; j++) {
							grads[2][row + j] += g * h[j];
							dh[j] += g * w2[row + j];
						}
					}
					for (int j = 0; j < hidden; j++) {
						if (pre[j] <= 0) {
							continue;
						}
						grads[1][j] += dh[j];
						int row = j * d;
						for (int i = 0; i < d; i++) {
							grads[0][row + i] += dh[j] * e[i];
						}
					}
				}
				step++;
				double scale = 1.0 / (end - start);
				double c1 = 1 - Math.pow(0.9, step);
				double c2 = 1 - Math.pow(0.999, step);
				for (int p = 0; p < params.length; p++) {
					double[] w = params[p];
					for (int i = 0; i < w.length; i++) {
						double g = grads[p][i] * scale + (p % 2 == 0 ? decay * w[i] : 0);
						m[p][i] = 0.9 * m[p][i] + 0.1 * g;
						v[p][i] = 0.999 * v[p][i] + 0.001 * g * g;
						w[i] -= rate * (m[p][i] / c1) / (Math.sqrt(v[p][i] / c2) + 1e-8);
					}
				}
			}
		}
		return new EmbeddingMlp(hidden, d, k, w1, b1, w2, b2);
	}
}
