package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Embedder#embedPooled}: the message embedding unchanged plus sentence vectors from the same model run. */
class EmbedderPooledTests {

	private static final Embedder EMBEDDER = new Embedder();

	@Test
	void returnsTheMessageEmbeddingBitForBit() {
		for (String text : List.of("ok", "We sent it. Please relax about it now.", "Caf\u00e9 cr\u00e8me \u2014 sorry!",
				"\ud83d\ude00 Emoji first. Then words here.", "word ".repeat(300), " ")) {
			float[] pooled = EMBEDDER.embedPooled(text, List.of(new int[] { 0, text.length() })).embedding();
			assertThat(pooled).as(text).containsExactly(EMBEDDER.embed(text));
		}
	}

	@Test
	void poolsOneUnitVectorPerSentenceCloseToItsOwnEmbedding() {
		String text = "Your parcel left our warehouse today. Please calm down and wait for it.";
		int split = text.indexOf("Please");
		List<int[]> ranges = List.of(new int[] { 0, split - 1 }, new int[] { split, text.length() });
		Embedder.Pooled pooled = EMBEDDER.embedPooled(text, ranges);
		assertThat(pooled.ranges().length).isEqualTo(2);
		for (int r = 0; r < 2; r++) {
			float[] v = pooled.ranges()[r];
			assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
			float[] own = EMBEDDER.embed(text.substring(ranges.get(r)[0], ranges.get(r)[1]));
			float[] other = EMBEDDER.embed(text.substring(ranges.get(1 - r)[0], ranges.get(1 - r)[1]));
			assertThat(dot(v, own)).isGreaterThan(dot(v, other));
		}
	}

	@Test
	void countsCharacterRangesInUtf16UnitsAfterSupplementaryCharacters() {
		String sentence = "Please calm down and wait for it.";
		String plain = "Hello there all. " + sentence;
		String emoji = "\ud83d\ude00\ud83d\ude00\ud83d\ude00 there all. " + sentence;
		float[] a = EMBEDDER.embedPooled(plain, List.of(range(plain, sentence))).ranges()[0];
		float[] b = EMBEDDER.embedPooled(emoji, List.of(range(emoji, sentence))).ranges()[0];
		assertThat(a).isNotNull();
		assertThat(b).isNotNull();
		assertThat(dot(a, b)).isGreaterThan(0.9);
		String tail = "it.";
		assertThat(EMBEDDER.embedPooled(emoji, List.of(range(emoji, tail))).ranges()[0]).isNotNull();
		// the run of three emoji is one unknown word piece: six chars, three code points
		assertThat(EMBEDDER.embedPooled(emoji, List.of(new int[] { 0, 6 })).ranges()[0]).isNotNull();
		assertThat(EMBEDDER.embedPooled(emoji, List.of(new int[] { 0, 3 })).ranges()[0]).isNull();
	}

	@Test
	void givesNoVectorPastTheWindowOrWithoutWordPieces() {
		String text = "We looked at the order. ".repeat(40) + "Please calm down.";
		Embedder.Pooled pooled = EMBEDDER.embedPooled(text,
				List.of(new int[] { 0, 23 }, range(text, "Please calm down."), new int[] { 23, 24 }));
		assertThat(pooled.ranges()[0]).isNotNull();
		assertThat(pooled.ranges()[1]).isNull();
		assertThat(pooled.ranges()[2]).isNull();
		assertThat(EMBEDDER.embedPooled("  ", List.of(new int[] { 0, 2 })).ranges()[0]).isNull();
	}

	private static int[] range(String text, String part) {
		int at = text.indexOf(part);
		return new int[] { at, at + part.length() };
	}

	private static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	private static double norm(float[] v) {
		return Math.sqrt(dot(v, v));
	}
}
