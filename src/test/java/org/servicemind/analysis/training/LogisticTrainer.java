package org.servicemind.analysis.training;

import java.util.List;
import java.util.Random;

import org.servicemind.analysis.model.EmotionFeatures;

/**
 * Binary logistic regression over {@link EmotionFeatures} (embedding + lexical + hashed buckets), trained with
 * AdaGrad and L2 (separate strengths for the dense and the hashed block), a fixed seed and a fixed number of
 * epochs, so a run is reproducible.
 */
final class LogisticTrainer {

	/** One training example: optional embedding, sparse features and 0/1 label. */
	record Example(float[] embedding, EmotionFeatures.Sparse sparse) {
	}

	double rate = 0.05;

	double l2Dense = 1e-5;

	double l2Hashed = 1e-5;

	int epochs = 6;

	boolean useEmbedding = true;

	boolean useHashed = true;

	/** @return {@code [bias, w_0 … w_{D-1}]} */
	double[] train(List<Example> examples, boolean[] labels, long seed) {
		int d = EmotionFeatures.DIMENSION;
		double[] w = new double[d + 1];
		double[] g2 = new double[d + 1];
		java.util.Arrays.fill(g2, 1e-6);
		int n = examples.size();
		int[] order = Shuffles.identity(n);
		Random random = new Random(seed);
		for (int epoch = 0; epoch < epochs; epoch++) {
			Shuffles.shuffle(order, random);
			for (int k : order) {
				Example ex = examples.get(k);
				double z = w[0] + dot(w, ex);
				double p = 1 / (1 + Math.exp(-z));
				double g = p - (labels[k] ? 1 : 0);
				update(w, g2, 0, g, 0);
				if (useEmbedding) {
					float[] e = ex.embedding();
					for (int i = 0; i < e.length; i++) {
						update(w, g2, 1 + i, g * e[i], l2Dense);
					}
				}
				double[] lex = ex.sparse().lexical();
				for (int i = 0; i < lex.length; i++) {
					update(w, g2, 1 + EmotionFeatures.LEXICAL_OFFSET + i, g * lex[i], l2Dense);
				}
				int[] b = useHashed ? ex.sparse().buckets() : new int[0];
				float[] v = ex.sparse().values();
				for (int i = 0; i < b.length; i++) {
					update(w, g2, 1 + EmotionFeatures.HASHED_OFFSET + b[i], g * v[i], l2Hashed);
				}
			}
		}
		return w;
	}

	private void update(double[] w, double[] g2, int i, double grad, double l2) {
		double g = grad + l2 * w[i];
		g2[i] += g * g;
		w[i] -= rate * g / Math.sqrt(g2[i]);
	}

	double dot(double[] w, Example ex) {
		double z = 0;
		if (useEmbedding) {
			float[] e = ex.embedding();
			for (int i = 0; i < e.length; i++) {
				z += w[1 + i] * e[i];
			}
		}
		double[] lex = ex.sparse().lexical();
		for (int i = 0; i < lex.length; i++) {
			z += w[1 + EmotionFeatures.LEXICAL_OFFSET + i] * lex[i];
		}
		int[] b = useHashed ? ex.sparse().buckets() : new int[0];
		float[] v = ex.sparse().values();
		for (int i = 0; i < b.length; i++) {
			z += w[1 + EmotionFeatures.HASHED_OFFSET + b[i]] * v[i];
		}
		return z;
	}

	/** @return the logit of every example under {@code w} */
	double[] logits(double[] w, List<Example> examples) {
		double[] out = new double[examples.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = w[0] + dot(w, examples.get(i));
		}
		return out;
	}
}
