package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

class EmbeddingMlpTests {

	@Test
	void computesReluHiddenLayerAndLinearHeads() {
		// hidden = relu([1*a - 1*b, 2*b]) ; heads: h0 + h1 + 0.5, h0 - h1
		EmbeddingMlp net = new EmbeddingMlp(2, 2, 2, new double[] { 1, -1, 0, 2 }, new double[] { 0, 0 },
				new double[] { 1, 1, 1, -1 }, new double[] { 0.5, 0 });
		double[] out = net.logits(new float[] { 3, 1 });
		assertThat(out).containsExactly(2 + 2 + 0.5, 0.0);
		double[] clipped = net.logits(new float[] { -1, 1 });
		assertThat(clipped).containsExactly(0 + 2 + 0.5, -2.0);
	}

	@Test
	void rejectsParametersOfWrongSize() {
		assertThatThrownBy(() -> new EmbeddingMlp(2, 2, 1, new double[3], new double[2], new double[2],
				new double[1])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void loadsShippedWeightsForTheEmbedding() {
		EmbeddingMlp net = EmbeddingMlp.load("/org/servicemind/analysis/model/emotion-mlp.weights");
		assertThat(net.inputs()).isEqualTo(Embedder.DIMENSION);
		assertThat(net.heads()).isEqualTo(32);
	}

	@Test
	void reportsMissingResource() {
		assertThatThrownBy(() -> EmbeddingMlp.load("/nope.weights")).isInstanceOf(UncheckedIOException.class)
				.hasMessageContaining("/nope.weights");
	}
}
