package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two support-mail heads of {@link EmotionScorer}: customer anger and reply empathy. */
class SupportHeadsTests {

	private final EmotionScorer scorer = new EmotionScorer();

	private final Embedder embedder = SharedEmbedder.get();

	@Test
	void shipsHeadsOverTheEmbedding() {
		assertThat(LinearModel.load("/org/servicemind/analysis/model/anger-support.weights").dimension())
				.isEqualTo(Embedder.DIMENSION + SupportAngerFeatures.COUNT);
		assertThat(LinearModel.load("/org/servicemind/analysis/model/empathy-reply.weights").dimension())
				.isEqualTo(Embedder.DIMENSION);
	}

	@Test
	void appliesTheReplyEmpathyHeadToRepliesOnly() {
		String text = "That sounds exhausting after a week of calls; I've booked the engineer for 8am and I'll ring "
				+ "you myself when he's on his way.";
		float[] e = embedder.embed(text);
		EmotionScores asReply = scorer.score(text, e, true);
		EmotionScores asOther = scorer.score(text, e, false);
		assertThat(asReply.empathy()).isNotEqualTo(asOther.empathy());
		assertThat(asReply.anger()).isEqualTo(asOther.anger());
		assertThat(asReply.dismissive()).isEqualTo(asOther.dismissive());
		assertThat(scorer.score(text, new float[0], true)).isEqualTo(scorer.score(text, new float[0], false));
	}

	private EmotionScorer.Signals withoutAngerHead(String text) {
		EmotionScorer.Signals s = scorer.signals(text, embedder.embed(text));
		return new EmotionScorer.Signals(s.anger(), s.empathy(), s.disapproval(), s.amusement(), s.heads(), s.lexical(),
				s.deflection(), s.toneCondescending(), s.toneDismissive(), EmotionScorer.SUPPORT_ANGER_MID,
				s.replyEmpathy(), s.toneAnger());
	}

	@Test
	void prefersTheReplyThatMeetsThePersonOverTheProcedure() {
		String warm = "Oh no, not on moving day of all days. I've put a priority flag on the connection and I'm "
				+ "keeping an eye on it until it's live.";
		String procedural = "Connections are processed in the order received. The standard lead time applies to "
				+ "your order as stated in the terms.";
		assertThat(scorer.score(warm, embedder.embed(warm), true).empathy())
				.isGreaterThan(scorer.score(procedural, embedder.embed(procedural), true).empathy());
	}

	@Test
	void hearsAngerInAFormalComplaintWithoutAngryWords() {
		String formal = "I have now written four times about the same meter reading and received four different "
				+ "answers. I expect a written explanation from a manager by Friday, failing which I will take this "
				+ "to the ombudsman.";
		String calm = "Hello, the meter reading on my last bill looks high. Could someone check it when they can?";
		EmotionScores withHead = scorer.score(formal, embedder.embed(formal));
		assertThat(withHead.anger()).isGreaterThan(scorer.score(calm, embedder.embed(calm)).anger() + 0.2);
		assertThat(withHead.anger()).isGreaterThan(EmotionScorer.combine(withoutAngerHead(formal)).anger());
	}

	private double anger(String text) {
		return scorer.score(text, embedder.embed(text)).anger();
	}

	@Test
	void keepsCalmMessagesAboutSomeoneElsesAngerLow() {
		String others = "My flatmate got really furious when the router dropped out during his exam revision. Could "
				+ "you tell me if there was an outage on Tuesday evening?";
		String own = "I am furious. The router has dropped out every evening this week and nobody has called me back.";
		assertThat(anger(others)).isLessThan(anger(own) - 0.3);
	}

	@Test
	void hearsSarcasticPraiseInAComplaint() {
		String sarcastic = "Splendid. The replacement kettle arrived with the same cracked lid as the first one. "
				+ "Terrific quality control, truly.";
		String sincere = "Splendid service. The replacement kettle arrived a day early and works perfectly. Thank you!";
		// the head rates the sarcasm about a point higher; the GoEmotions part, misled by the praise words, keeps
		// both scores low, so only the order is asserted on the final score (the weakest family, see emotions.md)
		assertThat(scorer.signals(sarcastic, embedder.embed(sarcastic)).supportAnger())
				.isGreaterThan(scorer.signals(sincere, embedder.embed(sincere)).supportAnger() + 0.7);
		assertThat(anger(sarcastic)).isGreaterThan(anger(sincere));
	}

	@Test
	void ranksRepetitionAndThreatsAboveAPoliteReport() {
		String polite = "Hi, the washing machine you installed is leaking a little. No rush, could someone pop round "
				+ "next week?";
		String chasing = "This is my sixth email about the leaking washing machine. Sort it by Friday or the dispute "
				+ "goes to my card provider.";
		assertThat(anger(chasing)).isGreaterThan(anger(polite) + 0.3);
	}

	@Test
	void calibratesTheAngerScoreToTheLabelCuts() {
		// AngerLabels: below 0.25 calm, from 0.75 furious
		assertThat(anger("Hello, could you tell me which days the recycling van comes to Elm Street? Many thanks."))
				.isLessThan(0.25);
		assertThat(anger("THIRD MISSED INSTALL. I took another day off for nothing. Cancel the lot, I am filing a "
				+ "chargeback today and every review site will hear about your useless outfit.")).isGreaterThan(0.75);
	}
}
