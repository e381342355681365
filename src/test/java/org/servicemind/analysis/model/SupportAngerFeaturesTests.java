package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lexical input of the support-mail anger head. */
class SupportAngerFeaturesTests {

	private static final int FAMILIES = SupportAngerFeatures.FROM_LEXICAL.length;

	private static double[] of(String text) {
		return SupportAngerFeatures.of(text, new EmotionFeatures().sparse(text).lexical());
	}

	@Test
	void hasCountValuesInRangeForAnyText() {
		for (String t : new String[] { null, "", "ok", "WHY. IS. THIS. BROKEN!!!", "a ".repeat(3000) }) {
			double[] v = of(t);
			assertThat(v).hasSize(SupportAngerFeatures.COUNT);
			for (double x : v) {
				assertThat(x).isBetween(0.0, 20.0);
			}
		}
	}

	@Test
	void countsRepetitionAsAFamilyOfOrdinalsAndContacts() {
		assertThat(of("This is my eighth letter on the matter.")[FAMILIES]).isGreaterThan(0);
		assertThat(of("I have rung nine times since May.")[FAMILIES]).isGreaterThan(0);
		assertThat(of("Is the eighth of May a bank holiday?")[FAMILIES]).isZero();
	}

	@Test
	void separatesSarcasticFromSincerePraise() {
		int sarcastic = FAMILIES + 9;
		assertThat(of("Superb. The parcel is lost again.")[sarcastic]).isGreaterThan(0);
		assertThat(of("Superb service, the parcel came a day early.")[sarcastic]).isZero();
	}

	@Test
	void marksFeelingsOfOthersAndNegatedFeelings() {
		int others = FAMILIES + 11;
		int negated = FAMILIES + 12;
		assertThat(of("My nephew was livid about the missing charger.")[others]).isGreaterThan(0);
		assertThat(of("I am livid about the missing charger.")[others]).isZero();
		assertThat(of("I'm not upset, just wondering when it ships.")[negated]).isGreaterThan(0);
	}

	@Test
	void marksClippedSentences() {
		int clipped = FAMILIES + 13;
		assertThat(of("Refund. Today. Now.")[clipped]).isGreaterThan(0.5);
		assertThat(of("Could you refund the order today? Thanks.")[clipped]).isZero();
	}

	@Test
	void headInputIsTheEmbeddingFollowedByTheValues() {
		float[] e = new float[Embedder.DIMENSION];
		e[3] = 0.5f;
		double[] x = SupportAngerFeatures.headInput("Fix it now!", e);
		assertThat(x).hasSize(Embedder.DIMENSION + SupportAngerFeatures.COUNT);
		assertThat(x[3]).isEqualTo(0.5);
		assertThat(x[Embedder.DIMENSION + 14]).isEqualTo(of("Fix it now!")[14]);
	}
}
