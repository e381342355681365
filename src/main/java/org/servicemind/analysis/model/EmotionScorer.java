package org.servicemind.analysis.model;

/** Scores anger, empathy and conversation health from text and its embedding. Thread-safe. */
public final class EmotionScorer {

	/**
	 * @param text the (possibly truncated) text
	 * @param embedding its 384-d embedding, or an empty array when the model tier is off
	 */
	public EmotionScores score(String text, float[] embedding) {
		return new EmotionScores(0, 0, 0, 0, 0, 0); // TODO implemented by the emotion-model work
	}
}
