package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;
import org.servicemind.analysis.LabelScores;

class SelfTalkAnalyzerEvaluationTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@ValueSource(strings = { "/analysis/journal.jsonl", "/analysis/journal-holdout.jsonl", "/analysis/journal-blind2.jsonl",
			"/analysis/journal-blind3.jsonl", "/analysis/journal-more.jsonl",
			"/analysis/journal-indirect.jsonl", "/analysis/journal-indirect2.jsonl", "/analysis/journal-indirect3.jsonl",
			"/analysis/journal-indirect4.jsonl", "/analysis/journal-dev6.jsonl" })
	void reachesTargetF1OnLabelledJournalEntries(String set) throws Exception {
		List<Map<String, Object>> rows = LabelledSet.read(set);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(set.endsWith("s.jsonl") || set.endsWith("l.jsonl") ? 300 : 25);
		LabelScores scores = new LabelScores();
		StringBuilder misses = new StringBuilder();
		double healthy = 0;
		int healthyCount = 0;
		double distorted = 0;
		for (Map<String, Object> row : rows) {
			String text = (String) row.get("text");
			Set<String> gold = new HashSet<>(LabelledSet.strings(row, "distortions"));
			SelfTalk result = analyzer.analyze(text);
			Set<String> predicted = new HashSet<>();
			for (Distortion d : result.distortions()) {
				predicted.add(d.type());
				assertThat(text.substring(d.start(), d.end())).isEqualTo(d.span());
			}
			scores.add(gold, predicted);
			if (gold.isEmpty()) {
				healthy += result.distortion();
				healthyCount++;
			}
			else {
				distorted += result.distortion();
			}
			if (!gold.equals(predicted)) {
				misses.append(row.get("id")).append(" gold=").append(gold).append(" got=").append(predicted)
					.append(" | ").append(text).append('\n');
			}
		}
		double meanHealthy = healthy / healthyCount;
		double meanDistorted = distorted / (rows.size() - healthyCount);
		System.out.printf("[self-talk] %s: %d entries, %smean distortion healthy=%.3f distorted=%.3f%n", set, rows.size(),
				scores.report(), meanHealthy, meanDistorted);
		if (Boolean.getBoolean("servicemind.eval.verbose")) {
			System.out.println(misses);
		}
		assertThat(scores.f1()).isGreaterThanOrEqualTo(0.8);
		assertThat(meanHealthy).isLessThan(0.15);
		assertThat(meanDistorted).isGreaterThan(0.4);
	}
}
