package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTests {

	@Test
	void scoresSparseInputLikeTheDenseVector() {
		Random random = new Random(7);
		double[] weights = random.doubles(1000, -1, 1).toArray();
		LinearModel model = new LinearModel(0.25, weights);
		int[] index = { 3, 17, 400, 999 };
		double[] value = { 1.5, -2, 0.5, 3 };
		double[] dense = new double[1000];
		for (int i = 0; i < index.length; i++) {
			dense[index[i]] = value[i];
		}
		assertThat(model.score(index, value)).isCloseTo(model.score(dense), within(1e-12));
	}

	@Test
	void shipsEmotionWeightsWithTheFeatureLayout() {
		assertThat(LinearModel.load("/org/servicemind/analysis/model/anger.weights").dimension())
			.isEqualTo(EmotionFeatures.DIMENSION);
		assertThat(LinearModel.load("/org/servicemind/analysis/model/anger-lexical.weights").dimension())
			.isEqualTo(EmotionFeatures.DIMENSION);
	}
}
