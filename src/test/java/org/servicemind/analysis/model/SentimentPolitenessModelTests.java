package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.lexical.PolitenessNgrams;

class SentimentPolitenessModelTests {

	private final LexiconSentiment lexicon = new LexiconSentiment();

	@Test
	void loadsTheCommittedWeightsWithTheExpectedDimensions() {
		assertThat(LinearModel.load(SentimentModel.RESOURCE).dimension())
				.isEqualTo(SentimentModel.LEXICAL_FEATURES + Embedder.DIMENSION);
		assertThat(LinearModel.load(PolitenessModel.RESOURCE).dimension())
				.isEqualTo(PolitenessFeatures.NAMES.length + PolitenessNgrams.BUCKETS + Embedder.DIMENSION);
		assertThat(LinearModel.load(PolitenessModel.LEXICAL_RESOURCE).dimension())
				.isEqualTo(PolitenessFeatures.NAMES.length + PolitenessNgrams.BUCKETS);
	}

	@Test
	void rejectsWeightsOfTheWrongShape() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SentimentModel(new LinearModel(0, new double[3])));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new PolitenessModel(new LinearModel(0, new double[3]), new LinearModel(0, new double[3])));
	}

	@Test
	void fallsBackToTheLexiconCompoundWithoutAnEmbedding() {
		LexiconSentiment.Scores s = lexicon.score("I really love this");
		assertThat(new SentimentModel().score(s, new float[0])).isEqualTo(s.compound());
	}

	@Test
	void clampsSentimentToItsRange() {
		double[] huge = new double[SentimentModel.LEXICAL_FEATURES + Embedder.DIMENSION];
		java.util.Arrays.fill(huge, 100);
		SentimentModel model = new SentimentModel(new LinearModel(0, huge));
		float[] embedding = new float[Embedder.DIMENSION];
		java.util.Arrays.fill(embedding, 1);
		assertThat(model.score(lexicon.score("great"), embedding)).isEqualTo(1);
	}

	@Test
	void scoresPolitenessBetweenZeroAndOneWithAndWithoutEmbedding() {
		PolitenessModel model = new PolitenessModel();
		String rude = "What the hell is wrong with you? Fix it.";
		String polite = "Hi! Would you mind having a look, please? Thanks so much.";
		double rudeLexical = model.score(rude, lexicon.score(rude), new float[0]);
		double politeLexical = model.score(polite, lexicon.score(polite), new float[0]);
		assertThat(rudeLexical).isBetween(0.0, 0.5);
		assertThat(politeLexical).isBetween(0.5, 1.0);
	}
}
