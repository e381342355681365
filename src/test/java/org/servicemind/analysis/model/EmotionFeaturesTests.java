package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmotionFeaturesTests {

	private final EmotionFeatures features = new EmotionFeatures();

	@Test
	void buildsVectorOfDeclaredLengthWithEmbeddingFirst() {
		float[] embedding = new float[Embedder.DIMENSION];
		embedding[3] = 0.5f;
		double[] x = features.vector("Hello there", embedding);
		assertThat(x).hasSize(EmotionFeatures.DIMENSION);
		assertThat(x[3]).isEqualTo(0.5);
		assertThat(features.vector("Hello there", new float[0])[3]).isZero();
	}

	@Test
	void scalesHashedPartToUnitLength() {
		EmotionFeatures.Sparse s = features.sparse("The parcel arrived late and the box was damaged.");
		double norm = 0;
		for (float v : s.values()) {
			norm += v * v;
		}
		assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
		assertThat(java.util.Arrays.stream(s.buckets()).allMatch(b -> b >= 0 && b < EmotionFeatures.BUCKETS)).isTrue();
	}

	@Test
	void countsPhrasesStemsAndCurlyApostrophes() {
		double[] lex = features.sparse("I\u2019m sorry, that\u2019s my fault. Fucking hell.").lexical();
		assertThat(lex[EmotionFeatures.APOLOGY]).isEqualTo(Math.log1p(2));
		assertThat(lex[EmotionFeatures.PROFANITY]).isEqualTo(Math.log1p(2));
		assertThat(lex[EmotionFeatures.GRATITUDE]).isZero();
	}

	@Test
	void measuresShoutingAndPunctuation() {
		double[] loud = features.sparse("WHY IS THIS STILL BROKEN?!?! FIX IT NOW!!!").lexical();
		double[] calm = features.sparse("Why is this still broken? Please have a look.").lexical();
		assertThat(loud[EmotionFeatures.CAPS_RATIO]).isGreaterThan(0.9);
		assertThat(calm[EmotionFeatures.CAPS_RATIO]).isLessThan(0.1);
		assertThat(loud[EmotionFeatures.REPEATED_PUNCT]).isGreaterThan(calm[EmotionFeatures.REPEATED_PUNCT]);
		assertThat(loud[EmotionFeatures.EXCLAMATIONS]).isGreaterThan(calm[EmotionFeatures.EXCLAMATIONS]);
	}

	@Test
	void marksWordsAfterNegationDifferently() {
		java.util.Set<Integer> reset = buckets("Not now. Happy");
		java.util.Set<Integer> negated = buckets("Not now happy");
		java.util.Set<Integer> onlyReset = new java.util.HashSet<>(reset);
		onlyReset.removeAll(negated);
		assertThat(onlyReset).isNotEmpty();
		assertThat(reset).isNotEqualTo(negated);
	}

	private java.util.Set<Integer> buckets(String text) {
		return java.util.Arrays.stream(features.sparse(text).buckets()).boxed()
				.collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void readsOnlyTheFirstCharactersOfHugeTexts() {
		String head = "calm words ".repeat(EmotionFeatures.MAX_CHARS / 11 + 1);
		double[] x = features.sparse(head + "furious furious furious").lexical();
		assertThat(x[EmotionFeatures.ANGER]).isZero();
	}

	@Test
	void countsDeflectingPhrases() {
		assertThat(EmotionFeatures.deflection("We apologize for any inconvenience; our policy does not allow it."))
				.isGreaterThan(0);
		assertThat(EmotionFeatures.deflection("I've fixed it myself and refunded you.")).isZero();
	}
}
