package org.servicemind.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro-averaged precision/recall/F1 over labelled sets, counted per label at item level (a predicted label is a true
 * positive when the item's gold set has it), plus the number of items without gold labels that got a prediction.
 * Shared by the evaluation tests and the training commands so every figure is counted the same way.
 */
public final class LabelScores {

	private final Map<String, int[]> perLabel = new TreeMap<>();

	private int tp;

	private int fp;

	private int fn;

	private int clean;

	private int cleanFlagged;

	public void add(Set<String> gold, Set<String> predicted) {
		if (gold.isEmpty()) {
			clean++;
			cleanFlagged += predicted.isEmpty() ? 0 : 1;
		}
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

	/** @return items without gold labels that got at least one prediction */
	public int cleanFlagged() {
		return cleanFlagged;
	}

	public double precision() {
		return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
	}

	public double recall() {
		return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	public String report() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
				"micro P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d); clean items flagged %d/%d%n", precision(), recall(),
				f1(), tp, fp, fn, cleanFlagged, clean));
		perLabel.forEach((label, c) -> b.append(String.format(Locale.ROOT, "  %-20s tp=%3d fp=%3d fn=%3d P=%.2f R=%.2f%n",
				label, c[0], c[1], c[2], c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]),
				c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]))));
		return b.toString();
	}
}
