package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.SampleTexts;

class EmotionFeaturesEquivalenceTests {

	private final EmotionFeatures fast = new EmotionFeatures();

	private final EmotionFeaturesReference reference = new EmotionFeaturesReference();

	private static List<String> texts() {
		List<String> texts = new ArrayList<>(SampleTexts.generate(11, 2_000, 80));
		texts.addAll(SampleTexts.generate(12, 20, 1_500));
		texts.add("");
		texts.add("İİİ ΣΣ aΣ Σa 'İ' ‘quoted’ don‘t");
		return texts;
	}

	@Test
	void givesTheReferenceFeaturesBitForBitInTheSameOrder() {
		for (String text : texts()) {
			EmotionFeatures.Sparse f = fast.sparse(text);
			EmotionFeaturesReference.Sparse r = reference.sparse(text);
			assertThat(f.lexical()).as(text).containsExactly(r.lexical());
			assertThat(f.buckets()).as(text).containsExactly(r.buckets());
			assertThat(f.values()).as(text).containsExactly(r.values());
			assertThat(EmotionFeatures.deflection(text)).as(text).isEqualTo(EmotionFeaturesReference.deflection(text));
		}
	}

	@Test
	void givesTheReferenceSparseVectorWithAndWithoutEmbedding() {
		float[] embedding = new float[Embedder.DIMENSION];
		for (int i = 0; i < embedding.length; i++) {
			embedding[i] = (i % 7 - 3) / 10f;
		}
		for (String text : SampleTexts.generate(13, 300, 60)) {
			for (float[] e : new float[][] { new float[0], embedding }) {
				EmotionFeatures.SparseVector f = fast.sparseVector(text, e);
				EmotionFeaturesReference.SparseVector r = reference.sparseVector(text, e);
				assertThat(f.index()).as(text).containsExactly(r.index());
				assertThat(f.value()).as(text).containsExactly(r.value());
			}
			assertThat(fast.vector(text, embedding)).as(text).containsExactly(reference.vector(text, embedding));
		}
	}

	@Test
	void readsNullAsEmptyText() {
		assertThat(fast.sparse(null).buckets()).containsExactly(reference.sparse("").buckets());
	}
}
