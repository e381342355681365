package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

/** A worry followed by a plan, a reframe, or a normal part of the job is healthy self-talk, not a distortion. */
class SelfTalkCopingStepsTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@ValueSource(strings = { "Back after leave tomorrow. Scared I'll cry on a call. If I do, I'll take five minutes off the queue.",
			"The price letters land tomorrow and we'll be swamped. I've asked for overtime volunteers.",
			"Worried I'll freeze in the panel interview. I've written a one-page crib sheet.",
			"I keep telling myself I should be faster. Reframe: I'd like to be faster, so shortcut keys first.",
			"Got shouted at for forty minutes and kept my voice level. That's the job some days." })
	void leavesAWorryWithAPlanOrAReframeAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I always lose my gym card, so it lives in my coat pocket now.",
			"I always forget bin day lol. stuck a note on the fridge",
			"I always forget the parking code. Wrote it on the back of my pass.",
			"I always miss the school emails. Set a reminder for Sunday night." })
	void leavesAHabitWithAPracticalFixAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I always lose my gym card. I'm hopeless.", "I always forget the parking code, every single day." })
	void stillFindsTheHabitWithoutAFix(String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains("overgeneralisation");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "catastrophising|This complaint is going to ruin everything I've built here.",
			"catastrophising|One more missed callback and that's the job gone.",
			"fortune_telling|I'll freeze on the call, I just know it." })
	void stillFindsTheWorryWithoutAPlan(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}
}
