package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PolitenessFeaturesTests {

	private final LexiconSentiment lexicon = new LexiconSentiment();

	private double feature(String text, String name) {
		int i = Arrays.asList(PolitenessFeatures.NAMES).indexOf(name);
		assertThat(i).as(name).isNotNegative();
		return PolitenessFeatures.extract(text, lexicon.score(text))[i];
	}

	@Test
	void returnsOneValuePerName() {
		assertThat(PolitenessFeatures.extract("hi", lexicon.score("hi"))).hasSize(PolitenessFeatures.NAMES.length);
		assertThat(PolitenessFeatures.extract("", lexicon.score(""))).hasSize(PolitenessFeatures.NAMES.length);
	}

	@Test
	void tellsPleaseAtTheStartFromPleaseInside() {
		assertThat(feature("Please send the file.", "please_start")).isEqualTo(1);
		assertThat(feature("Please send the file.", "please_mid")).isZero();
		assertThat(feature("Could you please send the file?", "please_mid")).isEqualTo(1);
		assertThat(feature("Could you please send the file?", "please_start")).isZero();
	}

	@Test
	void tellsCounterfactualFromIndicativeRequests() {
		assertThat(feature("Could you check it?", "counterfactual_modal")).isEqualTo(1);
		assertThat(feature("Can you check it?", "indicative_modal")).isEqualTo(1);
		assertThat(feature("Can you check it?", "counterfactual_modal")).isZero();
	}

	@Test
	void findsGratitudeApologiesGreetingsAndHedges() {
		assertThat(feature("Thanks a lot for your help", "gratitude")).isEqualTo(1);
		assertThat(feature("Sorry to bother you again", "apology")).isEqualTo(1);
		assertThat(feature("Sorry to bother you again", "sorry_start")).isEqualTo(1);
		assertThat(feature("Hello there, quick question", "greeting")).isEqualTo(1);
		assertThat(feature("I think it might be the cache", "hedge")).isEqualTo(2);
	}

	@Test
	void findsDirectQuestionsImperativesAndSecondPersonStarts() {
		assertThat(feature("Why did you delete my edit?", "direct_question_start")).isEqualTo(1);
		assertThat(feature("Why did you delete my edit?", "why_what")).isEqualTo(1);
		assertThat(feature("Stop reverting. Read the policy.", "imperative_start")).isEqualTo(2);
		assertThat(feature("You're wrong. You should read it.", "you_start")).isEqualTo(2);
		assertThat(feature("You're wrong. You should read it.", "must_should_you")).isEqualTo(1);
	}

	@Test
	void countsContractedNegations() {
		assertThat(feature("I don't know and it isn't clear", "negation")).isEqualTo(2);
	}

	@Test
	void matchesCaseInsensitivelyOnWordBoundaries() {
		assertThat(feature("THANK YOU", "gratitude")).isEqualTo(1);
		assertThat(feature("Thanksgiving is coming", "gratitude")).isZero();
	}
}
