package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedModelsTests {

	@Test
	void scoresExactlyAsEachLinearModel() {
		Random random = new Random(3);
		LinearModel[] models = new LinearModel[PackedModels.MODELS];
		for (int m = 0; m < models.length; m++) {
			double[] w = new double[500];
			for (int i = 0; i < w.length; i++) {
				w[i] = random.nextGaussian();
			}
			models[m] = new LinearModel(random.nextGaussian(), w);
		}
		PackedModels packed = new PackedModels(models);
		for (int round = 0; round < 200; round++) {
			int n = random.nextInt(80);
			int[] index = new int[n + 3];
			double[] value = new double[n + 3];
			for (int i = 0; i < index.length; i++) {
				index[i] = random.nextInt(500);
				value[i] = random.nextGaussian();
			}
			double[] out = new double[PackedModels.MODELS];
			packed.score(index, value, n, out);
			int[] used = java.util.Arrays.copyOf(index, n);
			double[] usedValues = java.util.Arrays.copyOf(value, n);
			for (int m = 0; m < models.length; m++) {
				assertThat(out[m]).isEqualTo(models[m].score(used, usedValues));
			}
		}
	}

	@Test
	void scoresExactlyAsEachLinearModelWhenTheLastModelsEndInZeros() {
		Random random = new Random(5);
		LinearModel[] models = new LinearModel[PackedModels.MODELS];
		for (int m = 0; m < models.length; m++) {
			double[] w = new double[500];
			for (int i = 0; i < (m < 4 ? w.length : m == 4 ? 120 : 90); i++) {
				w[i] = random.nextGaussian();
			}
			models[m] = new LinearModel(random.nextGaussian(), w);
		}
		PackedModels packed = new PackedModels(models);
		assertThat(packed.split()).isEqualTo(120);
		for (int round = 0; round < 200; round++) {
			int n = random.nextInt(80);
			int[] index = new int[n];
			double[] value = new double[n];
			for (int i = 0; i < n; i++) {
				index[i] = random.nextInt(500);
				value[i] = random.nextGaussian();
			}
			double[] out = new double[PackedModels.MODELS];
			packed.score(index, value, n, out);
			for (int m = 0; m < models.length; m++) {
				assertThat(out[m]).isEqualTo(models[m].score(index, value));
			}
		}
	}

	@Test
	void keepsEveryRowWideWhenTheLastModelsHaveWeightsToTheEnd() {
		LinearModel a = new LinearModel(0, new double[] { 1, 2, 3 });
		assertThat(new PackedModels(a, a, a, a, a, a).split()).isEqualTo(3);
	}

	@Test
	void rejectsModelsOfDifferentSize() {
		LinearModel a = new LinearModel(0, new double[3]);
		LinearModel b = new LinearModel(0, new double[4]);
		assertThatThrownBy(() -> new PackedModels(a, a, a, a, a, b)).isInstanceOf(IllegalArgumentException.class);
	}
}
