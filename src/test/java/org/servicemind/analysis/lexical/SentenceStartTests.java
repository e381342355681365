package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceStartTests {

	private static final Pattern CALM = Pattern.compile(SentenceStart.LOOKBEHIND + "calm down");

	/** @return where the phrase is found, or -1 */
	private static int find(String text) {
		Matcher m = CALM.matcher(FoldedText.fold(text));
		return m.find() ? m.start() : -1;
	}

	@ParameterizedTest
	@ValueSource(strings = { "Calm down", "Ok. Calm down", "Ok!  Calm down", "Ok;\nCalm down", "(Calm down", "- Calm down",
			"Hi,\n- Calm down", "Hi,\n   * Calm down", "Hi,\n\t\t- Calm down", "Hi\n    - Calm down", "\u2022Calm down",
			"\u2013 Calm down", "1) Calm down", "\uD83D\uDE42 Calm down", "Hi\n\uD83D\uDE05\uD83D\uDE05 \u2022 Calm down", "\u2757\uFE0F Calm down" })
	void findsASentenceStart(String text) {
		assertThat(find(text)).isEqualTo(text.indexOf("Calm"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please, Calm down", "Option 2 - calm down", "Ok \uD83D\uDE42 calm down",
			"Hi\n123) calm down", "Hi\n- - - - - - - - - calm down", "We calm down" })
	void findsNoSentenceStartInsideALine(String text) {
		assertThat(find(text)).isEqualTo(-1);
	}

	@Test
	void skipsTheOpenerOfASentenceRange() {
		String text = "Noted.\n- Calm down, please.\n\uD83D\uDE42\uD83D\uDE42 Whatever.\n2) Fine.\n-1 is wrong.\n*sigh*";
		assertThat(skipped(text, "- Calm down, please.")).isEqualTo("Calm down, please.");
		assertThat(skipped(text, "\uD83D\uDE42\uD83D\uDE42 Whatever.")).isEqualTo("Whatever.");
		assertThat(skipped(text, "2) Fine.")).isEqualTo("Fine.");
		assertThat(skipped(text, "-1 is wrong.")).isEqualTo("-1 is wrong.");
		assertThat(skipped(text, "*sigh*")).isEqualTo("*sigh*");
		assertThat(skipped(text, "Noted.")).isEqualTo("Noted.");
		assertThat(SentenceStart.skip("- ", 0, 2)).isZero();
		assertThat(SentenceStart.skip("abc", 2, 1)).isEqualTo(2);
	}

	private static String skipped(String text, String range) {
		int start = text.indexOf(range);
		int end = start + range.length();
		return text.substring(SentenceStart.skip(text, start, end), end);
	}
}
