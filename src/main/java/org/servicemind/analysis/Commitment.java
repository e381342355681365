package org.servicemind.analysis;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A promise an agent made in a reply ("I'll call you back tomorrow morning").
 *
 * @param span the promising sentence or clause, equal to {@code text.substring(start, end)}
 * @param start character offset (inclusive)
 * @param end character offset (exclusive)
 * @param what short description of the promised action, e.g. "call back"
 * @param due when it is due, in the customer's zone, or {@code null} when the text names no time
 * @param confidence 0..1 that this is a real commitment
 */
public record Commitment(String span, int start, int end, String what, @Nullable OffsetDateTime due,
		double confidence) {

	/**
	 * @param by characters to move the span on (0 or more; the span text is unchanged)
	 * @return this commitment with {@code start} and {@code end} moved {@code by} characters on
	 */
	public Commitment shifted(int by) {
		return new Commitment(span, start + by, end + by, what, due, confidence);
	}
}
