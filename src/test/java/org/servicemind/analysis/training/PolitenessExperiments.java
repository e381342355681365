package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.lexical.PolitenessNgrams;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PolitenessModel;

/**
 * Exploratory 5-fold CV runs for the politeness model (not part of the product), same folds as
 * {@link TrainPoliteness}. First argument, the run: {@code base} (shipped setting, calibration per domain; writes
 * out-of-fold outputs to /tmp/polite-oof.tsv), {@code interact}, {@code emo}, {@code weight}, {@code irls c lambda
 * iterations}, {@code gbm [width rounds [emb]]} (writes /tmp/polite-gbm.tsv), {@code mlp hidden epochs seeds decay}
 * (writes /tmp/polite-mlp.tsv). Prints one line per setting; results and what was kept: docs/analysis-quality.md.
 */
final class PolitenessExperiments {

	private PolitenessExperiments() {
	}

	public static void main(String[] args) {
		TrainPoliteness.Data d = TrainPoliteness.load(new Embedder());
		int k = PolitenessFeatures.NAMES.length;
		int n = d.y().length;
		boolean[] all = new boolean[n];
		Arrays.fill(all, true);
		String which = args.length > 0 ? args[0] : "base";
		if (which.equals("base")) {
			CrossValidation cv = new CrossValidation(d.full(), d.score(), d.domain(), d.ids(), all);
			double[] raw = cv.predict(3, TrainPoliteness.factors(d.full()[0].length, k, 0.1, 10));
			diagnose(d, raw, "base");
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < n; i++) {
				sb.append(d.ids().get(i)).append('\t').append(raw[i]).append('\n');
			}
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/polite-oof.tsv"), sb);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		if (which.equals("emo")) {
			List<String> texts = Jsonl.read("politeness/dev.jsonl").stream().map(r -> r.path("text").asString(""))
					.toList();
			float[][] emb = EmbeddingCache.embed(texts, new Embedder());
			double[][] e = emotionBlock(d, texts, emb);
			int base = d.full()[0].length;
			for (int width : new int[] { 38, e[0].length }) {
				double[][] x = new double[n][];
				for (int i = 0; i < n; i++) {
					x[i] = Arrays.copyOf(d.full()[i], base + width);
					System.arraycopy(e[i], 0, x[i], base, width);
				}
				CrossValidation cv = new CrossValidation(x, d.score(), d.domain(), d.ids(), all);
				for (double fe : new double[] { 0.1, 1, 3 }) {
					for (double lam : new double[] { 1, 3 }) {
						double[] f = new double[x[0].length];
						System.arraycopy(TrainPoliteness.factors(base, k, 0.1, 10), 0, f, 0, base);
						Arrays.fill(f, base, f.length, fe);
						diagnose(d, cv.predict(lam, f),
								String.format(Locale.ROOT, "emo width=%s lambda=%s emo=%s", width, lam, fe));
					}
				}
			}
		}
		if (which.equals("gbm")) {
			List<String> texts = Jsonl.read("politeness/dev.jsonl").stream().map(r -> r.path("text").asString(""))
					.toList();
			float[][] emb = EmbeddingCache.embed(texts, new Embedder());
			double[][] e = emotionBlock(d, texts, emb);
			CrossValidation cv = new CrossValidation(d.full(), d.score(), d.domain(), d.ids(), all);
			double[] ridge = cv.predict(3, TrainPoliteness.factors(d.full()[0].length, k, 0.1, 10));
			diagnose(d, ridge, "ridge");
			int[] fold = cv.folds();
			int width = Integer.parseInt(args.length > 1 ? args[1] : "38");
			int rounds = Integer.parseInt(args.length > 2 ? args[2] : "300");
			boolean withEmb = args.length > 3 && args[3].equals("emb");
			double[][] g = new double[n][];
			for (int i = 0; i < n; i++) {
				g[i] = new double[k + width + (withEmb ? Embedder.DIMENSION : 0)];
				System.arraycopy(d.full()[i], 0, g[i], 0, k);
				System.arraycopy(e[i], 0, g[i], k, width);
				if (withEmb) {
					System.arraycopy(d.full()[i], k + PolitenessNgrams.BUCKETS, g[i], k + width, Embedder.DIMENSION);
				}
			}
			double[] gb = new double[n];
			for (int f = 0; f < CrossValidation.FOLDS; f++) {
				boolean[] use = new boolean[n];
				for (int i = 0; i < n; i++) {
					use[i] = fold[i] != f;
				}
				Boosting b = new Boosting();
				b.rounds = rounds;
				Boosting.Model m = b.train(g, d.score(), use, 7);
				for (int i = 0; i < n; i++) {
					if (fold[i] == f) {
						gb[i] = m.predict(g[i]);
					}
				}
			}
			dump(d, gb, "/tmp/polite-gbm.tsv");
			for (double a : new double[] { 0, 0.2, 0.3, 0.4, 0.5, 1 }) {
				double[] blend = new double[n];
				for (int i = 0; i < n; i++) {
					blend[i] = (1 - a) * ridge[i] + a * gb[i];
				}
				diagnose(d, blend, String.format(Locale.ROOT, "gbm width=%s rounds=%s emb=%s share=%s", width, rounds,
						withEmb, a));
			}
		}
		if (which.equals("mlp")) {
			CrossValidation cv = new CrossValidation(d.full(), d.score(), d.domain(), d.ids(), all);
			double[] ridge = cv.predict(3, TrainPoliteness.factors(d.full()[0].length, k, 0.1, 10));
			int[] fold = cv.folds();
			int hidden = Integer.parseInt(args[1]);
			int epochs = Integer.parseInt(args[2]);
			int seeds = Integer.parseInt(args[3]);
			double decay = Double.parseDouble(args[4]);
			double[] mean = new double[k];
			double[] sd = new double[k];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < k; j++) {
					mean[j] += d.full()[i][j] / n;
				}
			}
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < k; j++) {
					double c = d.full()[i][j] - mean[j];
					sd[j] += c * c / n;
				}
			}
			float[][] x = new float[n][k + Embedder.DIMENSION];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < k; j++) {
					x[i][j] = (float) ((d.full()[i][j] - mean[j]) / Math.max(1e-6, Math.sqrt(sd[j])) * 0.1);
				}
				for (int j = 0; j < Embedder.DIMENSION; j++) {
					x[i][k + j] = (float) d.full()[i][k + PolitenessNgrams.BUCKETS + j];
				}
			}
			double[] logit = new double[n];
			for (int f = 0; f < CrossValidation.FOLDS; f++) {
				List<float[]> tx = new ArrayList<>();
				List<boolean[]> ty = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					if (fold[i] != f) {
						tx.add(x[i]);
						ty.add(new boolean[] { d.score()[i] > 0, d.score()[i] > 0.5, d.score()[i] > -0.5 });
					}
				}
				for (int seed = 0; seed < seeds; seed++) {
					MlpTrainer t = new MlpTrainer();
					t.hidden = hidden;
					t.epochs = epochs;
					t.decay = decay;
					org.servicemind.analysis.model.EmbeddingMlp m = t.train(tx.toArray(new float[0][]),
							ty.toArray(new boolean[0][]), 11 + seed);
					for (int i = 0; i < n; i++) {
						if (fold[i] == f) {
							double[] l = m.logits(x[i]);
							logit[i] += (l[0] + 0.5 * l[1] + 0.5 * l[2]) / seeds;
						}
					}
				}
			}
			dump(d, logit, "/tmp/polite-mlp.tsv");
			for (double a : new double[] { 0, 0.3, 0.5, 0.7, 1 }) {
				double[] blend = new double[n];
				for (int i = 0; i < n; i++) {
					double p = (1 - a) / (1 + Math.exp(-3 * ridge[i])) + a / (1 + Math.exp(-logit[i]));
					p = Math.max(1e-9, Math.min(1 - 1e-9, p));
					blend[i] = Math.log(p / (1 - p)) / 3;
				}
				diagnose(d, blend, String.format(Locale.ROOT, "mlp hidden=%s epochs=%s seeds=%s decay=%s share=%s",
						hidden, epochs, seeds, decay, a));
			}
		}
		if (which.equals("irls")) {
			double c = Double.parseDouble(args[1]);
			double lambda = Double.parseDouble(args[2]);
			int iterations = Integer.parseInt(args[3]);
			double[] factors = TrainPoliteness.factors(d.full()[0].length, k, 0.1, 10);
			int[] fold = foldsOf(d);
			double[] oof = new double[n];
			for (int f = 0; f < CrossValidation.FOLDS; f++) {
				boolean[] use = new boolean[n];
				for (int i = 0; i < n; i++) {
					use[i] = fold[i] != f;
				}
				org.servicemind.analysis.model.LinearModel m = Ridge.fit(d.full(), d.score(), use).solve(lambda, factors)
						.model();
				for (int it = 0; it < iterations; it++) {
					double[] z = new double[n];
					double[] w = new double[n];
					for (int i = 0; i < n; i++) {
						if (!d.quartile()[i]) {
							z[i] = d.score()[i];
							w[i] = 1;
							continue;
						}
						double sc = m.score(d.full()[i]);
						double p = 1 / (1 + Math.exp(-PolitenessModel.SLOPE * sc));
						double h = Math.max(1e-3, p * (1 - p));
						double y01 = d.y()[i] > 0 ? 1 : 0;
						z[i] = sc + (y01 - p) / (PolitenessModel.SLOPE * h);
						w[i] = c * PolitenessModel.SLOPE * PolitenessModel.SLOPE * h / 2;
					}
					m = Ridge.fit(d.full(), z, use, w).solve(lambda, factors).model();
				}
				for (int i = 0; i < n; i++) {
					if (fold[i] == f) {
						oof[i] = m.score(d.full()[i]);
					}
				}
			}
			diagnose(d, oof, String.format(Locale.ROOT, "irls c=%s lambda=%s iterations=%s", c, lambda, iterations));
		}
		if (which.equals("weight")) {
			double[] f = TrainPoliteness.factors(d.full()[0].length, k, 0.1, 10);
			for (double[] wq : new double[][] { { 2, 1 }, { 3, 1 }, { 1, 2 }, { 2, 2 }, { 1, 0.5 } }) {
				double[] w = new double[n];
				for (int i = 0; i < n; i++) {
					w[i] = ("se".equals(d.domain().get(i)) ? wq[0] : 1) * (d.quartile()[i] ? wq[1] : 1);
				}
				CrossValidation cv = new CrossValidation(d.full(), d.score(), d.domain(), d.ids(), all, w);
				for (double lam : new double[] { 1, 3, 10 }) {
					diagnose(d, cv.predict(lam, f),
							String.format(Locale.ROOT, "weight se=%s quartile=%s lambda=%s", wq[0], wq[1], lam));
				}
			}
		}
		if (which.equals("interact")) {
			double[] t = domainProbability(d);
			for (double c : new double[] { 0, 0.5 }) {
				double[][] x = interact(d, t, k, c);
				CrossValidation cv = new CrossValidation(x, d.score(), d.domain(), d.ids(), all);
				int base = d.full()[0].length;
				for (double li : new double[] { 1, 3, 10 }) {
					for (double lam : new double[] { 1, 3 }) {
						double[] f = new double[x[0].length];
						System.arraycopy(TrainPoliteness.factors(base, k, 0.1, 10), 0, f, 0, base);
						for (int j = base; j < f.length; j++) {
							f[j] = j < base + k ? 0.1 * li : li;
						}
						diagnose(d, cv.predict(lam, f),
								String.format(Locale.ROOT, "interact c=%s lambda=%s inter=%s", c, lam, li));
					}
				}
			}
		}
	}

	/** @return emotion-scorer outputs (6 logits), the emotion MLP's 32 head logits and its 128 hidden units */
	static double[][] emotionBlock(TrainPoliteness.Data d, List<String> texts, float[][] emb) {
		org.servicemind.analysis.model.EmotionScorer scorer = new org.servicemind.analysis.model.EmotionScorer();
		org.servicemind.analysis.model.EmbeddingMlp mlp = org.servicemind.analysis.model.EmbeddingMlp
				.load("/org/servicemind/analysis/model/emotion-mlp.weights");
		double[][] p = mlp.parameters();
		int hidden = p[1].length;
		int n = texts.size();
		double[][] out = new double[n][];
		for (int i = 0; i < n; i++) {
			org.servicemind.analysis.model.EmotionScores s = scorer.score(texts.get(i), emb[i]);
			double[] heads = mlp.logits(emb[i]);
			double[] x = new double[6 + heads.length + hidden];
			double[] six = { s.anger(), s.empathy(), s.dismissive(), s.condescending(), s.hostile(), s.antagonize() };
			for (int j = 0; j < 6; j++) {
				double q = Math.max(1e-6, Math.min(1 - 1e-6, six[j]));
				x[j] = Math.log(q / (1 - q));
			}
			System.arraycopy(heads, 0, x, 6, heads.length);
			for (int j = 0; j < hidden; j++) {
				double z = p[1][j];
				for (int m = 0; m < 384; m++) {
					z += p[0][j * 384 + m] * emb[i][m];
				}
				x[6 + heads.length + j] = Math.max(0, z);
			}
			out[i] = x;
		}
		return out;
	}

	/** Writes id and value per line, for blending runs outside Java. */
	static void dump(TrainPoliteness.Data d, double[] v, String file) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < v.length; i++) {
			sb.append(d.ids().get(i)).append('\t').append(v[i]).append('\n');
		}
		try {
			java.nio.file.Files.writeString(java.nio.file.Path.of(file), sb);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** @return the fold of every item, as {@link CrossValidation} assigns them */
	static int[] foldsOf(TrainPoliteness.Data d) {
		double[][] one = new double[d.y().length][1];
		boolean[] all = new boolean[one.length];
		Arrays.fill(all, true);
		return new CrossValidation(one, d.score(), d.domain(), d.ids(), all).folds();
	}

	/** @return out-of-fold ridge estimate of "Stack Exchange-like" (0..1) from the embedding and strategies */
	static double[] domainProbability(TrainPoliteness.Data d) {
		int k = PolitenessFeatures.NAMES.length;
		int n = d.y().length;
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double[] f = d.full()[i];
			x[i] = new double[k + Embedder.DIMENSION];
			System.arraycopy(f, 0, x[i], 0, k);
			System.arraycopy(f, k + PolitenessNgrams.BUCKETS, x[i], k, Embedder.DIMENSION);
			y[i] = "se".equals(d.domain().get(i)) ? 1 : 0;
		}
		boolean[] all = new boolean[n];
		Arrays.fill(all, true);
		double[] p = new CrossValidation(x, y, d.domain(), d.ids(), all).predict(1);
		int right = 0;
		for (int i = 0; i < n; i++) {
			p[i] = Math.max(0, Math.min(1, p[i]));
			if ((p[i] >= 0.5) == (y[i] > 0)) {
				right++;
			}
		}
		System.out.printf(Locale.ROOT, "domain probability: accuracy %.4f%n", (double) right / n);
		return p;
	}

	/** @return full features followed by (t - c) x strategies and (t - c) x embedding */
	static double[][] interact(TrainPoliteness.Data d, double[] t, int k, double c) {
		int n = d.y().length;
		double[][] x = new double[n][];
		for (int i = 0; i < n; i++) {
			double[] f = d.full()[i];
			double[] g = Arrays.copyOf(f, f.length + k + Embedder.DIMENSION);
			double s = t[i] - c;
			for (int j = 0; j < k; j++) {
				g[f.length + j] = s * f[j];
			}
			for (int j = 0; j < Embedder.DIMENSION; j++) {
				g[f.length + k + j] = s * f[k + PolitenessNgrams.BUCKETS + j];
			}
			x[i] = g;
		}
		return x;
	}

	/** Prints acc/auc per domain at raw ≥ 0, mean raw of each class, and the best threshold on raw per domain. */
	static double[] diagnose(TrainPoliteness.Data d, double[] raw, String label) {
		double[] e = TrainPoliteness.evaluate(d, raw);
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
				"%s acc_wiki=%.4f acc_se=%.4f auc_wiki=%.4f auc_se=%.4f", label, e[0], e[1], e[2], e[3]));
		for (String dom : new String[] { "wiki", "se" }) {
			List<double[]> items = new ArrayList<>();
			double mp = 0;
			double mn = 0;
			int np = 0;
			for (int i = 0; i < raw.length; i++) {
				if (d.quartile()[i] && dom.equals(d.domain().get(i))) {
					items.add(new double[] { raw[i], d.y()[i] });
					if (d.y()[i] > 0) {
						mp += raw[i];
						np++;
					}
					else {
						mn += raw[i];
					}
				}
			}
			items.sort((a, b) -> Double.compare(a[0], b[0]));
			int m = items.size();
			int pos = np;
			int right = pos;
			int best = right;
			double bestT = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < m; i++) {
				right += items.get(i)[1] > 0 ? -1 : 1;
				if (right > best) {
					best = right;
					bestT = items.get(i)[0];
				}
			}
			sb.append(String.format(Locale.ROOT, " | %s mean+=%.3f mean-=%.3f best=%.4f@%.3f", dom, mp / np,
					mn / (m - np), (double) best / m, bestT));
		}
		System.out.println(sb);
		return e;
	}
}
