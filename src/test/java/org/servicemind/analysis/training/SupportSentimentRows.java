package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SentimentModel;

/**
 * The own rated support-mail rows of {@link TrainSentiment}: src/test/resources/analysis/sentiment-support.jsonl and
 * sentiment-support-more.jsonl (own data by two writers, see that folder's README), rating -2..2 mapped to the target rating / {@value #SCALE} (-0.8..0.8), in
 * the domain {@value #DOMAIN}, every message its own group (so its own CV stratum, dealt round-robin to the folds).
 */
final class SupportSentimentRows {

	static final List<Path> FILES = List.of(Path.of("src/test/resources/analysis/sentiment-support.jsonl"),
			Path.of("src/test/resources/analysis/sentiment-support-more.jsonl"));

	static final String DOMAIN = "support";

	/**
	 * Divisor of the rating: -2 and 2 become -0.8 and 0.8, near the extremes of vader dev's mean_sentiment / 4
	 * targets (which rarely pass ±0.8), and ±1 becomes ±0.4, about the mean of vader's positive and negative targets.
	 */
	static final double SCALE = 2.5;

	private SupportSentimentRows() {
	}

	/** @return {@code vader} with the support rows appended */
	static TrainSentiment.Data append(TrainSentiment.Data vader, Embedder embedder) {
		List<Jsonl.Row> rows = new ArrayList<>();
		try {
			for (Path file : FILES) {
				rows.addAll(Jsonl.read(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> texts = rows.stream().map(Jsonl.Row::text).toList();
		float[][] emb = EmbeddingCache.embed(texts, embedder);
		LexiconSentiment lexicon = new LexiconSentiment();
		int n = vader.y().length;
		double[][] x = Arrays.copyOf(vader.x(), n + rows.size());
		double[] y = Arrays.copyOf(vader.y(), n + rows.size());
		List<String> domain = new ArrayList<>(vader.domain());
		List<String> group = new ArrayList<>(vader.group());
		for (int i = 0; i < rows.size(); i++) {
			x[n + i] = SentimentModel.features(texts.get(i), lexicon.score(texts.get(i)), emb[i]);
			y[n + i] = rows.get(i).label("sentiment") / SCALE;
			domain.add(DOMAIN);
			group.add(DOMAIN + ":" + rows.get(i).id());
		}
		return new TrainSentiment.Data(x, y, domain, group);
	}

	/** @return training weight per row: 1 for vader rows, {@code weight} for support rows */
	static double[] weights(TrainSentiment.Data d, double weight) {
		double[] w = new double[d.y().length];
		for (int i = 0; i < w.length; i++) {
			w[i] = DOMAIN.equals(d.domain().get(i)) ? weight : 1;
		}
		return w;
	}

	/** @return which rows are trained on: all, except the support rows when {@code weight} is 0 */
	static boolean[] trainable(TrainSentiment.Data d, double weight) {
		boolean[] use = new boolean[d.y().length];
		for (int i = 0; i < use.length; i++) {
			use[i] = weight > 0 || !DOMAIN.equals(d.domain().get(i));
		}
		return use;
	}

	/** @return Pearson r and Spearman rho of {@code pred} against the support targets; NaN when there are none */
	static double[] figures(TrainSentiment.Data d, double[] pred) {
		List<Integer> idx = new ArrayList<>();
		for (int i = 0; i < pred.length; i++) {
			if (DOMAIN.equals(d.domain().get(i))) {
				idx.add(i);
			}
		}
		if (idx.size() < 3) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double[] p = idx.stream().mapToDouble(i -> pred[i]).toArray();
		double[] g = idx.stream().mapToDouble(i -> d.y()[i]).toArray();
		return new double[] { Metrics.pearson(p, g), Metrics.spearman(p, g) };
	}
}
