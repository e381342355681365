package org.servicemind.analysis.training;

import java.util.List;

/** A decision threshold of a phrase classifier and its out-of-fold sentence-level counts. */
record PrecisionThreshold(double value, int tp, int fp, int positives) {

	boolean usable() {
		return tp >= TrainPhraseModels.MIN_TRUE_POSITIVES;
	}

	double precision() {
		return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
	}

	double recall() {
		return positives == 0 ? 0 : (double) tp / positives;
	}

	/**
	 * The lowest threshold whose out-of-fold precision is at least {@link TrainPhraseModels#TARGET_PRECISION}.
	 * @param scored pairs of (score, label 0/1); sorted in place, highest score first
	 */
	static PrecisionThreshold best(List<double[]> scored, int positives) {
		return best(scored, positives, TrainPhraseModels.TARGET_PRECISION);
	}

	/**
	 * The lowest threshold whose out-of-fold precision is at least {@code target}.
	 * @param scored pairs of (score, label 0/1); sorted in place, highest score first
	 * @param target precision to keep, in (0, 1]
	 */
	static PrecisionThreshold best(List<double[]> scored, int positives, double target) {
		scored.sort((a, b) -> Double.compare(b[0], a[0]));
		int tp = 0;
		int fp = 0;
		PrecisionThreshold best = new PrecisionThreshold(Double.POSITIVE_INFINITY, 0, 0, positives);
		for (int k = 0; k < scored.size(); k++) {
			tp += scored.get(k)[1] > 0 ? 1 : 0;
			fp += scored.get(k)[1] > 0 ? 0 : 1;
			boolean tie = k + 1 < scored.size() && scored.get(k + 1)[0] == scored.get(k)[0];
			if (!tie && scored.get(k)[1] > 0 && (double) tp / (tp + fp) >= target) {
				double next = k + 1 < scored.size() ? scored.get(k + 1)[0] : scored.get(k)[0] - 1;
				best = new PrecisionThreshold((scored.get(k)[0] + next) / 2, tp, fp, positives);
			}
		}
		return best;
	}
}
