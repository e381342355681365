package org.servicemind.analysis.model;

/** Model-tier emotion and conversation-health scores, each 0..1. */
public record EmotionScores(double anger, double empathy, double dismissive, double condescending, double hostile,
		double antagonize) {
}
