package org.servicemind.analysis.lexical;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.servicemind.analysis.BusinessCalendar;

/**
 * Adds working hours ("within 48 working hours", "in 4 business hours") to an instant: only time between the
 * calendar's opening and closing on working days counts; a start outside hours begins at the next opening. Plain
 * {@code java.time}, at most a year of days is walked.
 */
final class BusinessHours {

	private BusinessHours() {
	}

	/** @return {@code now} plus {@code hours} working hours of {@code calendar}, in {@code now}'s zone */
	static ZonedDateTime add(ZonedDateTime now, int hours, BusinessCalendar calendar) {
		Duration left = Duration.ofHours(hours);
		ZonedDateTime cursor = now;
		for (int guard = 0; guard < 366; guard++) {
			ZonedDateTime open = cursor.with(calendar.opens());
			ZonedDateTime close = cursor.with(calendar.closes());
			if (!calendar.isWorkingDay(cursor.toLocalDate()) || !cursor.isBefore(close)) {
				cursor = DueTimeResolver.nextWorkingDay(cursor.toLocalDate(), calendar).atTime(calendar.opens())
					.atZone(now.getZone());
				continue;
			}
			if (cursor.isBefore(open)) {
				cursor = open;
			}
			Duration today = Duration.between(cursor, close);
			if (today.compareTo(left) >= 0) {
				return cursor.plus(left);
			}
			left = left.minus(today);
			cursor = close;
		}
		return cursor;
	}
}
