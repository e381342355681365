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
				.isEqualTo(SentimentModel.LEXICAL_FEATURES + SentimentShape.COUNT + Embedder.DIMENSION);
		EmbeddingMlp net = EmbeddingMlp.load(SentimentModel.MLP_RESOURCE);
		assertThat(net.inputs()).isEqualTo(SentimentModel.FEATURES);
		assertThat(net.heads()).isEqualTo(1);
		assertThat(LinearModel.load(PolitenessModel.RESOURCE).dimension())
				.isEqualTo(PolitenessFeatures.NAMES.length + PolitenessNgrams.BUCKETS + Embedder.DIMENSION);
		assertThat(LinearModel.load(PolitenessModel.LEXICAL_RESOURCE).dimension())
				.isEqualTo(PolitenessFeatures.NAMES.length + PolitenessNgrams.BUCKETS);
	}

	@Test
	void rejectsWeightsOfTheWrongShape() {
		EmbeddingMlp net = EmbeddingMlp.load(SentimentModel.MLP_RESOURCE);
		LinearModel ridge = LinearModel.load(SentimentModel.RESOURCE);
		assertThatIllegalArgumentException().isThrownBy(() -> new SentimentModel(new LinearModel(0, new double[3]), net));
		assertThatIllegalArgumentException().isThrownBy(() -> new SentimentModel(ridge,
				new EmbeddingMlp(1, 3, 1, new double[3], new double[1], new double[1], new double[1])));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new PolitenessModel(new LinearModel(0, new double[3]), new LinearModel(0, new double[3])));
	}

	@Test
	void fallsBackToTheLexiconCompoundWithoutAnEmbedding() {
		LexiconSentiment.Scores s = lexicon.score("I really love this");
		assertThat(new SentimentModel().score("I really love this", s, new float[0])).isEqualTo(s.compound());
	}

	@Test
	void clampsSentimentToItsRange() {
		double[] huge = new double[SentimentModel.FEATURES];
		java.util.Arrays.fill(huge, 100);
		int f = SentimentModel.FEATURES;
		EmbeddingMlp zero = new EmbeddingMlp(1, f, 1, new double[f], new double[1], new double[1], new double[1]);
		SentimentModel model = new SentimentModel(new LinearModel(0, huge), zero);
		float[] embedding = new float[Embedder.DIMENSION];
		java.util.Arrays.fill(embedding, 1);
		assertThat(model.score("great", lexicon.score("great"), embedding)).isEqualTo(1);
		java.util.Arrays.fill(huge, -100);
		assertThat(new SentimentModel(new LinearModel(0, huge), zero).score("great", lexicon.score("great"),
				embedding)).isEqualTo(-1);
	}

	@Test
	void shippedModelReadsSignAndStrengthOfOwnExamples() {
		SentimentModel model = new SentimentModel();
		Embedder embedder = SharedEmbedder.get();
		String[] ordered = { "Honestly the worst support I have ever dealt with, a total waste of my week!!",
				"The parcel arrived late and the box was a bit dented.",
				"The parcel arrived on Tuesday and I signed for it.",
				"Thank you so much for your help, you saved my day!" };
		double previous = -2;
		for (String text : ordered) {
			double score = model.score(text, lexicon.score(text), embedder.embed(text));
			assertThat(score).as(text).isBetween(-1.0, 1.0).isGreaterThan(previous);
			previous = score;
		}
		String praise = "I was ready to complain, but your colleague sorted it out in minutes. Brilliant!";
		assertThat(model.score(praise, lexicon.score(praise), embedder.embed(praise))).isPositive();
		String hedged = "Not bad, I suppose, though nothing special.";
		String angry = "Not good at all. I want my money back.";
		assertThat(model.score(angry, lexicon.score(angry), embedder.embed(angry))).isNegative()
				.isLessThan(model.score(hedged, lexicon.score(hedged), embedder.embed(hedged)));
	}

	@Test
	void addsTheNetworkOutputToTheRidgeOutput() {
		int f = SentimentModel.FEATURES;
		double[] w1 = new double[f];
		w1[0] = 1;
		EmbeddingMlp net = new EmbeddingMlp(1, f, 1, w1, new double[] { 0 }, new double[] { 0.5 },
				new double[] { 0.1 });
		SentimentModel model = new SentimentModel(new LinearModel(-0.05, new double[f]), net);
		LexiconSentiment.Scores s = lexicon.score("I love it");
		float[] embedding = new float[Embedder.DIMENSION];
		assertThat(s.compound()).isPositive();
		assertThat(model.score("I love it", s, embedding)).isCloseTo(-0.05 + 0.1 + 0.5 * s.compound(),
				org.assertj.core.data.Offset.offset(1e-6));
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
