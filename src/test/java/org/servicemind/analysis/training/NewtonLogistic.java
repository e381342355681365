package org.servicemind.analysis.training;

/**
 * L2-regularised binary logistic regression on a small dense design, fitted to convergence by Newton's method:
 * minimises {@code sum_i logloss(y_i, b + w·x_i) + lambda/2 |w|^2} (the bias {@code b} is not penalised).
 * Deterministic: no learning rate, epochs or seed. Meant for a few hundred features and a few thousand rows.
 */
final class NewtonLogistic {

	private static final int MAX_ITERATIONS = 50;

	private NewtonLogistic() {
	}

	/**
	 * @param x one row of features per example (all of the same length)
	 * @param y the 0/1 label of every example
	 * @param lambda the L2 strength on the weights (not the bias), greater than 0
	 * @return {@code [bias, w_0 … w_{d-1}]}
	 */
	static double[] fit(double[][] x, boolean[] y, double lambda) {
		int n = x.length;
		int d = x[0].length + 1;
		double[] w = new double[d];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] grad = new double[d];
			double[][] hessian = new double[d][d];
			for (int i = 0; i < n; i++) {
				double p = sigmoid(PhraseLogistic.logit(w, x[i]));
				double r = p - (y[i] ? 1 : 0);
				double v = p * (1 - p);
				for (int j = 0; j < d; j++) {
					double xj = j == 0 ? 1 : x[i][j - 1];
					grad[j] += r * xj;
					double vx = v * xj;
					for (int k = 0; k <= j; k++) {
						hessian[j][k] += vx * (k == 0 ? 1 : x[i][k - 1]);
					}
				}
			}
			for (int j = 0; j < d; j++) {
				for (int k = 0; k < j; k++) {
					hessian[k][j] = hessian[j][k];
				}
				hessian[j][j] += (j == 0 ? 0 : lambda) + 1e-9;
				grad[j] += j == 0 ? 0 : lambda * w[j];
			}
			double[] step = Ridge.Cholesky.solve(hessian, grad);
			double size = 0;
			for (int j = 0; j < d; j++) {
				w[j] -= step[j];
				size = Math.max(size, Math.abs(step[j]));
			}
			if (size < 1e-8) {
				break;
			}
		}
		return w;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-Math.max(-40, Math.min(40, z))));
	}
}
