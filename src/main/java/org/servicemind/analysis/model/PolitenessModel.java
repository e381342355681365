package org.servicemind.analysis.model;

import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.lexical.PolitenessNgrams;

/**
 * Politeness 0..1 (0.5 is the boundary between the impolite and the polite quartile): the logistic of a ridge model
 * over {@link PolitenessFeatures}, the hashed word n-grams of {@link PolitenessNgrams} and the 384-d sentence
 * embedding, or over the strategy features and n-grams alone when the model tier is off. Weights: resources {@value #RESOURCE} and {@value #LEXICAL_RESOURCE}, trained on the Stanford
 * Politeness Corpus dev split (CC BY 4.0) by {@code TrainPoliteness} (command in their headers). Thread-safe.
 */
public final class PolitenessModel {

	/** Weights over strategy features and embedding. */
	public static final String RESOURCE = "/org/servicemind/analysis/model/politeness.weights";

	/** Weights over strategy features and n-grams only (lexical tier). */
	public static final String LEXICAL_RESOURCE = "/org/servicemind/analysis/model/politeness-lexical.weights";

	/** Slope of the logistic that maps the ridge output (about -1 impolite .. 1 polite) to 0..1. */
	public static final double SLOPE = 3;

	private final LinearModel full;

	private final LinearModel lexical;

	/** Loads the committed weights. */
	public PolitenessModel() {
		this(LinearModel.load(RESOURCE), LinearModel.load(LEXICAL_RESOURCE));
	}

	PolitenessModel(LinearModel full, LinearModel lexical) {
		int n = PolitenessFeatures.NAMES.length + PolitenessNgrams.BUCKETS;
		if (full.dimension() != n + Embedder.DIMENSION || lexical.dimension() != n) {
			throw new IllegalArgumentException("politeness weights do not match the features");
		}
		this.full = full;
		this.lexical = lexical;
	}

	/**
	 * @param text the text
	 * @param lexicon its lexicon sentiment scores
	 * @param embedding its 384-d embedding, or an empty array when the model tier is off
	 * @return politeness 0..1
	 */
	public double score(String text, LexiconSentiment.Scores lexicon, float[] embedding) {
		double[] strategies = PolitenessFeatures.extract(text, lexicon);
		PolitenessNgrams.Sparse ngrams = PolitenessNgrams.sparse(text);
		boolean dense = embedding.length == Embedder.DIMENSION;
		int s = strategies.length;
		int g = ngrams.buckets().length;
		int[] index = new int[s + g + (dense ? embedding.length : 0)];
		double[] value = new double[index.length];
		for (int i = 0; i < s; i++) {
			index[i] = i;
			value[i] = strategies[i];
		}
		for (int i = 0; i < g; i++) {
			index[s + i] = s + ngrams.buckets()[i];
			value[s + i] = ngrams.values()[i];
		}
		if (dense) {
			int offset = s + PolitenessNgrams.BUCKETS;
			for (int i = 0; i < embedding.length; i++) {
				index[s + g + i] = offset + i;
				value[s + g + i] = embedding[i];
			}
		}
		// the sparse sum skips only zero n-gram entries, which add exactly 0: same result as the dense w·x
		double raw = (dense ? full : lexical).score(index, value);
		return 1 / (1 + Math.exp(-SLOPE * raw));
	}

	/** @return the strategy features followed by the hashed n-grams: the input of the lexical-tier weights */
	public static double[] lexicalFeatures(String text, LexiconSentiment.Scores lexicon) {
		double[] strategies = PolitenessFeatures.extract(text, lexicon);
		double[] ngrams = PolitenessNgrams.extract(text);
		double[] x = new double[strategies.length + ngrams.length];
		System.arraycopy(strategies, 0, x, 0, strategies.length);
		System.arraycopy(ngrams, 0, x, strategies.length, ngrams.length);
		return x;
	}

	/** @return lexical features ({@link #lexicalFeatures}) followed by the embedding */
	public static double[] features(double[] strategies, float[] embedding) {
		double[] x = new double[strategies.length + embedding.length];
		System.arraycopy(strategies, 0, x, 0, strategies.length);
		for (int i = 0; i < embedding.length; i++) {
			x[strategies.length + i] = embedding[i];
		}
		return x;
	}
}
