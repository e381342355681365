package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

/** One clause, one reading: the analyser reports the primary type of a phrase, not a second type beside it. */
class SelfTalkOneReadingTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@ValueSource(strings = { "If the audit finds this I'll never work in banking again.",
			"One more complaint and I'll be finished.", "If the client walks, they'll replace me.",
			"Miss one more deadline and nobody will hire me." })
	void readsAPredictedDisasterOnceAsCatastrophising(String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type)
			.contains("catastrophising")
			.doesNotContain("fortune_telling");
	}

	@Test
	void keepsTheLongerPredictionWhenTwoReadingsOverlap() {
		String text = "Tomorrow's review: I'm going to crash and burn, I know it.";
		assertThat(analyzer.analyze(text).distortions()).singleElement().satisfies(d -> {
			assertThat(d.type()).isEqualTo("fortune_telling");
			assertThat(d.span()).isEqualTo("going to crash and burn, I know it");
		});
	}

	@Test
	void keepsAPredictionAndADisasterInSeparateClauses() {
		String text = "I'll never pass the exam. If I lose the flat it's the end of the world.";
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type)
			.contains("fortune_telling", "catastrophising");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Asked to redo the rota twice. What's the point.",
			"Typo in the team newsletter. Embarrassing.", "What's the point of a meeting with no agenda?" })
	void leavesHopelessOrAwkwardAsidesWithoutAPredictionOrALabel(String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type)
			.doesNotContain("fortune_telling", "labelling");
	}

	@Test
	void stillLabelsAnEmbarrassmentAsANameForOneself() {
		assertThat(analyzer.analyze("Forgot the customer's name twice. Embarrassment.").distortions())
			.extracting(Distortion::type)
			.contains("labelling");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kev didn't say hi. He thinks I'm a liability.", "Jas rolled his eyes. He reckons I'm dim.",
			"She'd already made her mind up that I'm not good enough for the band.",
			"He's obviously already decided I'm not cut out for this." })
	void readsALabelPutInSomeoneElsesHeadAsMindReadingOnly(String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).doesNotContain("labelling");
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm a liability.", "Honestly, I'm dim.", "Honestly, I'm not cut out for this." })
	void stillLabelsTheWritersOwnVerdict(String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains("labelling");
	}
}
