package org.servicemind.analysis.training;

import java.util.Arrays;
import java.util.Comparator;

/** Pearson r, accuracy, ROC-AUC (ties count half, as score.py) and Spearman correlation with average ranks. */
public final class Metrics {

	private Metrics() {
	}

	/** @return Pearson's r of {@code a} and {@code b}, NaN when either is constant */
	public static double pearson(double[] a, double[] b) {
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
	public static double accuracy(double[] score, boolean[] positive, double threshold) {
		int right = 0;
		for (int i = 0; i < score.length; i++) {
			if (score[i] >= threshold == positive[i]) {
				right++;
			}
		}
		return (double) right / score.length;
	}

	public static double auc(double[] scores, boolean[] positive) {
		double[] ranks = ranks(scores);
		double sum = 0;
		long pos = 0;
		for (int i = 0; i < scores.length; i++) {
			if (positive[i]) {
				sum += ranks[i];
				pos++;
			}
		}
		long neg = scores.length - pos;
		if (pos == 0 || neg == 0) {
			return Double.NaN;
		}
		return (sum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
	}

	public static double spearman(double[] a, double[] b) {
		double[] ra = ranks(a);
		double[] rb = ranks(b);
		double ma = Arrays.stream(ra).average().orElse(0);
		double mb = Arrays.stream(rb).average().orElse(0);
		double num = 0;
		double da = 0;
		double db = 0;
		for (int i = 0; i < ra.length; i++) {
			num += (ra[i] - ma) * (rb[i] - mb);
			da += (ra[i] - ma) * (ra[i] - ma);
			db += (rb[i] - mb) * (rb[i] - mb);
		}
		return num / Math.sqrt(da * db);
	}

	/** @return 1-based ranks, ties averaged */
	public static double[] ranks(double[] x) {
		Integer[] idx = new Integer[x.length];
		for (int i = 0; i < idx.length; i++) {
			idx[i] = i;
		}
		Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
		double[] r = new double[x.length];
		int i = 0;
		while (i < idx.length) {
			int j = i;
			while (j + 1 < idx.length && x[idx[j + 1]] == x[idx[i]]) {
				j++;
			}
			double avg = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				r[idx[k]] = avg;
			}
			i = j + 1;
		}
		return r;
	}
}
