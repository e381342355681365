package org.servicemind.analysis.lexical;

/** Reads from a customer's message whether they want the long explanation or just want it fixed. */
public final class DetailPreferenceScorer {

	/** @return -1 (brief, just fix it) .. 1 (wants details) */
	public double score(String text) {
		return 0; // TODO implemented by the detail-preference work
	}
}
