package org.servicemind.analysis.training;

/** The metrics of ../shared/datasets/score.py, in Java: Pearson r, accuracy at a threshold, ROC-AUC. */
final class Metrics {

	private Metrics() {
	}

	/** @return Pearson's r of {@code a} and {@code b}, NaN when either is constant */
	static double pearson(double[] a, double[] b) {
		int n = a.length;
		double ma = 0;
		double mb = 0;
		for (int i = 0; i < n; i++) {
			ma += a[i];
			mb += b[i];
		}
		ma /= n;
		mb /= n;
		double sab = 0;
		double saa = 0;
		double sbb = 0;
		for (int i = 0; i < n; i++) {
			sab += (a[i] - ma) * (b[i] - mb);
			saa += (a[i] - ma) * (a[i] - ma);
			sbb += (b[i] - mb) * (b[i] - mb);
		}
		return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
	}

	/** @return fraction of items where {@code score >= threshold} equals {@code positive} */
	static double accuracy(double[] score, boolean[] positive, double threshold) {
		int right = 0;
		for (int i = 0; i < score.length; i++) {
			if (score[i] >= threshold == positive[i]) {
				right++;
			}
		}
		return (double) right / score.length;
	}

	/** @return ROC-AUC (ties count one half) */
	static double auc(double[] score, boolean[] positive) {
		long pos = 0;
		long neg = 0;
		double wins = 0;
		for (int i = 0; i < score.length; i++) {
			if (!positive[i]) {
				continue;
			}
			pos++;
			for (int j = 0; j < score.length; j++) {
				if (!positive[j]) {
					wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
				}
			}
		}
		for (boolean p : positive) {
			if (!p) {
				neg++;
			}
		}
		return wins / (pos * neg);
	}
}
