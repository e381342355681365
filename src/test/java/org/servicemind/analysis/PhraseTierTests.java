package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.RuleAdvice;
import org.servicemind.analysis.lexical.SelfTalk;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.LinearModel;
import org.servicemind.analysis.model.PhraseCategoryModel;

class PhraseTierTests {

	/** dimension 0 = 1 for sentences with "whatever" */
	private static final Function<String, float[]> FAKE = s -> {
		float[] v = new float[Embedder.DIMENSION];
		v[0] = s.contains("whatever") ? 1 : 0;
		return v;
	};

	private static final PhraseTier TIER = new PhraseTier(
			new PhraseCategoryModel(Map.of("dismissive", axis(0), "no_such_category", axis(0))),
			new PhraseCategoryModel(Map.of("mind_reading", axis(0), "no_such_type", axis(0))));

	private static LinearModel axis(int dimension) {
		double[] w = new double[Embedder.DIMENSION];
		w[dimension] = 1;
		return new LinearModel(-0.5, w);
	}

	private static Function<int[], float[]> bySpan(String text) {
		return s -> FAKE.apply(text.substring(s[0], s[1]));
	}

	@Test
	void addsAModelFindingWithTheCategoryAdvice() {
		String text = "Your parcel left today. It is whatever you think it is really.";
		List<Finding> findings = TIER.findings(text, List.of(), bySpan(text));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.category()).isEqualTo("dismissive");
			assertThat(f.span()).isEqualTo("It is whatever you think it is really.").isEqualTo(
					text.substring(f.start(), f.end()));
			assertThat(f.why()).isEqualTo(RuleAdvice.why("dismissive")).isNotBlank();
			assertThat(f.suggestion()).isEqualTo(RuleAdvice.suggestion("dismissive")).isNotBlank();
		});
	}

	@Test
	void leavesTheBulletOrEmojiThatOpensTheSentenceOutOfTheSpan() {
		String text = "Your parcel left today.\n- It is whatever you think it is.\n\uD83D\uDE42 The team whatever thinks so.";
		List<Finding> findings = TIER.findings(text, List.of(), bySpan(text));
		assertThat(findings).extracting(Finding::span)
			.containsExactly("It is whatever you think it is.", "The team whatever thinks so.");
		assertThat(findings).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.span()));
		SelfTalk merged = TIER.selfTalk(text, new SelfTalk(0, List.of()), bySpan(text));
		assertThat(merged.distortions()).extracting(d -> d.span())
			.containsExactly("It is whatever you think it is.", "The team whatever thinks so.");
	}

	@Test
	void keepsRuleFindingsAndOrdersByOffset() {
		String text = "It is whatever you think it is really. Calm down, please.";
		List<Finding> rules = new NeverSayGuard().scan(text);
		assertThat(rules).isNotEmpty();
		List<Finding> merged = TIER.findings(text, rules, bySpan(text));
		assertThat(merged).containsAll(rules).hasSize(rules.size() + 1);
		assertThat(merged).isSortedAccordingTo(java.util.Comparator.comparingInt(Finding::start));
	}

	@Test
	void returnsTheRuleFindingsUnchangedWhenTheModelAddsNothing() {
		List<Finding> rules = List.of();
		assertThat(TIER.findings("Your parcel left today.", rules, bySpan("Your parcel left today."))).isSameAs(rules);
	}

	@Test
	void dropsAModelFindingInTheCustomersWords() {
		String text = "You said it is whatever you think it is, and I understand.";
		String quoted = "Your note reads \"it is whatever you think it is really\" and I see why.";
		assertThat(TIER.findings(text, List.of(), bySpan(text))).isEmpty();
		assertThat(TIER.findings(quoted, List.of(), bySpan(quoted))).isEmpty();
	}

	@Test
	void addsAModelDistortionWithItsReframeAndCountsIt() {
		String text = "Long queue this morning. The team whatever thinks I slow them down.";
		SelfTalk rules = new SelfTalk(0, List.of());
		SelfTalk merged = TIER.selfTalk(text, rules, bySpan(text));
		assertThat(merged.distortions()).singleElement().satisfies(d -> {
			assertThat(d.type()).isEqualTo("mind_reading");
			assertThat(d.span()).isEqualTo("The team whatever thinks I slow them down.")
				.isEqualTo(text.substring(d.start(), d.end()));
			assertThat(d.reframe()).isNotBlank();
		});
		assertThat(merged.distortion()).isGreaterThan(0);
	}

	@Test
	void leavesSentencesWithARuleDistortionToTheRules() {
		String text = "I'm a complete failure whatever I do.";
		SelfTalk rules = new SelfTalkAnalyzer().analyze(text);
		assertThat(rules.distortions()).isNotEmpty();
		assertThat(TIER.selfTalk(text, rules, bySpan(text))).isSameAs(rules);
	}
}
