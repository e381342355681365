package org.servicemind.analysis.lexical;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import org.servicemind.analysis.BusinessCalendar;

/**
 * Due times that depend on the speaker or on the rest of the reply rather than on the calendar alone: the end of the
 * agent's own working day ("before I log off", "before my shift ends": the calendar's close today, or an hour from
 * the reference once it has passed) and "the same day", "that evening", "the same afternoon" (the day of the promise
 * before it in the reply, else a day named earlier in the sentence; close, 21:00 or close that day). Own conventions.
 */
final class SpeakerDays {

	private SpeakerDays() {
	}

	/** "before I log off": C today, or an hour from now once C has passed; "the same day": {@code previous}'s day. */
	static ZonedDateTime resolve(String region, ZonedDateTime now, BusinessCalendar calendar,
			ZonedDateTime previous, String lower, int from) {
		if (has(region, "before", "by the time") && TimePatterns.END_OF_MY_DAY.matcher(region).find()) {
			ZonedDateTime close = at(now.toLocalDate(), calendar.closes(), now);
			return close.isAfter(now) ? close : now.plusHours(1);
		}
		if (!has(region, "same", "that")) {
			return null;
		}
		Matcher m = TimePatterns.SAME_DAY.matcher(region);
		if (!m.find()) {
			return null;
		}
		if (previous == null) {
			// the day named earlier in the sentence ("goes out on Monday and ... the same evening")
			previous = from > 0 ? DueTimeResolver.resolve(lower, 0, from, now, calendar, null) : null;
		}
		if (previous == null) {
			return null;
		}
		LocalTime time = switch (m.group(1)) {
			case "morning" -> LocalTime.NOON;
			case "evening", "night" -> LocalTime.of(21, 0);
			default -> calendar.closes();
		};
		ZonedDateTime due = ZonedDateTime.of(previous.withZoneSameInstant(now.getZone()).toLocalDate(), time,
				now.getZone());
		return due.isAfter(now) ? due : null;
	}

	private static boolean has(String text, String... cues) {
		for (String cue : cues) {
			if (text.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	private static ZonedDateTime at(java.time.LocalDate date, LocalTime time, ZonedDateTime now) {
		return ZonedDateTime.of(date, time, now.getZone());
	}
}
