package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentShapeTests {

	private static final int WORDS = 0, EXCLAMATIONS = 1, QUESTIONS = 2, CAPITALS = 3, ELONGATED = 4, MENTION = 5,
			TAG = 6, URL = 7, EMOJI = 8, BUT = 9, LOWER = 10;

	@Test
	void describesShortEmphaticSocialText() {
		double[] s = SentimentShape.of("@sam the new update is sooo GOOD!!! #happy :-) http://x.example");
		assertThat(s).hasSize(SentimentShape.COUNT);
		assertThat(s[WORDS]).isEqualTo(Math.log1p(10));
		assertThat(s[EXCLAMATIONS]).isEqualTo(Math.log1p(3));
		assertThat(s[QUESTIONS]).isZero();
		assertThat(s[CAPITALS]).isEqualTo(0.1);
		assertThat(s[ELONGATED]).isEqualTo(Math.log1p(1));
		assertThat(s[MENTION]).isEqualTo(1);
		assertThat(s[TAG]).isEqualTo(1);
		assertThat(s[URL]).isEqualTo(1);
		assertThat(s[EMOJI]).isEqualTo(Math.log1p(1));
		assertThat(s[BUT]).isZero();
		assertThat(s[LOWER]).isZero();
	}

	@Test
	void describesPlainProseWithoutSocialMarks() {
		double[] s = SentimentShape.of("The plot wanders, but the cast keeps it watchable. Is it worth a second look?");
		assertThat(s[QUESTIONS]).isEqualTo(Math.log1p(1));
		assertThat(s[BUT]).isEqualTo(1);
		assertThat(new double[] { s[EXCLAMATIONS], s[CAPITALS], s[ELONGATED], s[MENTION], s[TAG], s[URL], s[EMOJI],
				s[LOWER] }).containsOnly(0.0);
	}

	@Test
	void doesNotMistakeLookalikesForTheMarks() {
		// "butter", "rebuttal": not the word "but"; "I" and "A1" are one character or have no second letter to shout;
		// "bookkeeper" has double, not triple letters; 3:15 and (a) are not faces; "a@b" does not start with @
		double[] s = SentimentShape.of("I paid a@b for butter at 3:15 (a) - A rebuttal from the bookkeeper");
		assertThat(s[BUT]).isZero();
		assertThat(s[CAPITALS]).isZero();
		assertThat(s[ELONGATED]).isZero();
		assertThat(s[EMOJI]).isZero();
		assertThat(s[MENTION]).isZero();
	}

	@Test
	void countsEmojiMirroredFacesAndHearts() {
		assertThat(SentimentShape.of("loved it \uD83D\uDE0D (: <3 \u2764")[EMOJI]).isEqualTo(Math.log1p(4));
		assertThat(SentimentShape.emoticon(";P")).isTrue();
		assertThat(SentimentShape.emoticon("D:")).isTrue();
		assertThat(SentimentShape.emoticon(":")).isFalse();
		assertThat(SentimentShape.emoticon(":-")).isFalse();
	}

	@Test
	void handlesEmptyAndAllLowerText() {
		double[] empty = SentimentShape.of("");
		assertThat(empty[WORDS]).isEqualTo(Math.log1p(1));
		assertThat(empty[LOWER]).isEqualTo(1);
		assertThat(SentimentShape.of("meh whatever")[LOWER]).isEqualTo(1);
		assertThat(SentimentShape.of("Meh whatever")[LOWER]).isZero();
	}
}
