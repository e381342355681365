package org.servicemind.analysis.model;

import org.servicemind.analysis.lexical.LexiconSentiment;

/**
 * Customer sentiment, -1 (very negative) .. 1 (very positive): a ridge model over VADER-style lexicon scores
 * ({@link LexiconSentiment}) and the 384-d sentence embedding. The lexicon is strong on short, emphatic social text;
 * the embedding on reviews and editorial prose, so the engine uses both. Weights: resource
 * {@value #RESOURCE}, trained on the VADER dev split (MIT) by {@code TrainSentiment} (see its header for the
 * command). Without an embedding the lexicon compound score is returned. Thread-safe.
 */
public final class SentimentModel {

	/** Classpath resource of the weights. */
	public static final String RESOURCE = "/org/servicemind/analysis/model/sentiment.weights";

	/** Number of lexicon features in front of the embedding. */
	public static final int LEXICAL_FEATURES = 8;

	private final LinearModel model;

	/** Loads the committed weights. */
	public SentimentModel() {
		this(LinearModel.load(RESOURCE));
	}

	/** Uses {@code model}, which must expect {@link #LEXICAL_FEATURES} + {@link Embedder#DIMENSION} features. */
	public SentimentModel(LinearModel model) {
		if (model.dimension() != LEXICAL_FEATURES + Embedder.DIMENSION) {
			throw new IllegalArgumentException("sentiment model has " + model.dimension() + " features");
		}
		this.model = model;
	}

	/**
	 * @param lexicon the lexicon scores of the text
	 * @param embedding its 384-d embedding, or an empty array when the model tier is off
	 * @return sentiment -1..1
	 */
	public double score(LexiconSentiment.Scores lexicon, float[] embedding) {
		if (embedding.length != Embedder.DIMENSION) {
			return lexicon.compound();
		}
		return Math.max(-1, Math.min(1, model.score(features(lexicon, embedding))));
	}

	/** @return the feature vector: lexicon features, then the embedding */
	public static double[] features(LexiconSentiment.Scores lexicon, float[] embedding) {
		double[] x = new double[LEXICAL_FEATURES + embedding.length];
		double words = Math.max(1, lexicon.words());
		x[0] = lexicon.compound();
		x[1] = Math.log1p(lexicon.positive());
		x[2] = Math.log1p(lexicon.negative());
		x[3] = lexicon.positive() / words;
		x[4] = lexicon.negative() / words;
		x[5] = lexicon.compound() * Math.abs(lexicon.compound());
		x[6] = lexicon.compound() / Math.log(2 + words);
		x[7] = lexicon.hits() / words;
		for (int i = 0; i < embedding.length; i++) {
			x[LEXICAL_FEATURES + i] = embedding[i];
		}
		return x;
	}
}
