package org.servicemind.analysis.model;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.servicemind.analysis.training.EmbeddingCache;
import org.servicemind.analysis.training.Jsonl;
import org.servicemind.analysis.training.Metrics;

/**
 * Development aid, not part of the build's checks: coordinate search over a coarse grid of combination
 * coefficients for one unhealthy attribute, tuned on even rows of unhealthy/dev and checked on odd rows (the
 * dataset is evaluation-only; only the few printed coefficients are carried into {@link EmotionScorer} by hand).
 * Args: attribute, then input names (model logits anger/empathy/disapproval/amusement or lexical indices).
 */
final class CombinationExplorer {

	private static final double[] GRID = { -1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3 };

	public static void main(String[] args) throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(EmotionEvaluation.DATASETS.resolve("unhealthy/dev.jsonl"));
		float[][] emb = EmbeddingCache.embed("unhealthy-dev", rows.stream().map(Jsonl.Row::text).toList(),
				new Embedder());
		EmotionScorer scorer = new EmotionScorer();
		String attribute = args[0];
		List<String> inputs = List.of(args).subList(1, args.length);
		double[][] x = new double[rows.size()][inputs.size()];
		boolean[] y = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			EmotionScorer.Signals s = scorer.signals(rows.get(i).text(), emb[i]);
			for (int k = 0; k < inputs.size(); k++) {
				x[i][k] = switch (inputs.get(k)) {
					case "anger" -> s.anger();
					case "empathy" -> s.empathy();
					case "disapproval" -> s.disapproval();
					case "amusement" -> s.amusement();
					case "tc" -> s.toneCondescending();
					case "td" -> s.toneDismissive();
					default -> inputs.get(k).startsWith("h") ? s.head(Integer.parseInt(inputs.get(k).substring(1)))
							: s.lexical()[Integer.parseInt(inputs.get(k))];
				};
			}
			y[i] = rows.get(i).label(attribute) == 1;
		}
		double[] c = new double[inputs.size()];
		c[0] = 1;
		double best = auc(x, y, c, 0);
		for (int pass = 0; pass < 3; pass++) {
			for (int k = 1; k < c.length; k++) {
				for (double g : GRID) {
					double keep = c[k];
					c[k] = g;
					double a = auc(x, y, c, 0);
					if (a > best + 1e-4) {
						best = a;
					}
					else {
						c[k] = keep;
					}
				}
			}
		}
		StringBuilder out = new StringBuilder(attribute + ":");
		for (int k = 0; k < c.length; k++) {
			out.append(' ').append(inputs.get(k)).append('=').append(c[k]);
		}
		System.out.println(out);
		System.out.printf(Locale.ROOT, "tuned half %.4f, other half %.4f, all %.4f, first input alone %.4f%n", best,
				auc(x, y, c, 1), auc(x, y, c, -1), auc(x, y, unit(c.length), -1));
	}

	private static double[] unit(int n) {
		double[] c = new double[n];
		c[0] = 1;
		return c;
	}

	/** @param parity 0 even rows, 1 odd rows, -1 all */
	private static double auc(double[][] x, boolean[] y, double[] c, int parity) {
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			n += parity < 0 || i % 2 == parity ? 1 : 0;
		}
		double[] s = new double[n];
		boolean[] t = new boolean[n];
		int j = 0;
		for (int i = 0; i < x.length; i++) {
			if (parity < 0 || i % 2 == parity) {
				for (int k = 0; k < c.length; k++) {
					s[j] += c[k] * x[i][k];
				}
				t[j++] = y[i];
			}
		}
		return Metrics.auc(s, t);
	}
}
