package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RidgeTests {

	private static final double[][] X = { { 0, 1 }, { 1, 0 }, { 2, 3 }, { 3, 1 }, { 4, 5 }, { 5, 2 } };

	private static final double[] Y = { 0.1, 0.9, 2.2, 2.8, 4.5, 4.9 };

	@Test
	void countsARowOfWeightTwoLikeADuplicatedRow() {
		boolean[] all = new boolean[X.length];
		Arrays.fill(all, true);
		double[] weight = { 1, 1, 2, 1, 1, 1 };
		double[][] x = Arrays.copyOf(X, X.length + 1);
		x[X.length] = X[2];
		double[] y = Arrays.copyOf(Y, Y.length + 1);
		y[Y.length] = Y[2];
		boolean[] allDuplicated = new boolean[x.length];
		Arrays.fill(allDuplicated, true);
		Ridge.Weights weighted = Ridge.fit(X, Y, all, weight).solve(0.3);
		Ridge.Weights duplicated = Ridge.fit(x, y, allDuplicated).solve(0.3);
		assertThat(weighted.bias()).isCloseTo(duplicated.bias(), within(1e-9));
		for (int j = 0; j < 2; j++) {
			assertThat(weighted.weights()[j]).isCloseTo(duplicated.weights()[j], within(1e-9));
		}
	}

	@Test
	void givesTheUnweightedFitForUnitWeights() {
		boolean[] all = new boolean[X.length];
		Arrays.fill(all, true);
		double[] ones = new double[X.length];
		Arrays.fill(ones, 1);
		Ridge.Weights weighted = Ridge.fit(X, Y, all, ones).solve(1);
		Ridge.Weights plain = Ridge.fit(X, Y, all).solve(1);
		assertThat(weighted.weights()).containsExactly(plain.weights(), within(1e-12));
		assertThat(weighted.bias()).isCloseTo(plain.bias(), within(1e-12));
	}
}
