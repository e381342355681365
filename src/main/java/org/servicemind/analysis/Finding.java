package org.servicemind.analysis;

/**
 * A phrase an agent should never send.
 *
 * @param category e.g. {@code blaming_policy}, {@code calm_down}, {@code not_my_job}, {@code you_should_have},
 *     {@code as_i_said}, {@code sarcasm}, {@code belittling}, {@code vague_dont_know}
 * @param span the exact text found, equal to {@code text.substring(start, end)}
 * @param start character offset (inclusive) in the analysed text
 * @param end character offset (exclusive) in the analysed text
 * @param why one sentence on why it hurts the customer
 * @param suggestion a better wording the agent can use instead
 */
public record Finding(String category, String span, int start, int end, String why, String suggestion) {

	/**
	 * @param by characters to move the span on (0 or more; the span text is unchanged)
	 * @return this finding with {@code start} and {@code end} moved {@code by} characters on
	 */
	public Finding shifted(int by) {
		return new Finding(category, span, start + by, end + by, why, suggestion);
	}
}
