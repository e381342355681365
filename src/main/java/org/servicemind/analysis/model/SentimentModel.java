package org.servicemind.analysis.model;

import org.servicemind.analysis.lexical.LexiconSentiment;

/**
 * Customer sentiment, -1 (very negative) .. 1 (very positive), from VADER-style lexicon scores
 * ({@link LexiconSentiment}), text shape ({@link SentimentShape}) and the 384-d sentence embedding. The lexicon is
 * strong on short, emphatic social text; the embedding on reviews and editorial prose, so the engine uses both.
 *
 * <p>The output is the sum of a ridge model ({@value #RESOURCE}) and a small ReLU network ({@value #MLP_RESOURCE},
 * one output) over the same {@link #FEATURES} features ({@link #features}); each part's weights are already scaled by
 * its share of the blend (recorded in the files' headers), so the two outputs are simply added; the sum is clamped to
 * -1..1. Both are trained by {@code TrainSentiment} (see the files' headers for the command) on the VADER dev split
 * (11,740 rated tweets, reviews and editorial sentences, MIT; target mean_sentiment / 4) and on 600 own rated
 * customer support messages by two writers (src/test/resources/analysis/sentiment-support.jsonl and
 * sentiment-support-more.jsonl, own data, written for ServiceMind; target rating / 2.5, i.e. -0.8..0.8 for ratings
 * -2..2; each row weighted 2), which teach it that polite or
 * understated support mail can still be clearly negative.
 * Without an embedding (lexical tier) the lexicon compound score is returned. Thread-safe.
 */
public final class SentimentModel {

	/** Classpath resource of the ridge weights (the ridge part of the blend). */
	public static final String RESOURCE = "/org/servicemind/analysis/model/sentiment.weights";

	/** Classpath resource of the network (the network part of the blend). */
	public static final String MLP_RESOURCE = "/org/servicemind/analysis/model/sentiment-mlp.weights";

	/** Number of lexicon features at the start of the feature vector. */
	public static final int LEXICAL_FEATURES = 8;

	/** Number of features: lexicon, compound times each {@link SentimentShape} value, then the embedding. */
	public static final int FEATURES = LEXICAL_FEATURES + SentimentShape.COUNT + Embedder.DIMENSION;

	private final LinearModel ridge;

	private final EmbeddingMlp mlp;

	/** Loads the committed weights. */
	public SentimentModel() {
		this(LinearModel.load(RESOURCE), EmbeddingMlp.load(MLP_RESOURCE));
	}

	/**
	 * Uses {@code ridge} plus {@code mlp}, both expecting {@link #FEATURES} inputs; {@code mlp} must have one output.
	 *
	 * @throws IllegalArgumentException when a shape does not fit
	 */
	public SentimentModel(LinearModel ridge, EmbeddingMlp mlp) {
		if (ridge.dimension() != FEATURES) {
			throw new IllegalArgumentException("sentiment model has " + ridge.dimension() + " features");
		}
		if (mlp.inputs() != FEATURES || mlp.heads() != 1) {
			throw new IllegalArgumentException("sentiment network has " + mlp.inputs() + " inputs and " + mlp.heads()
					+ " outputs");
		}
		this.ridge = ridge;
		this.mlp = mlp;
	}

	/**
	 * @param text the text scored
	 * @param lexicon the lexicon scores of the text
	 * @param embedding its 384-d embedding, or an empty array when the model tier is off
	 * @return sentiment -1..1
	 */
	public double score(String text, LexiconSentiment.Scores lexicon, float[] embedding) {
		if (embedding.length != Embedder.DIMENSION) {
			return lexicon.compound();
		}
		double[] x = features(text, lexicon, embedding);
		float[] f = new float[x.length];
		for (int i = 0; i < x.length; i++) {
			f[i] = (float) x[i];
		}
		double s = ridge.score(x) + mlp.logits(f)[0];
		return Double.isNaN(s) ? lexicon.compound() : Math.max(-1, Math.min(1, s));
	}

	/**
	 * @return the {@link #FEATURES} features: 8 lexicon features (compound, log positive and negative mass, their
	 *     per-word rates, signed square of the compound, compound damped by length, lexicon hit rate), the compound
	 *     times each {@link SentimentShape} value, then the embedding
	 */
	public static double[] features(String text, LexiconSentiment.Scores lexicon, float[] embedding) {
		double[] x = new double[LEXICAL_FEATURES + SentimentShape.COUNT + embedding.length];
		double words = Math.max(1, lexicon.words());
		double c = lexicon.compound();
		x[0] = c;
		x[1] = Math.log1p(lexicon.positive());
		x[2] = Math.log1p(lexicon.negative());
		x[3] = lexicon.positive() / words;
		x[4] = lexicon.negative() / words;
		x[5] = c * Math.abs(c);
		x[6] = c / Math.log(2 + words);
		x[7] = lexicon.hits() / words;
		double[] shape = SentimentShape.of(text);
		for (int i = 0; i < shape.length; i++) {
			x[LEXICAL_FEATURES + i] = c * shape[i];
		}
		int at = LEXICAL_FEATURES + SentimentShape.COUNT;
		for (int i = 0; i < embedding.length; i++) {
			x[at + i] = embedding[i];
		}
		return x;
	}
}
