package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped distortion phrase model as the engine runs it on journal text (model tier), on sentences written for
 * this test (in no labelled set).
 */
class DistortionPhraseModelTests {

	private static final TextAnalyzer STANDARD = TextAnalyzers.standard();

	private static final TextAnalyzer LEXICAL = TextAnalyzers.lexicalOnly();

	private static final AnalysisContext JOURNAL = AnalysisContext.of(Role.JOURNAL);

	@Test
	void findsADistortionTheRulesMissWithSpanAndReframe() {
		String text = "Somehow every queue I touch turns into chaos, that's just how my weeks go.";
		assertThat(LEXICAL.analyze(text, JOURNAL).distortions()).as("the rules alone miss it").isEmpty();
		MessageAnalysis a = STANDARD.analyze(text, JOURNAL);
		assertThat(a.distortions()).singleElement().satisfies(d -> {
			assertThat(d.type()).isEqualTo("overgeneralisation");
			assertThat(d.start()).isGreaterThanOrEqualTo(0);
			assertThat(d.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(d.start());
			assertThat(d.span()).isEqualTo(text.substring(d.start(), d.end()));
			assertThat(d.reframe()).isNotBlank();
		});
		assertThat(a.distortion()).isGreaterThan(0.3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Took a proper lunch break today and read a few chapters of my book.",
			"I closed twelve tickets and the new macro saved me a lot of typing.",
			"The printer jammed again, so I logged a ticket with facilities.",
			"Had a quiet shift, a couple of refunds and one long call about a missing parcel." })
	void leavesHealthyJournalTextAlone(String text) {
		MessageAnalysis a = STANDARD.analyze(text, JOURNAL);
		assertThat(a.distortions()).isEmpty();
		assertThat(a.distortion()).isZero();
	}

	@Test
	void runsOnlyOnJournalText() {
		String text = "Somehow every queue I touch turns into chaos, that's just how my weeks go.";
		assertThat(STANDARD.analyze(text, AnalysisContext.of(Role.AGENT)).distortions()).isEmpty();
		assertThat(STANDARD.analyze(text, AnalysisContext.of(Role.CUSTOMER)).distortions()).isEmpty();
	}
}
