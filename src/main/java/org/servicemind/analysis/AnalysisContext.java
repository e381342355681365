package org.servicemind.analysis;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the engine needs to know besides the text.
 *
 * @param role who wrote the text
 * @param at the instant the text was written; relative due times ("tomorrow") resolve against it
 * @param zone the customer's time zone, used to resolve due times
 * @param calendar business calendar for "end of day", "next business day" and similar
 * @param customerDetailPreference the customer's learned preference, -1 (brief) .. 1 (detailed), 0 when unknown;
 *     brevity of an agent reply is judged against it
 */
public record AnalysisContext(Role role, Instant at, ZoneId zone, BusinessCalendar calendar,
		double customerDetailPreference) {

	/** Context for a text of {@code role} written now, in UTC, on the standard calendar. */
	public static AnalysisContext of(Role role) {
		return new AnalysisContext(role, Instant.now(), ZoneId.of("UTC"), BusinessCalendar.standard(), 0);
	}

	/** Context for a text of {@code role} written at {@code at} in {@code zone}, on the standard calendar. */
	public static AnalysisContext of(Role role, Instant at, ZoneId zone) {
		return new AnalysisContext(role, at, zone, BusinessCalendar.standard(), 0);
	}
}
