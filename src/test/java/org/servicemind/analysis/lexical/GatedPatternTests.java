package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatedPatternTests {

	@Test
	void splitsOnlyTopLevelAlternatives() {
		assertThat(RegexLiterals.splitTopLevel("a(?:b|c)|[|]d|e\\|f")).containsExactly("a(?:b|c)", "[|]d", "e\\|f");
	}

	@Test
	void takesTheLongestRequiredLiteralAsAnchor() {
		assertThat(RegexLiterals.anchor("you (?:must|should) have read")).isEqualTo("have read");
		assertThat(RegexLiterals.anchor("[^.]{0,40}x")).isNull();
		assertThat(RegexLiterals.anchor("that'?s policy")).isEqualTo("s policy");
	}

	@Test
	void derivesAnyOfRequirementsFromMandatoryGroups() {
		assertThat(RegexLiterals.requirement("(?:i|we) (?:don'?t|do not) (?:know|care)")).containsExactly("know", "care");
		assertThat(RegexLiterals.requirement("(?:a|b)?\\s+x")).isNull();
		assertThat(RegexLiterals.requirement("terms|t&cs")).as("a rare character stands in for a short run")
			.containsExactly("terms", "&");
		assertThat(RegexLiterals.requirements("\\w+ (?:percent|%)")).contains(List.of("percent", "%"));
	}

	@Test
	void requiresEmojiWrittenLiterally() {
		String wink = "\uD83D\uDE09";
		String grin = "\uD83D\uDE01";
		assertThat(RegexLiterals.requirement(wink + "|" + grin)).containsExactly(wink, grin);
		assertThat(RegexLiterals.requirements("([a-z]+)[.!]? ?(?:" + wink + "|" + grin + ")"))
			.containsExactly(List.of(wink, grin));
		assertThat(RegexLiterals.requirements("ok " + wink)).as("a run too short, then the emoji")
			.containsExactly(List.of(wink));
		assertThat(RegexLiterals.requirements("ok" + wink + "?")).as("an optional emoji").isEmpty();
		assertThat(RegexLiterals.requirements("ok[" + wink + grin + "]")).as("inside a class").isEmpty();
		assertThat(RegexLiterals.requirement("\u2713|" + wink)).as("a symbol inside the Basic Multilingual Plane")
			.isNull();
	}

	@Test
	void gatesAnEmojiShapeByItsEmoji() {
		String wink = "\uD83D\uDE09";
		GatedPattern p = GatedPattern.family(true, List.of("(\\w+)[.!]? ?(?:" + wink + "|\uD83D\uDE01)|well done"))
			.get(0);
		assertThat(p.gated(0)).isTrue();
		assertThat(p.gateOpen(0, "fine. noted, thanks")).isFalse();
		assertThat(p.gateOpen(0, "fine. noted " + wink)).isTrue();
		List<String> spans = new ArrayList<>();
		p.forEachMatch("sure. noted! " + wink + " well done", m -> spans.add(m.group()));
		assertThat(spans).containsExactly("noted! " + wink, "well done");
	}

	@Test
	void findsTheSameMatchesAsAPlainSearch() throws Exception {
		List<String> texts = texts();
		texts.add("'twas odd: it's policy... \u00e9t\u00e9 policy, \ud835\udc00 it's company policy; as i said!! e1234 a_b /x/y 1.2.3");
		List<GatedPattern> patterns = allPatterns();
		int filtered = 0;
		int alternatives = 0;
		for (GatedPattern p : patterns) {
			for (int i = 0; i < p.size(); i++) {
				alternatives++;
				filtered += p.startFiltered(i) ? 1 : 0;
				for (String text : texts) {
					List<String> fast = new ArrayList<>();
					p.forEachMatchOf(i, text, m -> fast.add(m.start() + "-" + m.end() + groups(m)));
					List<String> plain = new ArrayList<>();
					java.util.regex.Matcher m = p.alternative(i).matcher(text);
					while (m.find()) {
						plain.add(m.start() + "-" + m.end() + groups(m));
					}
					assertThat(fast).as("alternative %s on %s", p.alternative(i), text).isEqualTo(plain);
				}
			}
		}
		assertThat(filtered).as("alternatives tried at filtered positions").isGreaterThan(alternatives * 9 / 10);
	}

	@Test
	void reportsFirstCharactersOfAMatch() {
		FirstChars f = FirstChars.of("(?<!x)\\b(?:it'?s|that|[0-9]+)?(?:q|\\s)");
		assertThat(f).isNotNull();
		assertThat(f.admits('i')).isTrue();
		assertThat(f.admits('t')).isTrue();
		assertThat(f.admits('7')).isTrue();
		assertThat(f.admits('q')).isTrue();
		assertThat(f.admits(' ')).isTrue();
		assertThat(f.admits('x')).isFalse();
		assertThat(f.admits('s')).isFalse();
		assertThat(f.admits('\u00e9')).isFalse();
		assertThat(FirstChars.of("[^a]b").admits('\u00e9')).isTrue();
		assertThat(f.admits("xit's", 1)).isTrue();
		assertThat(f.admits("xim", 1)).as("second character").isFalse();
		assertThat(f.admits("q", 0)).as("one-character match at the end").isTrue();
		assertThat(f.admits("t", 0)).isFalse();
		assertThat(f.only()).as("several first characters").isEqualTo(-1);
		assertThat(FirstChars.of("\\b(?:why|when)\\b").only()).isEqualTo('w');
		assertThat(FirstChars.of("a?")).as("can match empty").isNull();
		assertThat(FirstChars.of("(?i)a")).as("inline flags").isNull();
		assertThat(FirstChars.of("(a)\\1")).as("back reference").isNull();
		FirstChars atomic = FirstChars.of("(?>ab|c)d");
		assertThat(atomic.admits("ab", 0)).as("atomic group").isTrue();
		assertThat(atomic.admits("bd", 0)).isFalse();
	}

	@Test
	void readsTheFirstCharactersOfALargeAlternationWithLittleGarbage() {
		StringBuilder words = new StringBuilder("\\b(?:");
		for (int i = 0; i < 3_000; i++) {
			words.append(i == 0 ? "" : "|").append("w").append(Integer.toString(i * 7919, 36)).append("ed");
		}
		String regex = words.append(")\\b").toString();
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		FirstChars f = FirstChars.of(regex);
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(f.admits("wa", 0)).isTrue();
		assertThat(f.admits("w-", 0)).isFalse();
		assertThat(FirstChars.of("[ab]").admits("ax", 0)).as("a part without pairs").isTrue();
		assertThat(allocated).as("bytes allocated for %s characters of regex", regex.length()).isLessThan(12_000_000L);
	}

	private static String groups(java.util.regex.Matcher m) {
		StringBuilder s = new StringBuilder();
		for (int g = 1; g <= m.groupCount(); g++) {
			s.append(',').append(m.start(g)).append(':').append(m.end(g));
		}
		return s.toString();
	}

	private static List<GatedPattern> allPatterns() {
		List<GatedPattern> patterns = new ArrayList<>();
		NeverSayRules.RULES.forEach(r -> patterns.add(r.pattern()));
		SelfTalkRules.RULES.forEach(r -> patterns.add(r.pattern()));
		patterns.addAll(DetailPreferenceScorer.PATTERNS);
		return patterns;
	}

	private static List<String> texts() throws Exception {
		List<String> texts = new ArrayList<>();
		for (String set : List.of("/analysis/never-say.jsonl", "/analysis/never-say-holdout.jsonl", "/analysis/never-say-blind2.jsonl",
				"/analysis/never-say-blind3.jsonl", "/analysis/journal-blind2.jsonl", "/analysis/journal-blind3.jsonl",
				"/analysis/detail-blind2.jsonl",
				"/analysis/journal.jsonl", "/analysis/journal-holdout.jsonl", "/analysis/detail.jsonl")) {
			for (Map<String, Object> row : LabelledSet.read(set)) {
				texts.add(FoldedText.fold((String) row.get("text")));
			}
		}
		return texts;
	}

	@Test
	void neverGatesOutAnAlternativeThatWouldMatch() throws Exception {
		List<String> texts = texts();
		List<GatedPattern> patterns = allPatterns();
		int checked = 0;
		for (GatedPattern p : patterns) {
			for (int i = 0; i < p.size(); i++) {
				for (String text : texts) {
					if (!p.gateOpen(i, text)) {
						assertThat(p.alternativeMatches(i, text)).as("alternative %d on %s", i, text).isFalse();
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void opensTheSameAlternativesAsTestingEachGate() throws Exception {
		List<String> texts = texts();
		int opened = 0;
		for (GatedPattern p : allPatterns()) {
			for (String text : texts) {
				GatedPattern.Scan scan = p.scan(text);
				for (int i = 0; i < p.size(); i++) {
					assertThat(p.opened(i, scan)).as("alternative %s on %s", p.alternative(i), text)
						.isEqualTo(p.gateOpen(i, text));
					opened += p.opened(i, scan) ? 1 : 0;
				}
			}
		}
		assertThat(opened).isGreaterThan(100);
	}

	@Test
	void findsTheSameMatchesWhenASinkSearchesTheSamePatternAgain() {
		GatedPattern p = GatedPattern.compile("calm down|as i said", true);
		String text = "as i said, calm down. calm down now";
		List<String> outer = new ArrayList<>();
		List<String> inner = new ArrayList<>();
		p.forEachMatch(text, m -> {
			outer.add(m.start() + "-" + m.end());
			p.forEachMatch(text, n -> inner.add(n.start() + "-" + n.end()));
			outer.add(m.start() + "-" + m.end());
		});
		assertThat(outer).containsExactly("11-20", "11-20", "22-31", "22-31", "0-9", "0-9");
		assertThat(inner).hasSize(9).startsWith("11-20", "22-31", "0-9");
	}
}
