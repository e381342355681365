package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text without a letter or digit gets the neutral analysis in both tiers and for every role. */
class WordlessTextTests {

	/** Empty, whitespace and invisible characters, punctuation, emoji without a tone and markup that strips to nothing. */
	static final List<String> WORDLESS = List.of("", " ", "\u00a0", "\u00a0\u00a0\u00a0", "\u200b", "\u200b\u200c\u200d",
			"\ufeff", "\u2060\u00ad", "\u3000\u2003\t\n\r", "<p>&nbsp;</p>", "<div><br></div>", "&nbsp;&ensp;",
			"!!!", "?!.".repeat(40), "...", "🤔🤷", "!!!!! ???", "<b>!?</b>", "\u0000\u0001");

	@Test
	void scoresTextWithoutWordsNeutrallyInTheLexicalTier() {
		assertNeutral(TextAnalyzers.lexicalOnly(), false);
	}

	@Test
	void scoresTextWithoutWordsNeutrallyInTheModelTier() {
		assertNeutral(TextAnalyzers.standard(), true);
	}

	@Test
	void treatsAnyLetterOrDigitAsAWord() {
		assertThat(PlainText.hasWord("\u00a0a\u00a0")).isTrue();
		assertThat(PlainText.hasWord("7")).isTrue();
		assertThat(PlainText.hasWord("\uD835\uDC00")).isTrue(); // mathematical bold A, outside the BMP
		assertThat(PlainText.hasWord("é")).isTrue();
		assertThat(PlainText.hasWord("\u200b \u00a0!")).isFalse();
		assertThat(DefaultTextAnalyzer.wordCount("\uD835\uDC00\uD835\uDC01 x")).isEqualTo(2);
	}

	@Test
	void givesEmojiOnlyTextTheToneOfItsEmoji() {
		for (TextAnalyzer analyzer : List.of(TextAnalyzers.lexicalOnly(), TextAnalyzers.standard())) {
			MessageAnalysis furious = analyzer.analyze("😡😡😡", AnalysisContext.of(Role.CUSTOMER));
			assertThat(furious.anger()).isGreaterThanOrEqualTo(0.8);
			assertThat(furious.sentiment()).isLessThan(-0.5);
			assertThat(furious.wordCount()).isZero();
			assertThat(furious.politeness()).isEqualTo(0.5);
			MessageAnalysis happy = analyzer.analyze("🙂👍", AnalysisContext.of(Role.CUSTOMER));
			assertThat(happy.anger()).isZero();
			assertThat(happy.sentiment()).isGreaterThan(0.5);
		}
	}

	@Test
	void stillScoresShortTextWithAWord() {
		MessageAnalysis a = TextAnalyzers.lexicalOnly().analyze("NO!!!", AnalysisContext.of(Role.CUSTOMER));
		assertThat(a.wordCount()).isEqualTo(1);
		assertThat(a.anger()).isPositive();
	}

	private static void assertNeutral(TextAnalyzer analyzer, boolean embedded) {
		for (String text : WORDLESS) {
			for (Role role : Role.values()) {
				MessageAnalysis a = analyzer.analyze(text, AnalysisContext.of(role));
				String what = role + " " + text.codePoints().mapToObj(Integer::toHexString).toList();
				assertThat(a.sentiment()).as(what).isZero();
				assertThat(List.of(a.anger(), a.empathy(), a.dismissive(), a.condescending(), a.hostile(),
						a.antagonize(), a.detailPreference(), a.distortion())).as(what).containsOnly(0.0);
				assertThat(List.of(a.politeness(), a.clarity(), a.brevity())).as(what).containsOnly(0.5);
				assertThat(a.findings()).as(what).isEmpty();
				assertThat(a.commitments()).as(what).isEmpty();
				assertThat(a.distortions()).as(what).isEmpty();
				assertThat(a.wordCount()).as(what).isZero();
				assertThat(a.embedding()).as(what).hasSize(embedded ? 384 : 0);
			}
		}
	}
}
