package org.servicemind.analysis;

import java.util.List;

/**
 * Everything the engine measured about one text. All scalar signals are always within their range, also for
 * empty or junk input. A text without words (no letter or digit after HTML stripping: empty, whitespace including
 * NBSP and zero-width characters, punctuation, emoji, markup only) gets neutral values in both tiers: sentiment,
 * anger, empathy, dismissive, condescending, hostile, antagonize, detail preference and distortion 0; politeness,
 * clarity and brevity 0.5; no findings, commitments or distortions; word count 0. Only emoji of
 * {@code lexical.EmojiTone}'s table change that: they set the sentiment and a floor for anger.
 *
 * @param sentiment -1 (very negative) .. 1 (very positive)
 * @param anger 0..1 intensity of anger or annoyance
 * @param politeness 0..1
 * @param empathy 0..1: acknowledges feelings, apologises with ownership, commits personally
 * @param dismissive 0..1
 * @param condescending 0..1
 * @param hostile 0..1
 * @param antagonize 0..1
 * @param clarity 0..1: short sentences, plain words, little jargon
 * @param brevity 0..1: how well the length fits the customer's detail preference (1 = fits)
 * @param detailPreference -1 (just fix it) .. 1 (wants the long explanation); meaningful for customer text
 * @param distortion 0..1 overall self-talk distortion; meaningful for journal text
 * @param findings never-say findings (agent text only; empty otherwise)
 * @param commitments promises (agent text only; empty otherwise)
 * @param distortions self-talk distortions (journal text only; empty otherwise)
 * @param embedding 384-d sentence embedding (all-MiniLM-L6-v2, L2-normalised), or an empty array when the
 *     model tier is off
 * @param wordCount words in the analysed text
 * @param truncated whether the text was cut to the engine's length limit before analysis
 */
public record MessageAnalysis(double sentiment, double anger, double politeness, double empathy, double dismissive,
		double condescending, double hostile, double antagonize, double clarity, double brevity,
		double detailPreference, double distortion, List<Finding> findings, List<Commitment> commitments,
		List<Distortion> distortions, float[] embedding, int wordCount, boolean truncated) {
}
