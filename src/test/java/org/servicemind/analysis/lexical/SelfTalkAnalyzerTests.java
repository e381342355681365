package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

class SelfTalkAnalyzerTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@Test
	void scoresHealthyReflectionLow() {
		SelfTalk result = analyzer.analyze("Tough call today but I handled it and learned to ask earlier.");
		assertThat(result.distortions()).isEmpty();
		assertThat(result.distortion()).isLessThan(0.1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "all_or_nothing|The demo was a total failure.",
			"catastrophising|If this goes wrong I'll get fired and my career is over.",
			"labelling|I'm such an idiot.", "mind_reading|My manager probably thinks I'm useless.",
			"fortune_telling|I'll never pass the product exam.", "personalisation|The queue overflowed because of me.",
			"should_statements|I should be able to do this without help.",
			"overgeneralisation|This always happens on Mondays.",
			"mental_filter|I can't stop thinking about the one bad survey.",
			"emotional_reasoning|I feel like a fraud." })
	void findsEachDistortionType(String type, String text) {
		SelfTalk result = analyzer.analyze(text);
		assertThat(result.distortions()).extracting(Distortion::type).contains(type);
		assertThat(result.distortion()).isGreaterThan(0.2);
		for (Distortion d : result.distortions()) {
			assertThat(text.substring(d.start(), d.end())).isEqualTo(d.span());
			assertThat(d.reframe()).endsWith("?");
		}
	}

	@Test
	void asksADifferentReframingQuestionPerType() {
		SelfTalk result = analyzer.analyze("I'm such an idiot. This always happens. I'll never pass. It's my fault.");
		Set<String> reframes = new HashSet<>();
		result.distortions().forEach(d -> reframes.add(d.reframe()));
		assertThat(reframes).hasSize(result.distortions().size()).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void raisesTheScoreWithMoreDistortionsAndLowersItWithLength() {
		double one = analyzer.analyze("I'm such an idiot.").distortion();
		double three = analyzer.analyze("I'm such an idiot. This always happens. I'll never pass.").distortion();
		String padding = " We worked through the queue, had lunch, and closed the outage ticket together.".repeat(8);
		double diluted = analyzer.analyze("I'm such an idiot." + padding).distortion();
		assertThat(three).isGreaterThan(one);
		assertThat(diluted).isLessThan(one).isGreaterThan(0);
	}

	@Test
	void readsPlansAndRoutinesAsHealthy() {
		assertThat(analyzer.analyze("I should email the vendor tomorrow. I always take a walk at lunch.").distortions())
			.isEmpty();
		assertThat(analyzer.analyze("We nearly had a disaster with the export, but Sam caught it.").distortions()).isEmpty();
	}

	@Test
	void readsOwningAndRepairingASlipAsHealthy() {
		assertThat(analyzer.analyze("It was my fault the refund went to the wrong card; I fixed it and told my lead.")
			.distortions()).isEmpty();
		assertThat(analyzer.analyze("It was my fault the refund went to the wrong card.").distortions())
			.extracting(Distortion::type)
			.containsExactly("personalisation");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u0000\uFFFF\uD800", "<b>I'm useless</b>", "\u05D0\u05E0\u05D9 \uD83D\uDE22 always" })
	void neverThrowsAndStaysInRange(String text) {
		SelfTalk result = analyzer.analyze(text);
		assertThat(result.distortion()).isBetween(0.0, 1.0);
		for (Distortion d : result.distortions()) {
			assertThat(text.substring(d.start(), d.end())).isEqualTo(d.span());
		}
	}

	@Test
	void completesOnAMegabyteOfText() {
		String big = "It's my fault. I had lunch. ".repeat(40_000);
		SelfTalk result = analyzer.analyze(big);
		assertThat(result.distortion()).isBetween(0.0, 1.0);
		assertThat(result.distortions()).isNotEmpty()
			.allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(SelfTalkAnalyzer.MAX_CHARS));
	}
}
