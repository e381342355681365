package org.servicemind.analysis.lexical;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Micro-averaged precision/recall/F1 over labelled sets, counted per label at item level. */
final class SetScores {

	private final Map<String, int[]> perLabel = new TreeMap<>();

	private int tp;

	private int fp;

	private int fn;

	void add(Set<String> gold, Set<String> predicted) {
		for (String p : predicted) {
			boolean hit = gold.contains(p);
			tp += hit ? 1 : 0;
			fp += hit ? 0 : 1;
			perLabel.computeIfAbsent(p, k -> new int[3])[hit ? 0 : 1]++;
		}
		for (String g : gold) {
			if (!predicted.contains(g)) {
				fn++;
				perLabel.computeIfAbsent(g, k -> new int[3])[2]++;
			}
		}
	}

	double precision() {
		return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
	}

	double recall() {
		return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	String report() {
		StringBuilder b = new StringBuilder(String.format("micro precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d)%n",
				precision(), recall(), f1(), tp, fp, fn));
		perLabel.forEach((label, c) -> b.append(String.format("  %-20s tp=%3d fp=%3d fn=%3d%n", label, c[0], c[1], c[2])));
		return b.toString();
	}
}
