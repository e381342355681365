package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailPreferenceScorerTests {

	private final DetailPreferenceScorer scorer = new DetailPreferenceScorer();

	@Test
	void readsJustFixItAsBrief() {
		assertThat(scorer.score("Just fix it please, I don't need the details.")).isLessThan(-0.5);
		assertThat(scorer.score("Quick question - is the shop open today? ASAP, no essay.")).isLessThan(-0.5);
	}

	@Test
	void readsExplicitAsksForExplanationAsDetailed() {
		assertThat(scorer.score("Can you explain why my bill doubled? I'd like to understand it step by step."))
			.isGreaterThan(0.5);
	}

	@Test
	void ranksLongStructuredTechnicalMessagesAboveShortOnes() {
		String structured = """
				Since version 2.4.1 the sync fails with error E4012. What I tried:
				1. Reinstalled the client
				2. Cleared the cache in /var/lib/app/cache
				3. Checked the proxy settings
				Does the new build change the TLS settings? Is there a log I should send?""";
		assertThat(scorer.score(structured)).isGreaterThan(scorer.score("Sync broken. Help."));
		assertThat(scorer.score(structured)).isGreaterThan(0.3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "\u0000\uD800\uFFFF", "<html><body>??????</body></html>", "\uD83D\uDE00 \u0645\u0631\u062D\u0628\u0627" })
	void staysInRangeOnOddInput(String text) {
		assertThat(scorer.score(text)).isBetween(-1.0, 1.0);
	}

	@Test
	void scoresEmptyTextAsUnknown() {
		assertThat(scorer.score("")).isZero();
	}

	@Test
	void completesOnAMegabyteOfText() {
		assertThat(scorer.score("Why does it do that? ".repeat(50_000))).isBetween(-1.0, 1.0);
	}

	@Test
	void countsEachTechnicalNotation() {
		String base = "The app on my phone stopped syncing with the web dashboard this morning, right after the update "
				+ "that came in overnight, and the same thing happened to two people on my team as well. It now says ";
		double plain = scorer.score(base + "something.");
		for (String notation : new String[] { "3.2.1", "e4012", "err500", "0x1f3a", "sync_token_expired",
				"/var/log/app" }) {
			assertThat(scorer.score(base + notation + ".")).as(notation).isGreaterThan(plain);
		}
		assertThat(scorer.score(base + "deeded.")).isEqualTo(scorer.score(base + "pleaded."));
	}

	@Test
	void countsListItemsOnlyAtLineStarts() {
		String inline = "What I tried today: - restarting - updating * reinstalling 2) waiting";
		String listed = "What I tried today:\n  - restarting\n\t- updating\r\n* reinstalling\n2) waiting";
		assertThat(scorer.score(listed)).isGreaterThan(scorer.score(inline));
	}
}
