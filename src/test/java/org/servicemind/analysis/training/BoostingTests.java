package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostingTests {

	@Test
	void learnsAStepInOneFeatureAndIgnoresNoise() {
		Random random = new Random(3);
		int n = 400;
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = new double[] { random.nextDouble(), random.nextDouble() };
			y[i] = x[i][1] > 0.5 ? 1 : -1;
		}
		boolean[] all = new boolean[n];
		Arrays.fill(all, true);
		Boosting b = new Boosting();
		b.rounds = 100;
		b.rate = 0.1;
		Boosting.Model m = b.train(x, y, all, 1);
		assertThat(m.predict(new double[] { 0.2, 0.9 })).isCloseTo(1, within(0.05));
		assertThat(m.predict(new double[] { 0.8, 0.1 })).isCloseTo(-1, within(0.05));
	}
}
