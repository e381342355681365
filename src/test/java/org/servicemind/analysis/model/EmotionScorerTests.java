package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

class EmotionScorerTests {

	private final EmotionScorer scorer = new EmotionScorer();

	private static final float[] NONE = new float[0];

	@Test
	void keepsEveryScoreInRangeForJunkEmptyAndHugeInput() {
		String huge = "Why is this STILL broken?!?! ".repeat(20_000);
		List<String> texts = List.of("", "   ", "\u0000\u0001\uFFFF", "!!!!!!!!!!!!!!!!!", "ÄÖÜ ß 漢字 😡😡😡",
				huge, "a", "\"\"\"\"", "1234567890", "I".repeat(50_000));
		for (String text : texts) {
			assertInRange(scorer.score(text, NONE));
			assertInRange(scorer.score(text, unitVector(7)));
		}
		assertInRange(scorer.score(null, null));
	}

	@Test
	void fallsBackToLexicalOnlyWithoutEmbedding() {
		EmotionScores calm = scorer.score("Thanks, that helped.", NONE);
		EmotionScores furious = scorer.score("This is outrageous, I want a refund NOW!!! Worst service ever.", NONE);
		assertInRange(calm);
		assertThat(furious.anger()).isGreaterThan(calm.anger() + 0.2);
	}

	@Test
	void ignoresEmbeddingOfWrongLengthInsteadOfFailing() {
		assertInRange(scorer.score("Fine, thank you.", new float[12]));
	}

	@Test
	void ranksOutrageAboveThanksWithAndWithoutEmbedding() {
		Embedder embedder = SharedEmbedder.get();
		String angry = "This is outrageous, I want a refund NOW";
		String thanks = "Thanks, that helped";
		assertThat(scorer.score(angry, embedder.embed(angry)).anger())
				.isGreaterThan(scorer.score(thanks, embedder.embed(thanks)).anger());
		assertThat(scorer.score(angry, NONE).anger()).isGreaterThan(scorer.score(thanks, NONE).anger());
	}

	@Test
	void ranksOwnedApologyAboveCurtPolicyReplyForEmpathy() {
		Embedder embedder = SharedEmbedder.get();
		String warm = "I'm really sorry we kept you waiting, that's our mistake. I'll sort the refund myself today.";
		String curt = "Refunds are processed according to policy. Please wait.";
		assertThat(scorer.score(warm, embedder.embed(warm)).empathy())
				.isGreaterThan(scorer.score(curt, embedder.embed(curt)).empathy());
		assertThat(scorer.score(warm, NONE).empathy()).isGreaterThan(scorer.score(curt, NONE).empathy());
	}

	@Test
	void ranksBelittlingReplyAboveNeutralAnswerForCondescensionAndDismissal() {
		Embedder embedder = SharedEmbedder.get();
		String belittling = "Obviously you didn't read the manual. Do you even know what a browser is? Whatever, lol.";
		String neutral = "The setting is under Preferences, in the Privacy tab.";
		EmotionScores b = scorer.score(belittling, embedder.embed(belittling));
		EmotionScores n = scorer.score(neutral, embedder.embed(neutral));
		assertThat(b.condescending()).isGreaterThan(n.condescending());
		assertThat(b.dismissive()).isGreaterThan(n.dismissive());
		assertThat(b.antagonize()).isGreaterThan(n.antagonize());
	}

	@Test
	void ranksInsultAboveNeutralForHostility() {
		EmotionScores insult = scorer.score("You are a pathetic idiot, shut up.", NONE);
		EmotionScores neutral = scorer.score("The meeting moved to Tuesday at ten.", NONE);
		assertThat(insult.hostile()).isGreaterThan(neutral.hostile());
	}

	private static float[] unitVector(int hot) {
		float[] v = new float[Embedder.DIMENSION];
		v[hot] = 1;
		return v;
	}

	private static void assertInRange(EmotionScores s) {
		DoubleStream.of(s.anger(), s.empathy(), s.dismissive(), s.condescending(), s.hostile(), s.antagonize())
				.forEach(v -> assertThat(v).isBetween(0.0, 1.0));
	}

	@Test
	void readsTheToneAngerLogitForConversationHealthAndTheAngerLogitForAngerOnly() {
		double[] lexical = new double[EmotionFeatures.LEXICAL];
		EmotionScores calmTone = EmotionScorer.combine(signals(2.0, -1.0, lexical));
		EmotionScores angryTone = EmotionScorer.combine(signals(2.0, 1.0, lexical));
		EmotionScores calmAnger = EmotionScorer.combine(signals(-2.0, -1.0, lexical));
		assertThat(calmAnger.dismissive()).isEqualTo(calmTone.dismissive());
		assertThat(calmAnger.condescending()).isEqualTo(calmTone.condescending());
		assertThat(calmAnger.hostile()).isEqualTo(calmTone.hostile());
		assertThat(calmAnger.antagonize()).isEqualTo(calmTone.antagonize());
		assertThat(calmAnger.anger()).isLessThan(calmTone.anger());
		assertThat(angryTone.anger()).isEqualTo(calmTone.anger());
		assertThat(angryTone.dismissive()).isGreaterThan(calmTone.dismissive());
		assertThat(angryTone.condescending()).isGreaterThan(calmTone.condescending());
		assertThat(angryTone.hostile()).isGreaterThan(calmTone.hostile());
		assertThat(angryTone.antagonize()).isGreaterThan(calmTone.antagonize());
	}

	@Test
	void scoresToneFromTheSixEpochAngerModelWhenTheEmbeddingIsPresent() {
		// anger-tone.weights is the model the conversation-health formulas were picked on; anger.weights trains longer
		String text = "This is the third time you have ignored my question, and frankly it is ridiculous.";
		float[] embedding = SharedEmbedder.get().embed(text);
		EmotionScorer.Signals s = scorer.signals(text, embedding);
		assertThat(s.toneAnger()).isNotEqualTo(s.anger());
		EmotionScorer.Signals lexicalOnly = scorer.signals(text, new float[0]);
		assertThat(lexicalOnly.toneAnger()).isEqualTo(lexicalOnly.anger());
	}

	private static EmotionScorer.Signals signals(double anger, double toneAnger, double[] lexical) {
		return new EmotionScorer.Signals(anger, 0, 0, 0, new double[32], lexical, 0, 0, 0,
				EmotionScorer.SUPPORT_ANGER_MID, 0, toneAnger);
	}
}
