package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Distortion;

/**
 * {@link SelfTalkDisclaimers}: negated, named, quoted and questioned distortion phrases are not the writer's own
 * verdicts.
 */
class SelfTalkDisclaimersTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@Test
	void aNegationRightBeforeThePhraseDisclaimsIt() {
		assertThat(analyzer.analyze("The phones went down for the whole site. Not my doing, not my fix.").distortions())
			.extracting(Distortion::type).doesNotContain("personalisation");
		assertThat(analyzer.analyze("Tired, sore eyes, 38 calls, no disasters. Bed.").distortions()).isEmpty();
	}

	@Test
	void namingTheDistortionShowsTheWriterNoticingIt() {
		assertThat(analyzer.analyze("Tried not to catastrophise about the audit and wrote down the likely case.").distortions())
			.isEmpty();
	}

	@Test
	void aClosedQuotationIsSomeoneElsesLine() {
		assertThat(analyzer.analyze("'You people are a joke' - that was the opening line of my 2pm. Sorted his card anyway.")
			.distortions()).isEmpty();
	}

	@Test
	void aThoughtTheWriterQuestionsIsHeldAtArmsLength() {
		assertThat(analyzer.analyze("I wondered if my manager was annoyed with me after the review. She'd just lost her keys.")
			.distortions()).isEmpty();
		assertThat(analyzer.analyze("Thought for a second that the whole table was laughing at me. It was the dog.")
			.distortions()).isEmpty();
		assertThat(analyzer.analyze("For a moment I wondered whether the delay was because of me. It was the snow.")
			.distortions()).isEmpty();
	}

	@Test
	void aThoughtHeldWithoutQuestionStillCounts() {
		assertThat(analyzer.analyze("The coach was cross with me after the match, I could tell.").distortions())
			.extracting(Distortion::type).contains("mind_reading");
		assertThat(analyzer.analyze("The whole table was laughing at me.").distortions())
			.extracting(Distortion::type).contains("mind_reading");
	}

	@Test
	void theWritersOwnVerdictsStillCount() {
		assertThat(analyzer.analyze("It was all my fault the refund went to the wrong card.").distortions())
			.extracting(Distortion::type).contains("personalisation");
		assertThat(analyzer.analyze("I'm such an idiot, I always mess up the easy ones.").distortions())
			.extracting(Distortion::type).contains("labelling");
		assertThat(analyzer.analyze("This queue is a total disaster and it will never get better.").distortions())
			.isNotEmpty();
	}
}
