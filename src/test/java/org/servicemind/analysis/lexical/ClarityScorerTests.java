package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClarityScorerTests {

	private final ClarityScorer scorer = new ClarityScorer();

	@Test
	void prefersShortPlainSentencesOverJargon() {
		String plain = "Your refund is on its way. It will reach your card in five days. Reply here if it does not.";
		String jargon = "Subsequent to reconciliation of the PSP settlement batch (ref BX_4471), the chargeback "
				+ "remediation workflow was initiated by the ARN/RRN correlation subsystem, whereupon the "
				+ "disbursement was authorised by the acquirer's interoperability infrastructure.";
		assertThat(scorer.clarity(plain)).isGreaterThan(0.7);
		assertThat(scorer.clarity(jargon)).isLessThan(0.4);
	}

	@Test
	void marksDownAWallOfPassiveSentences() {
		String active = "We checked the line. We found the fault. We fixed it this morning.";
		String passive = "The line was checked. The fault was found. It was fixed this morning.";
		assertThat(scorer.clarity(passive)).isLessThan(scorer.clarity(active));
	}

	@ParameterizedTest
	@CsvSource({ "cat,1", "table,2", "make,1", "readability,5", "a,1" })
	void estimatesSyllablesFromVowelGroups(String word, int expected) {
		assertThat(ClarityScorer.syllables(word)).isEqualTo(expected);
	}

	@Test
	void fitsShortRepliesToBriefCustomers() {
		String forty = "word ".repeat(40);
		String twoHundred = "word ".repeat(200);
		assertThat(scorer.brevity(forty, -1)).isEqualTo(1.0);
		assertThat(scorer.brevity(twoHundred, -1)).isLessThan(0.5);
	}

	@Test
	void toleratesLongRepliesForDetailedCustomers() {
		assertThat(scorer.brevity("word ".repeat(200), 1)).isEqualTo(1.0);
		assertThat(scorer.brevity("word ".repeat(20), 1)).isLessThan(1.0);
		assertThat(scorer.brevity("word ".repeat(900), 1)).isLessThan(0.2);
	}

	@Test
	void treatsUnknownPreferenceAsNeutral() {
		assertThat(scorer.brevity("word ".repeat(100), 0)).isEqualTo(1.0);
		assertThat(scorer.brevity("word ".repeat(5), 0)).isBetween(0.4, 1.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u0000\uD800\uFFFF", "<div><p>Hi</p></div>", "\uD83D\uDE00\uD83D\uDE00",
			"\u05E9\u05DC\u05D5\u05DD \u0639\u0627\u0644\u0645" })
	void staysInRangeOnOddInput(String text) {
		assertThat(scorer.clarity(text)).isBetween(0.0, 1.0);
		assertThat(scorer.brevity(text, 0.3)).isBetween(0.0, 1.0);
		assertThat(scorer.brevity(text, Double.NaN)).isBetween(0.0, 1.0);
	}

	@Test
	void completesOnAMegabyteOfText() {
		String big = "The parcel was sent by the depot yesterday afternoon. ".repeat(20_000);
		assertThat(scorer.clarity(big)).isBetween(0.0, 1.0);
		assertThat(scorer.brevity(big, -1)).isBetween(0.0, 0.01);
	}
}
