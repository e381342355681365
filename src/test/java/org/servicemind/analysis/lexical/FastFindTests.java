package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FastFindTests {

	@Test
	void findsTheSameMatchesAsMatcherFind() throws Exception {
		List<String> texts = new ArrayList<>();
		List<String> raw = new ArrayList<>(commitmentTexts());
		for (String set : List.of("/analysis/never-say.jsonl", "/analysis/never-say-holdout.jsonl")) {
			for (Map<String, Object> row : LabelledSet.read(set)) {
				raw.add(String.valueOf(row.get("text")));
			}
		}
		{
			for (String text : raw) {
				texts.add(FoldedText.fold(text));
				for (ReplySegmenter.Sentence s : ReplySegmenter.split(text, 100_000)) {
					texts.add(s.lower());
				}
			}
		}
		texts.add("'quoted' it's 'a \"b\" c' \"x\" if the order, once you're \u00e9'tr'");
		texts.add("  will call you at 3. and will then ship it; our team will ring, you'll get it \ud835\udc00 will");
		List<Pattern> patterns = List.of(PromiseLexicon.FIRST_PERSON, PromiseLexicon.ELLIPTIC, PromiseLexicon.ORG,
				PromiseLexicon.OUR_ANYONE, PromiseLexicon.YOU_RECEIVE, PromiseLexicon.PASSIVE, PromiseLexicon.CONDITION, CustomerWords.REPORTING,
				CustomerWords.DOUBLE_QUOTED, CustomerWords.SINGLE_QUOTED);
		int matches = 0;
		for (Pattern pattern : patterns) {
			FastFind fast = new FastFind(pattern);
			for (String text : texts) {
				List<String> expected = new ArrayList<>();
				Matcher plain = pattern.matcher(text);
				while (plain.find()) {
					expected.add(span(plain));
				}
				List<String> found = new ArrayList<>();
				Matcher m = fast.matcher(text);
				for (int from = 0; fast.find(m, text, from); from = FastFind.after(m)) {
					found.add(span(m));
				}
				assertThat(found).as("%s on %s", pattern, text).isEqualTo(expected);
				matches += found.size();
			}
		}
		assertThat(matches).isGreaterThan(200);
	}

	@Test
	void startingWordsMatchWhereTheJoinedAlternationDoes() {
		String body = "i'?ll|as soon as|by (?:\\d|tomorrow)|within \\d|\\bwill (?:look|check)\\b";
		Pattern joined = Pattern.compile("\\b(?:" + body + ")");
		GatedPattern split = GatedPattern.startingWords(body);
		for (String text : List.of("i'll look", "nill", "by 3pm", "by tomorrow", "standby tomorrow", "will check",
				"will checkout", "within 5", "as soon as", "nothing")) {
			assertThat(split.count(text, 1) > 0).as(text).isEqualTo(joined.matcher(text).find());
		}
	}

	/** the "text" field of each line of the commitments set, escapes read roughly (nested lists not needed) */
	private static List<String> commitmentTexts() throws Exception {
		List<String> texts = new ArrayList<>();
		try (var in = FastFindTests.class.getResourceAsStream("/analysis/commitments.jsonl")) {
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				int at = line.indexOf("\"text\": \"");
				if (at < 0) {
					continue;
				}
				StringBuilder text = new StringBuilder();
				for (int i = at + 9; i < line.length() && line.charAt(i) != '"'; i++) {
					char c = line.charAt(i);
					if (c == '\\') {
						c = line.charAt(++i); // escapes kept roughly: these texts only feed the comparison
						c = c == 'n' ? '\n' : c;
					}
					text.append(c);
				}
				texts.add(text.toString());
			}
		}
		assertThat(texts).hasSizeGreaterThan(50);
		return texts;
	}

	private static String span(Matcher m) {
		StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
		for (int g = 1; g <= m.groupCount(); g++) {
			s.append(',').append(m.start(g)).append(':').append(m.end(g));
		}
		return s.toString();
	}
}
