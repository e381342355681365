package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round-10 tone behaviour (condescending and dismissive with the embedding): talking down and waving away score above
 * hard negatives in the same register (blunt but respectful corrections, firm disagreement with reasons, polite
 * short replies, owned handovers), in comment threads and in support replies. Sentences written for this test.
 */
class ToneScoresTests {

	private final EmotionScorer scorer = new EmotionScorer();

	private final Embedder embedder = SharedEmbedder.get();

	/** Each pair: a condescending text, then a neutral one on the same matter. */
	private static final List<List<String>> CONDESCENDING = List.of(
			List.of("Aw, you tried. Grown-ups normally check when an article was published before sharing it, but it's a learning curve.",
					"That article is from 2019, so the figures in it are out of date; the council published new ones in March."),
			List.of("I'll go slowly this time: the router is the box with the blinking lights. Can you manage to find it?",
					"Could you check the router for me? It's usually the box with the blinking lights near your phone socket."),
			List.of("Sweetheart, that's not how pensions work. Maybe read a leaflet before lecturing the rest of us.",
					"I don't think that's right about pensions: the triple lock applies to the state pension only, not workplace ones."),
			List.of("It's adorable that you think the budget was written with people like you in mind.",
					"I disagree with the budget; the tax cut mostly helps higher earners and the service cuts land on everyone else."));

	/** Each pair: a dismissive text, then a neutral one on the same matter. */
	private static final List<List<String>> DISMISSIVE = List.of(
			List.of("Nobody asked. Scroll on.",
					"Thanks for sharing, I hadn't seen that report before."),
			List.of("Not our problem, sort it out with your bank.",
					"The charge comes from your bank, so I've written down what to ask them; here are the three questions."),
			List.of("Whatever, this will be forgotten by next week anyway.",
					"I expect this will be forgotten by next week, which is a shame because the flooding report matters."),
			List.of("Don't care what the forum says, that's how it works, end of.",
					"The forum advice is outdated; the setting moved in version 4, and I've linked the page that shows where."));

	/**
	 * Each pair: waving a story or a commenter away in a news-comment thread (boredom, "not news", "who cares"), then
	 * engaging with the same matter; the register of {@code tone-more.jsonl}.
	 */
	private static final List<List<String>> COMMENT_DISMISSIVE = List.of(
			List.of("Who honestly cares what colour the new buses are? Next story.",
					"The new buses are darker green so the dirt shows less, according to the operator."),
			List.of("Slow news day, is it? A pothole got a bit bigger. Riveting.",
					"The pothole on the high street has doubled since spring; the council says repairs are booked for May."),
			List.of("Imagine thinking anyone wants your take on the referee. Move along.",
					"I thought the referee got the penalty wrong; the replay shows the contact was outside the box."),
			List.of("Meh. Parking goes up every year, get over it.",
					"Parking goes up every year here, but this rise is bigger than usual: 40p more an hour."));

	@Test
	void dismissiveToneModelRanksWavingAwayInCommentsAboveEngagement() {
		for (List<String> pair : COMMENT_DISMISSIVE) {
			EmotionScorer.Signals waved = scorer.signals(pair.get(0), embedder.embed(pair.get(0)));
			EmotionScorer.Signals engaged = scorer.signals(pair.get(1), embedder.embed(pair.get(1)));
			assertThat(waved.toneDismissive()).as(pair.get(0)).isGreaterThan(engaged.toneDismissive() + 1.0);
			assertThat(score(pair.get(0)).dismissive()).as(pair.get(0)).isGreaterThan(score(pair.get(1)).dismissive());
			assertThat(score(pair.get(1)).dismissive()).as(pair.get(1)).isLessThan(0.5);
		}
	}

	@Test
	void ranksTalkingDownAboveRespectfulCorrection() {
		for (List<String> pair : CONDESCENDING) {
			assertThat(score(pair.get(0)).condescending()).as(pair.get(0))
					.isGreaterThan(score(pair.get(1)).condescending());
		}
	}

	@Test
	void ranksWavingAwayAbovePoliteEngagement() {
		for (List<String> pair : DISMISSIVE) {
			assertThat(score(pair.get(0)).dismissive()).as(pair.get(0)).isGreaterThan(score(pair.get(1)).dismissive());
		}
	}

	@Test
	void keepsRespectfulHardNegativesBelowOneHalf() {
		for (List<String> pair : CONDESCENDING) {
			assertThat(score(pair.get(1)).condescending()).as(pair.get(1)).isLessThan(0.5);
		}
		for (List<String> pair : DISMISSIVE) {
			assertThat(score(pair.get(1)).dismissive()).as(pair.get(1)).isLessThan(0.5);
		}
	}

	private EmotionScores score(String text) {
		return scorer.score(text, embedder.embed(text));
	}
}
