package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconSentimentTests {

	private final LexiconSentiment lexicon = new LexiconSentiment();

	private double compound(String text) {
		return lexicon.score(text).compound();
	}

	@Test
	void scoresPositiveAndNegativeWords() {
		assertThat(compound("The support was great")).isPositive();
		assertThat(compound("The support was terrible")).isNegative();
		assertThat(compound("The parcel arrived on Tuesday")).isZero();
		assertThat(compound("")).isZero();
	}

	@Test
	void flipsAndDampsNegatedWords() {
		double good = compound("The answer was good");
		double notGood = compound("The answer was not good");
		assertThat(notGood).isNegative();
		assertThat(Math.abs(notGood)).isLessThan(good);
		assertThat(compound("The answer wasn't good")).isNegative();
	}

	@Test
	void boostsAndDampensIntensity() {
		double good = compound("The answer was good");
		assertThat(compound("The answer was extremely good")).isGreaterThan(good);
		assertThat(compound("The answer was slightly good")).isLessThan(good).isPositive();
	}

	@Test
	void weighsWhatFollowsButMore() {
		assertThat(compound("The agent was friendly but the product is awful")).isNegative();
		assertThat(compound("The product is awful but the agent was wonderful")).isPositive();
	}

	@Test
	void emphasisesCapitalsAndExclamationMarks() {
		double plain = compound("this is bad");
		assertThat(compound("this is BAD")).isLessThan(plain);
		assertThat(compound("this is bad!!!")).isLessThan(plain);
	}

	@Test
	void readsEmoticonsFromTheLexicon() {
		assertThat(compound("see you soon :)")).isPositive();
		assertThat(compound("see you soon :(")).isNegative();
	}

	@Test
	void keepsTheCompoundScoreInRange() {
		assertThat(compound("love love love love love love amazing wonderful best!!!!")).isBetween(0.9, 1.0);
		assertThat(compound("hate hate hate awful horrible worst terrible!!!!")).isBetween(-1.0, -0.9);
	}

	@Test
	void countsHitsAndWords() {
		LexiconSentiment.Scores s = lexicon.score("I love this and hate that");
		assertThat(s.hits()).isEqualTo(2);
		assertThat(s.words()).isEqualTo(6);
		assertThat(s.positive()).isPositive();
		assertThat(s.negative()).isPositive();
	}
}
