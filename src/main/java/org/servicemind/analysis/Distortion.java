package org.servicemind.analysis;

/**
 * A cognitive distortion in an agent's self-talk.
 *
 * @param type one of {@code all_or_nothing}, {@code catastrophising}, {@code labelling}, {@code mind_reading},
 *     {@code fortune_telling}, {@code personalisation}, {@code should_statements}, {@code overgeneralisation},
 *     {@code mental_filter}, {@code emotional_reasoning}
 * @param span the text that shows it, equal to {@code text.substring(start, end)}
 * @param start character offset (inclusive)
 * @param end character offset (exclusive)
 * @param reframe a kind question that helps the agent look at it again
 */
public record Distortion(String type, String span, int start, int end, String reframe) {

	/**
	 * @param by characters to move the span on (0 or more; the span text is unchanged)
	 * @return this distortion with {@code start} and {@code end} moved {@code by} characters on
	 */
	public Distortion shifted(int by) {
		return new Distortion(type, span, start + by, end + by, reframe);
	}
}
