package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Finding;
import org.servicemind.analysis.LabelScores;

class NeverSayGuardEvaluationTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	@ParameterizedTest
	@ValueSource(strings = { "/analysis/never-say.jsonl", "/analysis/never-say-holdout.jsonl", "/analysis/never-say-blind2.jsonl",
			"/analysis/never-say-blind3.jsonl", "/analysis/never-say-blind4.jsonl", "/analysis/never-say-more.jsonl",
			"/analysis/never-say-check.jsonl", "/analysis/never-say-unseen.jsonl",
			"/analysis/never-say-dev6.jsonl" })
	void reachesTargetPrecisionAndRecallOnLabelledReplies(String set) throws Exception {
		List<Map<String, Object>> rows = LabelledSet.read(set);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(set.endsWith("s.jsonl") || set.endsWith("l.jsonl") ? 300 : 30);
		LabelScores scores = new LabelScores();
		StringBuilder misses = new StringBuilder();
		for (Map<String, Object> row : rows) {
			String text = (String) row.get("text");
			Set<String> gold = new HashSet<>(LabelledSet.strings(row, "categories"));
			Set<String> predicted = new HashSet<>();
			for (Finding f : guard.scan(text)) {
				predicted.add(f.category());
				assertThat(text.substring(f.start(), f.end())).isEqualTo(f.span());
			}
			scores.add(gold, predicted);
			if (!gold.equals(predicted)) {
				misses.append(row.get("id")).append(" gold=").append(gold).append(" got=").append(predicted)
					.append(" | ").append(text.replace('\n', ' ')).append('\n');
			}
		}
		System.out.println("[never-say] " + set + ": " + rows.size() + " replies, " + scores.report());
		if (Boolean.getBoolean("servicemind.eval.verbose")) {
			System.out.println(misses);
		}
		assertThat(scores.precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(scores.recall()).isGreaterThanOrEqualTo(0.8);
	}
}
