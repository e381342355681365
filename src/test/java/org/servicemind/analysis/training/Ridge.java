package org.servicemind.analysis.training;

import org.servicemind.analysis.model.LinearModel;

/**
 * Ridge regression on standardised features (closed form, Cholesky), with the standardisation folded back into the
 * returned {@link LinearModel} so it scores raw features. The intercept is not penalised.
 */
final class Ridge {

	private Ridge() {
	}

	/** Trained weights on raw (unstandardised) features. */
	record Weights(double bias, double[] weights) {

		LinearModel model() {
			return new LinearModel(bias, weights);
		}
	}

	/** Gram statistics of a training set, reusable for several penalties. */
	record Fit(double[] mean, double[] scale, double yMean, double[][] gram, double[] xty, int n) {

		/** @return the weights for penalty {@code lambda} (per standardised feature, times n) */
		Weights solve(double lambda) {
			return solve(lambda, 0, 1);
		}

		/** As {@link #solve(double)}, with the penalty of the first {@code k} features multiplied by {@code factor}. */
		Weights solve(double lambda, int k, double factor) {
			double[] factors = new double[mean.length];
			for (int i = 0; i < factors.length; i++) {
				factors[i] = i < k ? factor : 1;
			}
			return solve(lambda, factors);
		}

		/** As {@link #solve(double)}, with the penalty of feature {@code i} multiplied by {@code factors[i]}. */
		Weights solve(double lambda, double[] factors) {
			int d = mean.length;
			double[][] a = new double[d][d];
			for (int i = 0; i < d; i++) {
				System.arraycopy(gram[i], 0, a[i], 0, d);
				a[i][i] += lambda * n * factors[i];
			}
			double[] w = Cholesky.solve(a, xty.clone());
			double[] raw = new double[d];
			double bias = yMean;
			for (int j = 0; j < d; j++) {
				raw[j] = w[j] / scale[j];
				bias -= raw[j] * mean[j];
			}
			return new Weights(bias, raw);
		}
	}

	/** Computes the statistics of the rows {@code x[i]}, {@code y[i]} for which {@code use[i]}. */
	static Fit fit(double[][] x, double[] y, boolean[] use) {
		return fit(x, y, use, null);
	}

	/**
	 * As {@link #fit(double[][], double[], boolean[])}, each used row counted {@code weight[i]} times (null: once);
	 * the penalty scales with the total weight, so weights 1 give the unweighted fit.
	 */
	static Fit fit(double[][] x, double[] y, boolean[] use, double[] weight) {
		if (weight != null) {
			return weighted(x, y, use, weight);
		}
		int d = x[0].length;
		double[] mean = new double[d];
		double[] sq = new double[d];
		double yMean = 0;
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			if (!use[i]) {
				continue;
			}
			n++;
			yMean += y[i];
			for (int j = 0; j < d; j++) {
				mean[j] += x[i][j];
			}
		}
		yMean /= n;
		for (int j = 0; j < d; j++) {
			mean[j] /= n;
		}
		for (int i = 0; i < x.length; i++) {
			if (use[i]) {
				for (int j = 0; j < d; j++) {
					double c = x[i][j] - mean[j];
					sq[j] += c * c;
				}
			}
		}
		double[] scale = new double[d];
		for (int j = 0; j < d; j++) {
			scale[j] = Math.sqrt(sq[j] / n);
			if (scale[j] < 1e-12) {
				scale[j] = 1;
			}
		}
		double[][] gram = new double[d][d];
		double[] xty = new double[d];
		double[] z = new double[d];
		for (int i = 0; i < x.length; i++) {
			if (!use[i]) {
				continue;
			}
			for (int j = 0; j < d; j++) {
				z[j] = (x[i][j] - mean[j]) / scale[j];
			}
			double yc = y[i] - yMean;
			for (int j = 0; j < d; j++) {
				double zj = z[j];
				xty[j] += zj * yc;
				double[] row = gram[j];
				for (int k = 0; k <= j; k++) {
					row[k] += zj * z[k];
				}
			}
		}
		for (int j = 0; j < d; j++) {
			for (int k = 0; k < j; k++) {
				gram[k][j] = gram[j][k];
			}
		}
		return new Fit(mean, scale, yMean, gram, xty, n);
	}

	private static Fit weighted(double[][] x, double[] y, boolean[] use, double[] weight) {
		int d = x[0].length;
		double[] mean = new double[d];
		double[] sq = new double[d];
		double yMean = 0;
		double total = 0;
		for (int i = 0; i < x.length; i++) {
			if (use[i]) {
				total += weight[i];
				yMean += weight[i] * y[i];
				for (int j = 0; j < d; j++) {
					mean[j] += weight[i] * x[i][j];
				}
			}
		}
		yMean /= total;
		for (int j = 0; j < d; j++) {
			mean[j] /= total;
		}
		for (int i = 0; i < x.length; i++) {
			if (use[i]) {
				for (int j = 0; j < d; j++) {
					double c = x[i][j] - mean[j];
					sq[j] += weight[i] * c * c;
				}
			}
		}
		double[] scale = new double[d];
		for (int j = 0; j < d; j++) {
			scale[j] = Math.sqrt(sq[j] / total);
			if (scale[j] < 1e-12) {
				scale[j] = 1;
			}
		}
		double[][] gram = new double[d][d];
		double[] xty = new double[d];
		double[] z = new double[d];
		for (int i = 0; i < x.length; i++) {
			if (!use[i]) {
				continue;
			}
			double w = weight[i];
			for (int j = 0; j < d; j++) {
				z[j] = (x[i][j] - mean[j]) / scale[j];
			}
			double yc = y[i] - yMean;
			for (int j = 0; j < d; j++) {
				double zj = w * z[j];
				xty[j] += zj * yc;
				double[] row = gram[j];
				for (int k = 0; k <= j; k++) {
					row[k] += zj * z[k];
				}
			}
		}
		for (int j = 0; j < d; j++) {
			for (int k = 0; k < j; k++) {
				gram[k][j] = gram[j][k];
			}
		}
		return new Fit(mean, scale, yMean, gram, xty, (int) Math.round(total));
	}

	/** Solves symmetric positive definite systems. */
	static final class Cholesky {

		private Cholesky() {
		}

		static double[] solve(double[][] a, double[] b) {
			int n = b.length;
			double[][] l = new double[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j <= i; j++) {
					double sum = a[i][j];
					for (int k = 0; k < j; k++) {
						sum -= l[i][k] * l[j][k];
					}
					l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
				}
			}
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				double sum = b[i];
				for (int k = 0; k < i; k++) {
					sum -= l[i][k] * y[k];
				}
				y[i] = sum / l[i][i];
			}
			double[] x = new double[n];
			for (int i = n - 1; i >= 0; i--) {
				double sum = y[i];
				for (int k = i + 1; k < n; k++) {
					sum -= l[k][i] * x[k];
				}
				x[i] = sum / l[i][i];
			}
			return x;
		}
	}
}
