package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Distortion;

class SelfTalkAdditionsTests {

	private static final SelfTalkAnalyzer ANALYZER = new SelfTalkAnalyzer();

	@Test
	void addsADistortionThatCountsLikeARuleHit() {
		String text = "The week was long. Somehow it always lands on my desk.";
		SelfTalk rules = new SelfTalk(0, List.of());
		SelfTalk merged = SelfTalkAdditions.add(text, rules,
				List.of(new SelfTalkAdditions.Added("overgeneralisation", 19, text.length())));
		assertThat(merged.distortions()).singleElement().satisfies(d -> {
			assertThat(d.span()).isEqualTo("Somehow it always lands on my desk.");
			assertThat(d.reframe()).isNotBlank();
		});
		assertThat(merged.distortion()).isEqualTo(SelfTalkAnalyzer.score(1.0, text));
	}

	@Test
	void skipsUnknownTypesOverlapsAndRangesOutsideTheText() {
		String text = "I'm a complete failure. The queue was long.";
		SelfTalk rules = ANALYZER.analyze(text);
		assertThat(rules.distortions()).isNotEmpty();
		Distortion first = rules.distortions().get(0);
		assertThat(SelfTalkAdditions.add(text, rules, List.of(
				new SelfTalkAdditions.Added("labelling", first.start(), first.end()),
				new SelfTalkAdditions.Added("no_such_type", 24, text.length()),
				new SelfTalkAdditions.Added("labelling", 24, text.length() + 5)))).isSameAs(rules);
	}

	@Test
	void takesTheTypesReframesInTurnAfterTheRuleHits() {
		String text = "Nothing works. Nothing ever works. Nothing will work.";
		SelfTalk none = new SelfTalk(0, List.of());
		SelfTalk merged = SelfTalkAdditions.add(text, none, List.of(
				new SelfTalkAdditions.Added("overgeneralisation", 0, 14),
				new SelfTalkAdditions.Added("overgeneralisation", 15, 34)));
		assertThat(merged.distortions()).hasSize(2);
		assertThat(merged.distortions().get(0).reframe()).isNotEqualTo(merged.distortions().get(1).reframe());
		assertThat(merged.distortion()).isGreaterThan(SelfTalkAnalyzer.score(1.0, text));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "Rough start. Not a stupid person.",
			"Rough start. The customer said thanks, a bit grudgingly.",
			"Rough start. I used to think asking for help made me look weak.",
			"Rough start. Someone wrote 'hope you get sacked' under my reply." })
	void skipsASentenceTheRulesContextChecksWouldDrop(String text) {
		SelfTalk none = new SelfTalk(0, List.of());
		for (String type : List.of("labelling", "mind_reading", "catastrophising")) {
			assertThat(SelfTalkAdditions.add(text, none, List.of(new SelfTalkAdditions.Added(type, 13, text.length()))))
				.isSameAs(none);
		}
	}

	@Test
	void keepsASentenceThatIsTheWritersPresentVerdict() {
		String text = "Rough start. Nobody here rates me and they never will.";
		SelfTalk merged = SelfTalkAdditions.add(text, new SelfTalk(0, List.of()),
				List.of(new SelfTalkAdditions.Added("mind_reading", 13, text.length())));
		assertThat(merged.distortions()).extracting(Distortion::type).containsExactly("mind_reading");
	}
}
