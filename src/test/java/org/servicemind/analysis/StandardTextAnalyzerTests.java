package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardTextAnalyzerTests {

	private final TextAnalyzer standard = TextAnalyzers.standard();

	@Test
	void embedsTheTextAndScoresWithBothTiers() {
		MessageAnalysis happy = standard.analyze("Thanks so much, the new update works perfectly!",
				AnalysisContext.of(Role.CUSTOMER));
		MessageAnalysis angry = standard.analyze("Your product is a useless waste of money and nobody answers me.",
				AnalysisContext.of(Role.CUSTOMER));
		assertThat(happy.embedding()).hasSize(384);
		assertThat(happy.sentiment()).isGreaterThan(0.3);
		assertThat(angry.sentiment()).isLessThan(-0.2);
		assertThat(happy.politeness()).isGreaterThan(angry.politeness());
	}

	@Test
	void staysInRangeForEmptyAndHugeText() {
		for (String text : new String[] { "", "x".repeat(1_000_000) }) {
			MessageAnalysis a = standard.analyze(text, AnalysisContext.of(Role.AGENT));
			assertThat(a.sentiment()).isBetween(-1.0, 1.0);
			assertThat(a.politeness()).isBetween(0.0, 1.0);
		}
	}
}
