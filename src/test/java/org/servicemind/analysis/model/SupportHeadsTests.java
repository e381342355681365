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
				.isEqualTo(Embedder.DIMENSION);
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
				s.replyEmpathy());
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
}
