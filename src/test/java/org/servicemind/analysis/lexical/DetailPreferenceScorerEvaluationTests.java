package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailPreferenceScorerEvaluationTests {

	private final DetailPreferenceScorer scorer = new DetailPreferenceScorer();

	@ParameterizedTest
	@ValueSource(strings = { "/analysis/detail.jsonl", "/analysis/detail-blind2.jsonl" })
	void separatesBriefFromDetailedCustomersWithTargetAuc(String set) throws Exception {
		List<Map<String, Object>> rows = LabelledSet.read(set);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(set.endsWith("detail.jsonl") ? 100 : 10);
		List<Double> detailed = new ArrayList<>();
		List<Double> brief = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			double s = scorer.score((String) row.get("text"));
			assertThat(s).isBetween(-1.0, 1.0);
			("detailed".equals(row.get("preference")) ? detailed : brief).add(s);
		}
		double wins = 0;
		for (double d : detailed) {
			for (double b : brief) {
				wins += d > b ? 1 : d == b ? 0.5 : 0;
			}
		}
		double auc = wins / (detailed.size() * (double) brief.size());
		System.out.printf("[detail-preference] %s: %d messages (%d detailed, %d brief), ROC-AUC=%.3f%n", set, rows.size(),
				detailed.size(), brief.size(), auc);
		assertThat(auc).isGreaterThanOrEqualTo(0.85);
	}
}
