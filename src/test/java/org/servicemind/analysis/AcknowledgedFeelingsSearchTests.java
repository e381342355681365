package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-filtered search of {@link AcknowledgedFeelings} finds exactly what a plain {@link Matcher#find()} of each
 * phrase finds: on the kind and rude replies of {@link AcknowledgedFeelingsTests}, on case variants whose letters
 * fold to ASCII only under Unicode case folding, and on every reply of an own never-say set; and what is left once the
 * phrases are out is tidied.
 */
class AcknowledgedFeelingsSearchTests {

	@Test
	void findsWhatAPlainSearchFinds() throws IOException {
		List<String> texts = new ArrayList<>(AcknowledgedFeelingsTests.KIND);
		texts.addAll(AcknowledgedFeelingsTests.RUDE);
		texts.addAll(List.of("THANK YOU FOR YOUR PATIENCE!", "\u0130n your shoes I'd be livid.",
				"\u0131N YOUR POSITION, anyone would be cross", "\u017Forry for the hassle this has caused you",
				"x_you're upset, 9how annoying this is, \u00e9how upsetting this is", "Sorry you had to wait.",
				"That must be so frustrating for you.thank you", ""));
		texts.addAll(replies("/analysis/never-say-dev7.jsonl"));
		int matches = 0;
		for (String text : texts) {
			String t = text.replace('\u2019', '\'').replace('\u2018', '\'');
			int[] starts = AcknowledgedFeelings.wordStarts(t);
			for (int i = 0; i < AcknowledgedFeelings.PHRASES.size(); i++) {
				List<String> plain = new ArrayList<>();
				Matcher m = AcknowledgedFeelings.PHRASES.get(i).matcher(t);
				while (m.find()) {
					plain.add(span(m));
				}
				List<String> filtered = new ArrayList<>();
				AcknowledgedFeelings.forEachMatch(t, starts, i, match -> filtered.add(span(match)));
				assertThat(filtered).as("phrase %d in %s", i, t).isEqualTo(plain);
				matches += plain.size();
			}
		}
		assertThat(matches).isGreaterThan(40);
	}

	@Test
	void triesPhrasesOnlyAtWordStartsThatFoldToALetter() {
		int[] starts = AcknowledgedFeelings.wordStarts("Hi, \u0130n 2 x_y it's");
		// "n" after a non-ASCII letter is kept (only ASCII word characters before a position rule it out), "_y" not
		assertThat(starts[0]).isEqualTo(6);
		assertThat(List.of(starts[1], starts[2], starts[3], starts[4], starts[5], starts[6])).containsExactly(0, 4, 5,
				9, 13, 16);
	}

	@Test
	void tidiesBlanksAndSpacesBeforePunctuationWhereAPhraseWasTakenOut() {
		assertThat(AcknowledgedFeelings.without("Well,  thank you for your patience , we  have\t\tfixed it ."))
			.isEqualTo("Well,, we have fixed it.");
	}

	private static String span(Matcher m) {
		return m.start() + "-" + m.end() + (m.groupCount() > 0 ? "/" + m.start(1) + "-" + m.end(1) : "");
	}

	private static List<String> replies(String resource) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<String> texts = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				AcknowledgedFeelingsSearchTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank()) {
					JsonNode row = json.readTree(line);
					texts.add(row.get("text").asString());
				}
			}
		}
		return texts;
	}
}
