package org.servicemind.analysis.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.model.EmbeddingMlp;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SentimentModel;

/**
 * Exploratory (not part of the product): fits the ridge and the averaged network of {@link TrainSentiment} on all of
 * vader dev and prints goemotions/dev {@code auc_valence} (gratitude or admiration vs anger, annoyance or
 * disappointment) of the ridge alone and of the blends, for the network shares of {@link TrainSentiment#SHARES}.
 * Optional arguments: ridge lambda (default 1) and lexicon penalty factor (default 0.01).
 */
final class SentimentValenceCheck {

	private SentimentValenceCheck() {
	}

	public static void main(String[] args) {
		Embedder embedder = new Embedder();
		TrainSentiment.Data d = TrainSentiment.load(embedder);
		double lambda = args.length > 0 ? Double.parseDouble(args[0]) : 1;
		double factor = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		var ridge = Ridge.fit(d.x(), d.y(), all).solve(lambda, TrainSentiment.factors(factor)).model();
		EmbeddingMlp net = TrainSentiment.network(d, all);
		ValenceRows valence = ValenceRows.read();
		List<String> texts = valence.texts();
		List<Boolean> positive = valence.positive();
		float[][] emb = EmbeddingCache.embed(texts, embedder);
		LexiconSentiment lexicon = new LexiconSentiment();
		boolean[] labels = new boolean[texts.size()];
		double[] r = new double[texts.size()];
		double[] n = new double[texts.size()];
		for (int i = 0; i < labels.length; i++) {
			double[] x = SentimentModel.features(texts.get(i), lexicon.score(texts.get(i)), emb[i]);
			r[i] = ridge.score(x);
			n[i] = RegressionMlp.predict(net, x);
			labels[i] = positive.get(i);
		}
		for (double share : TrainSentiment.SHARES) {
			double[] s = new double[labels.length];
			for (int i = 0; i < s.length; i++) {
				s[i] = Math.max(-1, Math.min(1, (1 - share) * r[i] + share * n[i]));
			}
			System.out.printf(Locale.ROOT, "lambda=%s lexical=%s network=%s auc_valence=%.4f (n=%d)%n", lambda, factor,
					share, Metrics.auc(s, labels), s.length);
		}
		System.out.printf(Locale.ROOT, "network alone auc_valence=%.4f%n", Metrics.auc(n, labels));
	}
}
