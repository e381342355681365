package org.servicemind.analysis.training;

import java.util.Arrays;
import java.util.Random;
import org.servicemind.analysis.model.EmbeddingMlp;

/**
 * Trains a one-output {@link EmbeddingMlp} for regression: ReLU hidden layer, linear output, squared error (rows
 * optionally weighted), Adam on mini-batches with L2 weight decay; inputs are standardised in training and the
 * standardisation is folded into the first layer, so the returned network reads raw features. Fixed seed and epoch
 * count, so a run is reproducible.
 */
final class RegressionMlp {

	int hidden = 64;

	int epochs = 20;

	int batch = 32;

	double rate = 1e-3;

	double decay = 1e-4;

	/** Rows with {@code use[i]} are trained on; {@code weight} may be null (all 1). */
	EmbeddingMlp train(double[][] x, double[] y, boolean[] use, double[] weight, long seed) {
		int d = x[0].length;
		int[] rows = java.util.stream.IntStream.range(0, x.length).filter(i -> use[i]).toArray();
		int n = rows.length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (int i : rows) {
			for (int j = 0; j < d; j++) {
				mean[j] += x[i][j] / n;
			}
		}
		for (int i : rows) {
			for (int j = 0; j < d; j++) {
				double c = x[i][j] - mean[j];
				scale[j] += c * c / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = scale[j] < 1e-24 ? 1 : Math.sqrt(scale[j]);
		}
		double[][] z = new double[n][d];
		for (int r = 0; r < n; r++) {
			for (int j = 0; j < d; j++) {
				z[r][j] = (x[rows[r]][j] - mean[j]) / scale[j];
			}
		}
		Random random = new Random(seed);
		double[] w1 = new double[hidden * d];
		double[] b1 = new double[hidden];
		double[] w2 = new double[hidden];
		double[] b2 = new double[1];
		for (int i = 0; i < w1.length; i++) {
			w1[i] = random.nextGaussian() * Math.sqrt(2.0 / d);
		}
		for (int i = 0; i < w2.length; i++) {
			w2[i] = random.nextGaussian() * Math.sqrt(1.0 / hidden);
		}
		double yMean = 0;
		for (int i : rows) {
			yMean += y[i] / n;
		}
		b2[0] = yMean;
		double[][] params = { w1, b1, w2, b2 };
		double[][] grads = new double[4][];
		double[][] m = new double[4][];
		double[][] v = new double[4][];
		for (int p = 0; p < 4; p++) {
			grads[p] = new double[params[p].length];
			m[p] = new double[params[p].length];
			v[p] = new double[params[p].length];
		}
		int[] order = Shuffles.identity(n);
		double[] pre = new double[hidden];
		double[] h = new double[hidden];
		long step = 0;
		for (int epoch = 0; epoch < epochs; epoch++) {
			Shuffles.shuffle(order, random);
			for (int start = 0; start < n; start += batch) {
				for (double[] g : grads) {
					Arrays.fill(g, 0);
				}
				int end = Math.min(n, start + batch);
				double total = 0;
				for (int b = start; b < end; b++) {
					double[] e = z[order[b]];
					int row = rows[order[b]];
					double w = weight == null ? 1 : weight[row];
					total += w;
					double out = b2[0];
					for (int j = 0; j < hidden; j++) {
						double s = b1[j];
						int off = j * d;
						for (int i = 0; i < d; i++) {
							s += w1[off + i] * e[i];
						}
						pre[j] = s;
						h[j] = Math.max(0, s);
						out += w2[j] * h[j];
					}
					double g = w * (out - y[row]);
					grads[3][0] += g;
					for (int j = 0; j < hidden; j++) {
						grads[2][j] += g * h[j];
						if (pre[j] <= 0) {
							continue;
						}
						double dh = g * w2[j];
						grads[1][j] += dh;
						int off = j * d;
						for (int i = 0; i < d; i++) {
							grads[0][off + i] += dh * e[i];
						}
					}
				}
				step++;
				double s = 1.0 / total;
				double c1 = 1 - Math.pow(0.9, step);
				double c2 = 1 - Math.pow(0.999, step);
				for (int p = 0; p < params.length; p++) {
					double[] w = params[p];
					for (int i = 0; i < w.length; i++) {
						double g = grads[p][i] * s + (p % 2 == 0 ? decay * w[i] : 0);
						m[p][i] = 0.9 * m[p][i] + 0.1 * g;
						v[p][i] = 0.999 * v[p][i] + 0.001 * g * g;
						w[i] -= rate * (m[p][i] / c1) / (Math.sqrt(v[p][i] / c2) + 1e-8);
					}
				}
			}
		}
		double[] raw = new double[w1.length];
		for (int j = 0; j < hidden; j++) {
			for (int i = 0; i < d; i++) {
				raw[j * d + i] = w1[j * d + i] / scale[i];
				b1[j] -= raw[j * d + i] * mean[i];
			}
		}
		return new EmbeddingMlp(hidden, d, 1, raw, b1, w2, b2);
	}

	/**
	 * @return one network whose output is {@code share} times the mean of the outputs of {@code nets} (one-output
	 *     networks of the same input size): their hidden units side by side, output weights scaled
	 */
	static EmbeddingMlp average(java.util.List<EmbeddingMlp> nets, double share) {
		int d = nets.get(0).inputs();
		int units = 0;
		for (EmbeddingMlp net : nets) {
			units += net.parameters()[1].length;
		}
		double[] w1 = new double[units * d];
		double[] b1 = new double[units];
		double[] w2 = new double[units];
		double[] b2 = new double[1];
		int at = 0;
		double k = share / nets.size();
		for (EmbeddingMlp net : nets) {
			double[][] p = net.parameters();
			int h = p[1].length;
			System.arraycopy(p[0], 0, w1, at * d, h * d);
			System.arraycopy(p[1], 0, b1, at, h);
			for (int j = 0; j < h; j++) {
				w2[at + j] = k * p[2][j];
			}
			b2[0] += k * p[3][0];
			at += h;
		}
		return new EmbeddingMlp(units, d, 1, w1, b1, w2, b2);
	}

	/** @return the network's output for a raw feature row */
	static double predict(EmbeddingMlp mlp, double[] x) {
		float[] f = new float[x.length];
		for (int i = 0; i < x.length; i++) {
			f[i] = (float) x[i];
		}
		return mlp.logits(f)[0];
	}
}
