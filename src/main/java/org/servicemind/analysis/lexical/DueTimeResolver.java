package org.servicemind.analysis.lexical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import org.servicemind.analysis.BusinessCalendar;

/**
 * Resolves the time expression of a promise ("tomorrow morning", "by Friday", "within 3 business days", "before
 * 5pm") to a due instant in the customer's zone, with plain {@code java.time}: durations in hours and minutes are
 * exact elapsed time, day arithmetic keeps the wall-clock time, and the zone rules handle daylight-saving changes.
 *
 * <p>Rules, with C = {@link BusinessCalendar#closes()}, O = {@link BusinessCalendar#opens()}, "today" the customer's
 * local date:
 * <ul>
 * <li>durations ("in 2 hours", "within 24h", "within 3 days", "in a fortnight", "within the hour", "give me ten
 * minutes") are added to the reference instant; "a few" is 3, "a couple" 2, a range ("3-5 days") takes its upper
 * bound; business or working days count working days after today (today counts when it is a working day and O has
 * not come yet) and end at C;</li>
 * <li>"shortly", "right away", "asap", "immediately", "in a moment": reference + 1 hour; bare "soon" and "later"
 * name no time (null);</li>
 * <li>"today", "end of day", "EOD", "COB", "close of business": C today, or C of the next working day when today is
 * not a working day or C has passed; a later day in the same clause wins ("end of day Friday");</li>
 * <li>"this morning" 12:00, "this afternoon" C, "tonight"/"this evening" 21:00, each today or, once past, on the next
 * working day; "in the morning" said after 05:00 means tomorrow 12:00; "first thing" is O + 1 hour;</li>
 * <li>"tomorrow": that calendar day (even a Saturday), C unless a time or part of the day is named; weekday names
 * ("by Friday", "on Monday", "next Tuesday"): the next such day after today ("this Friday" on a Friday is today);
 * "next business day": C that day;</li>
 * <li>"this week", "end of the week", "within the week", "before the weekend": C on the last working day of this
 * week; "next week"/"end of next week": C on the last working day of next week; "early next week": its second
 * working day; "start of next week": its first; "over the weekend": C on Sunday; "after the weekend": C on Monday;
 * "end of the month"/"end of the year": C on its last working day;</li>
 * <li>dates ("2026-12-03", "December 3rd", "3 Dec", "the 14th"): C that day, rolled into next year or month when
 * already past; clock times ("before 5pm", "by 3:30 pm", "17:00", "noon", "half past four", "by 4", where a bare
 * hour 1-7 means afternoon; "between 8 and 10" takes the end of the range) apply to the named day, else to today,
 * or the next working day when already past.</li>
 * </ul>
 *
 * <p>Also: "now", "right away", "straight away", "immediately": reference + 10 minutes; "overnight": O the next
 * morning; "before I log off/leave/finish": C today (an hour from the reference once C has passed); "the same
 * day/evening", "that afternoon": the day of the previous promise in the reply; chat shorthand ("b4", "tmw", "arvo",
 * "EOW") via {@link TimePatterns#normalise}; holidays, parts of months and seasons via {@link NamedPeriods}.
 *
 * <p>Why not a library (natty, prettytime-nlp): see docs/analysis/commitments.md. Only bounded regular expressions
 * are used, so a clause is resolved in time linear in its length.
 */
final class DueTimeResolver {

	private DueTimeResolver() {
	}

	/** @return the due time named in {@code lower} from {@code from} up to, not including, {@code to}, or null when it names none */
	static ZonedDateTime resolve(String lower, int from, int to, ZonedDateTime now, BusinessCalendar calendar) {
		return resolve(lower, from, to, now, calendar, null);
	}

	/**
	 * As {@link #resolve(String, int, int, ZonedDateTime, BusinessCalendar)}; "the same day/evening" and "that
	 * afternoon" take the day of {@code previous} (the due of the promise before this one in the reply, may be null).
	 */
	static ZonedDateTime resolve(String lower, int from, int to, ZonedDateTime now, BusinessCalendar calendar,
			ZonedDateTime previous) {
		if (from >= to) {
			return null;
		}
		String region = TimePatterns.normalise(lower.substring(from, to));
		ZonedDateTime special = SpeakerDays.resolve(region, now, calendar, previous, lower, from);
		if (special != null) {
			return special;
		}
		if (region.contains("time tom") && TimePatterns.THIS_TIME_TOMORROW.matcher(region).find()) {
			return now.plusDays(1);
		}
		ZonedDateTime byDuration = duration(region, now, calendar);
		if (byDuration != null) {
			return byDuration;
		}
		LocalTime part = partOfDay(region, calendar);
		LocalTime clock = ClockTimes.clockTime(region, part);
		DayAnchor anchor = dayAnchor(region, now, calendar, clock, part);
		if (anchor == null && now.getHour() >= 5 && TimePatterns.IN_THE_MORNING.matcher(region).find()) {
			anchor = new DayAnchor(now.toLocalDate().plusDays(1), false);
		}
		if (anchor == null && region.contains("overnight") && TimePatterns.OVERNIGHT.matcher(region).find()) {
			anchor = new DayAnchor(now.getHour() < 5 ? now.toLocalDate() : now.toLocalDate().plusDays(1), false);
			part = part != null ? part : calendar.opens();
		}
		if (anchor == null) {
			if (clock == null && part == null) {
				if (immediate(region)) {
					return now.plusMinutes(10);
				}
				return ClockTimes.has(region, "short", "right", "straight", "immediate", "asap", "as soon", "moment", "minute",
						"bit", "while", "no time", "prompt", "delay", "after", "earliest", "soonest", "priority",
						"urgent", "few") && TimePatterns.SOON.matcher(region).find() ? now.plusHours(1) : null;
			}
			LocalTime time = clock != null ? clock : part;
			ZonedDateTime today = at(now.toLocalDate(), time, now);
			if (today.isAfter(now)) {
				return today;
			}
			return at(nextWorkingDay(now.toLocalDate(), calendar), time, now);
		}
		if (clock == null && part == null && region.contains("for ") && immediate(region)
				&& TimePatterns.FOR_SLOT.matcher(region).find()) {
			return now.plusMinutes(10); // "booking your slot for the 2nd now": the booking is now
		}
		LocalTime time = clock != null ? clock : part != null ? part : calendar.closes();
		ZonedDateTime due = at(anchor.date(), time, now);
		if (anchor.rollsOver() && !due.isAfter(now)) {
			return at(nextWorkingDay(now.toLocalDate(), calendar), time, now);
		}
		return due;
	}

	private record DayAnchor(LocalDate date, boolean rollsOver) {
	}

	/** Zones whose customers write the month first in numeric dates (the United States and its territories). */
	private static boolean monthFirst(ZonedDateTime now) {
		String id = now.getZone().getId();
		return id.startsWith("America/") && !id.startsWith("America/Sao_Paulo") && !id.startsWith("America/Argentina")
				&& !id.equals("America/Mexico_City") && !id.equals("America/Bogota") && !id.equals("America/Lima")
				&& !id.equals("America/Santiago") && !id.equals("America/Caracas") || id.startsWith("US/")
				|| id.equals("Pacific/Honolulu");
	}

	/** Every match of {@link TimePatterns#PART_OF_DAY} begins with one of these. */
	static final String[] PART_OF_DAY_STARTS = { "morning", "afternoon", "evening", "tonight", "after lunch" };

	/** Every match of {@link TimePatterns#IMMEDIATE} begins with one of these. */
	static final String[] IMMEDIATE_STARTS = { "now", "right away", "straight", "immediately", "at once", "this minute",
			"this instant", "in a ", "in two ticks", "give ", "gimme" };

	private static boolean immediate(String region) {
		return ClockTimes.has(region, "now", "right", "straight", "immediate", "once", "minute", "instant", "sec", "tick",
				"jiffy", " mo", "gimme", "give") && ClockTimes.findsAt(TimePatterns.IMMEDIATE, region,
				IMMEDIATE_STARTS);
	}


	private static ZonedDateTime at(LocalDate date, LocalTime time, ZonedDateTime now) {
		return ZonedDateTime.of(date, time, now.getZone());
	}

	static LocalDate nextWorkingDay(LocalDate after, BusinessCalendar calendar) {
		LocalDate d = after.plusDays(1);
		for (int i = 0; i < 30 && !calendar.isWorkingDay(d); i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static ZonedDateTime duration(String region, ZonedDateTime now, BusinessCalendar calendar) {
		if (!ClockTimes.hasDigit(region) && !ClockTimes.has(region, "hour", "day", "week", "fortnight", "month", "min", "hr")) {
			return null;
		}
		Matcher the = TimePatterns.THE_UNIT.matcher(region);
		if (the.find()) {
			return switch (the.group(1)) {
				case "hour" -> now.plusHours(1);
				case "fortnight" -> now.plusWeeks(2);
				default -> now.plusMonths(1);
			};
		}
		Matcher m = TimePatterns.DURATION.matcher(region);
		if (!m.find()) {
			return null;
		}
		String count = m.group(2);
		int amount = TimePatterns.number(count);
		String unit = m.group(3);
		if (count.startsWith("half")) {
			return unit.startsWith("h") ? now.plusMinutes(30) : null;
		}
		if (unit.endsWith("hour") || unit.endsWith("hours")) {
			if (unit.startsWith("business") || unit.startsWith("working") || unit.startsWith("office")) {
				return BusinessHours.add(now, amount, calendar);
			}
		}
		else if (unit.startsWith("business") || unit.startsWith("working") || unit.startsWith("work")
				|| unit.startsWith("bank")) {
			LocalDate d = now.toLocalDate();
			if (calendar.isWorkingDay(d) && now.toLocalTime().isBefore(calendar.opens())) {
				amount--; // before opening, today is the first business day
			}
			for (int i = 0; i < amount; i++) {
				d = nextWorkingDay(d, calendar);
			}
			return at(d, calendar.closes(), now);
		}
		if (unit.startsWith("m")) {
			return now.plusMinutes(amount);
		}
		if (unit.startsWith("h")) {
			return now.plusHours(amount);
		}
		if (unit.startsWith("w")) {
			return now.plusWeeks(amount);
		}
		if (unit.startsWith("f")) {
			return now.plusWeeks(2L * amount);
		}
		return now.plusDays(amount);
	}

	private static LocalTime partOfDay(String region, BusinessCalendar calendar) {
		if ((region.contains(" am") || region.contains(" pm")) && !ClockTimes.hasDigit(region)) {
			Matcher ampm = TimePatterns.DAY_AM_PM.matcher(region);
			if (ampm.find()) {
				return ampm.group(1).equals("am") ? LocalTime.NOON : calendar.closes(); // "Monday AM", "tmrw pm"
			}
		}
		if (!ClockTimes.has(region, "first thing", "morning", "afternoon", "evening", "tonight", "after lunch")) {
			return null;
		}
		if (ClockTimes.findsAt(TimePatterns.FIRST_THING, region, "first thing")) {
			return calendar.opens().plusHours(1);
		}
		Matcher m = ClockTimes.firstAt(TimePatterns.PART_OF_DAY, region, PART_OF_DAY_STARTS);
		if (m == null) {
			return null;
		}
		return switch (m.group(1)) {
			case "morning" -> LocalTime.NOON;
			case "afternoon", "after lunch" -> calendar.closes();
			default -> LocalTime.of(21, 0);
		};
	}

	private static DayAnchor dayAnchor(String region, ZonedDateTime now, BusinessCalendar calendar, LocalTime clock,
			LocalTime part) {
		LocalTime timeOfDay = clock != null ? clock : part;
		LocalDate today = now.toLocalDate();
		int best = Integer.MAX_VALUE;
		DayAnchor anchor = null;
		boolean tomorrow = ClockTimes.has(region, "tom", "tmr");
		if (tomorrow && TimePatterns.DAY_AFTER_TOMORROW.matcher(region).find()) {
			return new DayAnchor(today.plusDays(2), false);
		}
		Matcher m = find(TimePatterns.TOMORROW, region, tomorrow);
		if (m != null) {
			best = m.start();
			anchor = new DayAnchor(today.plusDays(1), false);
		}
		m = find(TimePatterns.NEXT_WORKING_DAY, region, region.contains("next"));
		if (m != null && m.start() < best) {
			best = m.start();
			anchor = new DayAnchor(nextWorkingDay(today, calendar), false);
		}
		m = find(TimePatterns.WEEKDAY, region, ClockTimes.has(region, "day", "mon", "tue", "wed", "thu", "fri"));
		if (m != null && m.start() < best) {
			best = m.start();
			DayOfWeek dow = TimePatterns.weekday(m.group(2));
			boolean thisOne = "this".equals(m.group(1)) && dow == today.getDayOfWeek();
			boolean laterToday = m.group(1) == null && dow == today.getDayOfWeek() && timeOfDay != null
					&& timeOfDay.isAfter(now.toLocalTime()); // "Thursday evening" said on Thursday morning
			LocalDate day = thisOne || laterToday ? today : today.with(TemporalAdjusters.next(dow));
			if (region.startsWith(" week", m.end()) && TimePatterns.WEEKDAY_WEEK.matcher(region).region(m.start(2),
					region.length()).lookingAt()) {
				day = day.plusWeeks(1); // "Tuesday week"
			}
			anchor = new DayAnchor(day, thisOne);
		}
		if (region.contains("week")) {
			m = TimePatterns.WEEK.matcher(region);
			while (m.find() && m.start() < best) {
				if (m.group(1) != null || m.group(2) != null) {
					best = m.start();
					anchor = week(m.group(1), m.group(2), m.group(3), today, calendar);
					break;
				}
			}
		}
		m = find(TimePatterns.MONTH_END, region, region.contains("month"));
		if (m != null && m.start() < best) {
			best = m.start();
			LocalDate base = m.group(1) != null || m.group(2) != null ? today.plusMonths(1) : today;
			anchor = new DayAnchor(lastWorkingDayOnOrBefore(base.with(TemporalAdjusters.lastDayOfMonth()), calendar),
					true);
		}
		m = find(TimePatterns.YEAR_END, region, region.contains("year"));
		if (m != null && m.start() < best) {
			best = m.start();
			anchor = new DayAnchor(lastWorkingDayOnOrBefore(today.withDayOfYear(today.lengthOfYear()), calendar),
					true);
		}
		m = find(TimePatterns.MIDWEEK, region, region.contains("week"));
		if (m != null && m.start() < best) {
			best = m.start();
			LocalDate wednesday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
			anchor = new DayAnchor(wednesday, false); // "by midweek": this week's Wednesday, or next week's
		}
		NamedPeriods.Match named = NamedPeriods.find(region, today, now.getZone(), calendar);
		if (named != null && named.start() < best) {
			best = named.start();
			anchor = new DayAnchor(named.date(), false);
		}
		TimePatterns.DateMatch date = ClockTimes.hasDigit(region) ? TimePatterns.date(region, today, monthFirst(now)) : null;
		if (date != null && date.start() < best) {
			best = date.start();
			boolean before = region.startsWith("before ", Math.max(0, date.start() - 7))
					|| region.startsWith("before the ", Math.max(0, date.start() - 11));
			boolean after = region.startsWith("after ", Math.max(0, date.start() - 6))
					|| region.startsWith("after the ", Math.max(0, date.start() - 10));
			anchor = new DayAnchor(before ? lastWorkingDayOnOrBefore(date.date().minusDays(1), calendar)
					: after ? nextWorkingDay(date.date(), calendar) : date.date(), false); // "before the 23rd"
		}
		m = find(TimePatterns.TODAY, region,
				ClockTimes.has(region, "today", "day", "eod", "cob", "eob", "close", "play", "business"));
		if (m != null && (anchor == null || (m.group().endsWith("today") && m.start() < best))) {
			// "end of day Friday" names Friday; only the word "today" outranks a later day
			anchor = calendar.isWorkingDay(today) || clock != null ? new DayAnchor(today, true)
					: new DayAnchor(nextWorkingDay(today, calendar), false);
		}
		return anchor;
	}

	/** @return a matcher positioned on the first match, or null when {@code cue} is false or nothing matches */
	private static Matcher find(java.util.regex.Pattern pattern, String region, boolean cue) {
		if (!cue) {
			return null;
		}
		Matcher m = pattern.matcher(region);
		return m.find() ? m : null;
	}


	private static DayAnchor week(String lead, String which, String unit, LocalDate today,
			BusinessCalendar calendar) {
		boolean next = "next".equals(which);
		if ("weekend".equals(unit)) {
			LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			if (next) {
				sunday = sunday.plusWeeks(1);
			}
			if (lead != null && lead.startsWith("after")) {
				return new DayAnchor(nextWorkingDay(sunday, calendar), false);
			}
			if (lead != null && (lead.startsWith("by") || lead.startsWith("before"))) {
				return new DayAnchor(lastWorkingDayOnOrBefore(sunday, calendar), true);
			}
			return new DayAnchor(sunday, false);
		}
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (next) {
			monday = monday.plusWeeks(1);
		}
		if (next && lead != null
				&& (lead.startsWith("early") || lead.contains("start") || lead.contains("beginning"))) {
			LocalDate d = monday.minusDays(1);
			for (int i = 0; i < (lead.startsWith("early") ? 2 : 1); i++) {
				d = nextWorkingDay(d, calendar);
			}
			return new DayAnchor(d, false);
		}
		LocalDate last = lastWorkingDayOnOrBefore(monday.plusDays(6), calendar);
		if (!next && last.isBefore(today)) {
			return new DayAnchor(nextWorkingDay(today, calendar), false);
		}
		return new DayAnchor(last, !next);
	}

	private static LocalDate lastWorkingDayOnOrBefore(LocalDate d, BusinessCalendar calendar) {
		for (int i = 0; i < 30 && !calendar.isWorkingDay(d); i++) {
			d = d.minusDays(1);
		}
		return d;
	}
}
