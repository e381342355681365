package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a phrase-model threshold at text level, on exactly what the engine's model tier adds: for each text whose
 * rules did not already report the category, its score is the highest out-of-fold score of the category over the
 * text's sentences the rules left unflagged (the only ones the engine classifies); the text counts as a true addition
 * when it is labelled with the category, a false one otherwise (every clean text, including the extra negatives, can
 * only add false ones). The threshold is the lowest such score at which the additions keep the target precision
 * ({@link PrecisionThreshold#best}), so its counts are texts, not sentences.
 */
final class AdditionThreshold {

	private AdditionThreshold() {
	}

	/**
	 * @param oof the category's out-of-fold score of every example (same order as {@code examples})
	 * @param ruleSpans per item, the spans the rule tier reports
	 * @param target precision the additions must keep, in (0, 1]
	 */
	static PrecisionThreshold of(double[] oof, List<TrainPhraseModels.Example> examples, List<PhraseFamily.Item> items,
			List<List<PhraseFamily.Span>> ruleSpans, String category, double target) {
		double[] best = new double[items.size()];
		java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
		for (int k = 0; k < examples.size(); k++) {
			TrainPhraseModels.Example e = examples.get(k);
			if (!e.whole() && !e.ruleCovered()) {
				best[e.item()] = Math.max(best[e.item()], oof[k]);
			}
		}
		List<double[]> scored = new ArrayList<>();
		int positives = 0;
		for (int i = 0; i < items.size(); i++) {
			boolean rulesFound = ruleSpans.get(i).stream().anyMatch(s -> s.category().equals(category));
			if (rulesFound) {
				continue;
			}
			int y = items.get(i).gold().contains(category) ? 1 : 0;
			positives += y;
			if (best[i] > Double.NEGATIVE_INFINITY) {
				scored.add(new double[] { best[i], y });
			}
		}
		return PrecisionThreshold.best(scored, positives, target);
	}
}
