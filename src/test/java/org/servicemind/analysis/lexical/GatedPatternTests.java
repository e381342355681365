package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatedPatternTests {

	@Test
	void splitsOnlyTopLevelAlternatives() {
		assertThat(GatedPattern.splitTopLevel("a(?:b|c)|[|]d|e\\|f")).containsExactly("a(?:b|c)", "[|]d", "e\\|f");
	}

	@Test
	void takesTheLongestRequiredLiteralAsAnchor() {
		assertThat(GatedPattern.anchor("you (?:must|should) have read")).isEqualTo("have read");
		assertThat(GatedPattern.anchor("[^.]{0,40}x")).isNull();
		assertThat(GatedPattern.anchor("that'?s policy")).isEqualTo("s policy");
	}

	@Test
	void derivesAnyOfRequirementsFromMandatoryGroups() {
		assertThat(GatedPattern.requirement("(?:i|we) (?:don'?t|do not) (?:know|care)")).containsExactly("know", "care");
		assertThat(GatedPattern.requirement("(?:a|b)?\\s+x")).isNull();
	}

	@Test
	void neverGatesOutAnAlternativeThatWouldMatch() throws Exception {
		List<String> texts = new ArrayList<>();
		for (String set : List.of("/analysis/never-say.jsonl", "/analysis/never-say-holdout.jsonl", "/analysis/never-say-blind2.jsonl",
				"/analysis/never-say-blind3.jsonl", "/analysis/journal-blind2.jsonl", "/analysis/journal-blind3.jsonl",
				"/analysis/detail-blind2.jsonl",
				"/analysis/journal.jsonl", "/analysis/journal-holdout.jsonl", "/analysis/detail.jsonl")) {
			for (Map<String, Object> row : LabelledSet.read(set)) {
				texts.add(FoldedText.fold((String) row.get("text")));
			}
		}
		List<GatedPattern> patterns = new ArrayList<>();
		NeverSayRules.RULES.forEach(r -> patterns.add(r.pattern()));
		SelfTalkRules.RULES.forEach(r -> patterns.add(r.pattern()));
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
}
