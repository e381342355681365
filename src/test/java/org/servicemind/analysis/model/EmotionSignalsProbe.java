package org.servicemind.analysis.model;

/** Test-only access to the emotion scorer's intermediate signals, for sentiment feature experiments. */
public final class EmotionSignalsProbe {

	private static final EmotionScorer SCORER = new EmotionScorer();

	private EmotionSignalsProbe() {
	}

	/** @return the six linear logits (anger, empathy, disapproval, amusement, two tones), then the MLP heads */
	public static double[] logits(String text, float[] embedding) {
		EmotionScorer.Signals s = SCORER.signals(text, embedding);
		double[] h = s.heads();
		double[] out = new double[6 + h.length];
		out[0] = s.anger();
		out[1] = s.empathy();
		out[2] = s.disapproval();
		out[3] = s.amusement();
		out[4] = s.toneCondescending();
		out[5] = s.toneDismissive();
		System.arraycopy(h, 0, out, 6, h.length);
		return out;
	}
}
