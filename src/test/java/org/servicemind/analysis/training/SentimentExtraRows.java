package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.model.EmbeddingMlp;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SentimentModel;
import tools.jackson.databind.JsonNode;

/**
 * Exploratory (not part of the product): adds GoEmotions train rows (CC BY 4.0) with a clear valence (gratitude or
 * admiration: +{@link #LEVEL}; anger, annoyance or disappointment: -{@link #LEVEL}; neither or both: left out) to
 * the sentiment training rows with weight {@code w} (first argument), always trained on and never scored; prints the
 * vader 5-fold CV r of the blends as {@link TrainSentiment} does, then goemotions/dev auc_valence of the fit on all.
 */
final class SentimentExtraRows {

	/** Target of a valence row: about the mean of the positive (negative) vader dev targets, 0.367 (-0.355). */
	static final double LEVEL = 0.36;

	private SentimentExtraRows() {
	}

	record Valence(List<String> texts, double[] y) {
	}

	static Valence valence(String file) {
		List<String> texts = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (JsonNode r : Jsonl.read(file)) {
			boolean pos = r.path("gratitude").asInt() == 1 || r.path("admiration").asInt() == 1;
			boolean neg = r.path("anger").asInt() == 1 || r.path("annoyance").asInt() == 1
					|| r.path("disappointment").asInt() == 1;
			if (pos != neg) {
				texts.add(r.path("text").asString(""));
				y.add(pos ? LEVEL : -LEVEL);
			}
		}
		return new Valence(texts, y.stream().mapToDouble(Double::doubleValue).toArray());
	}

	public static void main(String[] args) {
		double w = Double.parseDouble(args[0]);
		Embedder embedder = new Embedder();
		TrainSentiment.Data d = TrainSentiment.load(embedder);
		Valence v = valence("goemotions/train.jsonl");
		float[][] emb = EmbeddingCache.embed(v.texts(), embedder);
		LexiconSentiment lexicon = new LexiconSentiment();
		int n = d.y().length;
		int m = v.y().length;
		double[][] x = Arrays.copyOf(d.x(), n + m);
		double[] y = Arrays.copyOf(d.y(), n + m);
		double[] weight = new double[n + m];
		Arrays.fill(weight, 0, n, 1);
		Arrays.fill(weight, n, n + m, w);
		List<String> domain = new ArrayList<>(d.domain());
		List<String> group = new ArrayList<>(d.group());
		for (int i = 0; i < m; i++) {
			x[n + i] = SentimentModel.features(v.texts().get(i), lexicon.score(v.texts().get(i)), emb[i]);
			y[n + i] = v.y()[i];
			domain.add("goemotions");
			group.add("goemotions:" + i);
		}
		System.out.println("valence rows " + m + " weight " + w);
		boolean[] all = new boolean[n + m];
		Arrays.fill(all, true);
		CrossValidation cv = new CrossValidation(x, y, domain, group, all, weight);
		int[] fold = cv.folds();
		double[] net = new double[n + m];
		for (int f = 0; f < CrossValidation.FOLDS; f++) {
			boolean[] use = new boolean[n + m];
			for (int i = 0; i < n + m; i++) {
				use[i] = fold[i] != f;
			}
			EmbeddingMlp model = network(x, y, use, weight);
			for (int i = 0; i < n; i++) {
				if (fold[i] == f) {
					net[i] = RegressionMlp.predict(model, x[i]);
				}
			}
		}
		TrainSentiment.Data vd = new TrainSentiment.Data(Arrays.copyOf(x, n), Arrays.copyOf(y, n), d.domain(), d.group());
		System.out.println("network alone " + TrainSentiment.format(TrainSentiment.perDomain(vd, Arrays.copyOf(net, n))));
		double[] ridge = cv.predict(1, TrainSentiment.factors(0.01));
		for (double share : TrainSentiment.SHARES) {
			double[] p = new double[n];
			for (int i = 0; i < n; i++) {
				p[i] = Math.max(-1, Math.min(1, (1 - share) * ridge[i] + share * net[i]));
			}
			System.out.printf(Locale.ROOT, "w=%s lambda=1 network=%s %s%n", w, share,
					TrainSentiment.format(TrainSentiment.perDomain(vd, p)));
		}
		var fullRidge = Ridge.fit(x, y, all, weight).solve(1, TrainSentiment.factors(0.01)).model();
		EmbeddingMlp fullNet = network(x, y, all, weight);
		Valence dev = valence("goemotions/dev.jsonl");
		float[][] devEmb = EmbeddingCache.embed(dev.texts(), embedder);
		boolean[] labels = new boolean[dev.y().length];
		double[] r = new double[labels.length];
		double[] q = new double[labels.length];
		for (int i = 0; i < labels.length; i++) {
			double[] f = SentimentModel.features(dev.texts().get(i), lexicon.score(dev.texts().get(i)), devEmb[i]);
			r[i] = fullRidge.score(f);
			q[i] = RegressionMlp.predict(fullNet, f);
			labels[i] = dev.y()[i] > 0;
		}
		for (double share : TrainSentiment.SHARES) {
			double[] s = new double[labels.length];
			for (int i = 0; i < s.length; i++) {
				s[i] = (1 - share) * r[i] + share * q[i];
			}
			System.out.printf(Locale.ROOT, "w=%s network=%s auc_valence=%.4f%n", w, share, Metrics.auc(s, labels));
		}
	}

	static EmbeddingMlp network(double[][] x, double[] y, boolean[] use, double[] weight) {
		List<EmbeddingMlp> nets = new ArrayList<>();
		for (int s = 0; s < TrainSentiment.SEEDS; s++) {
			nets.add(TrainSentiment.trainer().train(x, y, use, weight, 11 + s));
		}
		return RegressionMlp.average(nets, 1);
	}
}
