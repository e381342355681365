package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.training.Jsonl;
import org.servicemind.analysis.training.Metrics;

/**
 * Sentiment of the shipped engine (model tier, role customer) on the own rated support mail
 * (src/test/resources/analysis/sentiment-support.jsonl, ratings -2..2). The set is in the sentiment training since
 * sent11b, so these figures are IN-SAMPLE; the honest cross-validated figures are in docs/analysis-quality.md
 * ("sentiment in support mail"). Floors are a little under the measured values.
 */
class SentimentSupportEvaluationTests {

	private static double[] gold;

	private static double[] sentiment;

	@BeforeAll
	static void score() throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(Path.of("src/test/resources/analysis/sentiment-support.jsonl"));
		TextAnalyzer analyzer = TextAnalyzers.standard();
		gold = rows.stream().mapToDouble(r -> r.label("sentiment")).toArray();
		sentiment = rows.stream()
			.mapToDouble(r -> analyzer.analyze(r.text(), AnalysisContext.of(Role.CUSTOMER)).sentiment())
			.toArray();
	}

	@Test
	void ranksRatedSupportMailBySentiment() {
		assertThat(Metrics.spearman(sentiment, gold)).isGreaterThanOrEqualTo(SPEARMAN_FLOOR);
	}

	@Test
	void scoresVeryNegativeMailClearlyNegativeAndVeryPositiveClearlyPositive() {
		assertThat(mean(-2)).as("mean sentiment of -2 rated mail").isLessThan(-0.4);
		assertThat(mean(2)).as("mean sentiment of 2 rated mail").isGreaterThan(0.4);
	}

	@Test
	void keepsTheRatingsInOrderOnAverage() {
		for (int rating = -2; rating < 2; rating++) {
			assertThat(mean(rating)).as("mean of %d below mean of %d", rating, rating + 1).isLessThan(mean(rating + 1));
		}
		assertThat(Math.abs(mean(0))).as("mean sentiment of neutral mail").isLessThan(0.15);
	}

	private static final double SPEARMAN_FLOOR = 0.85;

	private static double mean(int rating) {
		double sum = 0;
		int n = 0;
		for (int i = 0; i < gold.length; i++) {
			if (gold[i] == rating) {
				sum += sentiment[i];
				n++;
			}
		}
		return sum / n;
	}
}
