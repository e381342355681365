package org.servicemind.analysis.lexical;

/** Clarity (readability, sentence length, jargon) and brevity of a reply. */
public final class ClarityScorer {

	/** @return 0 (hard to read) .. 1 (clear) */
	public double clarity(String text) {
		return 0.5; // TODO implemented by the clarity work
	}

	/**
	 * @param customerDetailPreference -1 (brief) .. 1 (detailed), 0 when unknown
	 * @return 0 (length far from what the customer prefers) .. 1 (fits)
	 */
	public double brevity(String text, double customerDetailPreference) {
		return 0.5; // TODO implemented by the clarity work
	}
}
