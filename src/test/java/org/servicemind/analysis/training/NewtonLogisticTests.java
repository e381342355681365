package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NewtonLogisticTests {

	private static final double[][] X = { { 0, 1 }, { 1, 0 }, { 2, 1 }, { 3, 0 }, { 4, 1 }, { 5, 0 }, { 1.5, 0.5 },
			{ 3.5, 0.5 } };

	private static final boolean[] Y = { false, false, false, true, false, true, true, true };

	@Test
	void reachesTheMinimumOfThePenalisedLoss() {
		double lambda = 0.5;
		double[] w = NewtonLogistic.fit(X, Y, lambda);
		double[] grad = new double[w.length];
		for (int i = 0; i < X.length; i++) {
			double r = 1 / (1 + Math.exp(-PhraseLogistic.logit(w, X[i]))) - (Y[i] ? 1 : 0);
			grad[0] += r;
			for (int j = 0; j < X[i].length; j++) {
				grad[j + 1] += r * X[i][j];
			}
		}
		assertThat(grad[0]).isCloseTo(0, within(1e-6));
		for (int j = 1; j < w.length; j++) {
			assertThat(grad[j] + lambda * w[j]).isCloseTo(0, within(1e-6));
		}
		assertThat(w[1]).isPositive();
	}

	@Test
	void shrinksTheWeightsAsLambdaGrows() {
		double[] weak = NewtonLogistic.fit(X, Y, 0.1);
		double[] strong = NewtonLogistic.fit(X, Y, 10);
		assertThat(Math.abs(strong[1])).isLessThan(Math.abs(weak[1]));
	}
}
