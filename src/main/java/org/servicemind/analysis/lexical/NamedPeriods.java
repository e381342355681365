package org.servicemind.analysis.lexical;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicemind.analysis.BusinessCalendar;

/**
 * Deadlines named by a period rather than a date: public holidays, parts of a month and seasons. Each resolves to
 * one working day (the due is that day's close, see {@link DueTimeResolver}); own conventions, chosen so the day lies
 * inside the window a customer would accept:
 * <ul>
 * <li>"before/by Christmas" and "over Christmas": the last working day before 25 December; "Christmas Eve" 24
 * December; "after Christmas" or "between Christmas and New Year" the first working day after 26 December;
 * "by New Year", "before the new year", "New Year's Eve" the last working day of the year; "after New Year",
 * "in the new year", "after the holidays" the first working day after 1 January; "before/after Thanksgiving" the
 * working day before / after the fourth Thursday of November;</li>
 * <li>parts of a month ("start of January", "early next month", "mid-December", "middle of the month", "end of
 * March", "late January", "in February"): the first working day of that month (1 January counts as closed), the
 * first working day on or after the 15th, the last working day, the first working day on or after the 15th for
 * "in"; "by/before January" the last working day before the month starts; a month already past means next year's;
 * </li>
 * <li>seasons (meteorological: in the northern hemisphere spring is March-May, summer June-August, autumn/fall
 * September-November, winter December-February; shifted by six months for zones in the southern hemisphere):
 * "by/before spring" the last working day before it starts, "early/start of spring" its first working day, "end of
 * summer" its last working day, "in/during/this/over the winter" the first working day on or after its middle
 * (the 15th of its second month). A season in progress counts as this one unless "next" is said.</li>
 * </ul>
 * Matching is over lower-cased text with bounded regular expressions (linear time).
 */
final class NamedPeriods {

	/** A named period found in a clause: where its phrase starts and the working day it resolves to. */
	record Match(int start, LocalDate date) {
	}

	private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
			+ "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

	private static final Pattern HOLIDAY = Pattern.compile("\\b(?:(before|by|until|till|ahead of|prior to|after|over"
			+ "|between|during|around|in|into)\\s+)?(?:the\\s+)?(?<!chinese |lunar |jewish |persian |islamic |hindu )(christmas eve|christmas|xmas|x-mas|new year's eve|new years eve"
			+ "|new year|new years|the holidays|holidays|thanksgiving)(?:'s)?(?!\\s*(?:party|card|present|gift|sale"
			+ "|bonus|tree|lights))\\b");

	private static final Pattern MONTH_PART = Pattern.compile("\\b(?:(by the start of|by the beginning of|the start of"
			+ "|start of|beginning of|the beginning of|early|earlier in|the first week of|first week of|mid|middle of"
			+ "|the middle of|halfway through|end of|the end of|by the end of|by end of|late|later in|the last week of"
			+ "|last week of|in|during|by|before|until|till|throughout)[\\s-]+)(?:(?:the|this)\\s+)?(next\\s+)?("
			+ MONTH_NAMES + "|month)\\b(?!\\s*\\d)");

	private static final Pattern SEASON = Pattern.compile("\\b(?:(by the start of|start of|the start of|beginning of"
			+ "|the beginning of|early|end of|the end of|by the end of|late|by|before|until|in|during|over|this|over the"
			+ "|in the|during the|through|throughout)\\s+)(?:(?:the|this)\\s+)?(next\\s+|coming\\s+)?(spring|summer"
			+ "|autumn|fall|winter)\\b(?!\\s*(?:sale|collection|range|term|time|schedule|catalogue|catalog|clothes))");

	private NamedPeriods() {
	}

	/** @return the earliest named period in {@code region} that resolves, or null */
	static Match find(String region, LocalDate today, ZoneId zone, BusinessCalendar calendar) {
		boolean holiday = region.contains("christmas") || region.contains("xmas") || region.contains("x-mas")
				|| region.contains("new year") || region.contains("holidays") || region.contains("thanksgiving");
		boolean month = region.contains("month") || hasMonthName(region);
		boolean season = region.contains("spring") || region.contains("summer") || region.contains("autumn")
				|| region.contains("fall") || region.contains("winter");
		if (!holiday && !month && !season) {
			return null;
		}
		Match best = null;
		Matcher m = HOLIDAY.matcher(region);
		if (holiday && m.find()) {
			best = new Match(m.start(), holiday(m.group(1), m.group(2), today, calendar));
		}
		m = MONTH_PART.matcher(region);
		while (month && m.find() && (best == null || m.start() < best.start())) {
			LocalDate d = monthPart(m.group(1), m.group(2) != null, m.group(3), today, calendar);
			if (d != null) {
				best = new Match(m.start(), d);
				break;
			}
		}
		m = SEASON.matcher(region);
		if (season && m.find() && (best == null || m.start() < best.start())) {
			best = new Match(m.start(), season(m.group(1), m.group(2) != null, m.group(3), today, zone, calendar));
		}
		return best;
	}

	private static final String[] MONTH_PREFIXES = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec" };

	/** Whether a month's first three letters begin a word of {@code region}, followed by no more than it spells. */
	private static boolean hasMonthName(String region) {
		for (String prefix : MONTH_PREFIXES) {
			for (int i = region.indexOf(prefix); i >= 0; i = region.indexOf(prefix, i + 1)) {
				if (i == 0 || !Character.isLetter(region.charAt(i - 1))) {
					return true;
				}
			}
		}
		return false;
	}

	private static LocalDate holiday(String lead, String name, LocalDate today, BusinessCalendar calendar) {
		boolean after = "after".equals(lead) || "between".equals(lead) || "into".equals(lead);
		if (name.startsWith("thanksgiving")) {
			LocalDate t = LocalDate.of(today.getYear(), Month.NOVEMBER, 1)
				.with(TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY));
			if (t.isBefore(today)) {
				t = LocalDate.of(today.getYear() + 1, Month.NOVEMBER, 1)
					.with(TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY));
			}
			return after ? DueTimeResolver.nextWorkingDay(t, calendar) : lastWorkingBefore(t, calendar);
		}
		int year = today.getMonthValue() == 1 && today.getDayOfMonth() <= 6 ? today.getYear() - 1 : today.getYear();
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		LocalDate newYear = LocalDate.of(year + 1, Month.JANUARY, 1);
		if (name.startsWith("christmas eve")) {
			return rollForward(christmas.minusDays(1), today, calendar);
		}
		if (name.startsWith("new year's eve") || name.startsWith("new years eve")) {
			return lastWorkingBefore(newYear, calendar);
		}
		boolean xmas = name.startsWith("christmas") || name.startsWith("xmas") || name.startsWith("x-mas");
		boolean holidays = name.endsWith("holidays");
		if (after && xmas) {
			return DueTimeResolver.nextWorkingDay(christmas.plusDays(1), calendar);
		}
		if (after || (!xmas && !holidays && "in".equals(lead))) {
			return DueTimeResolver.nextWorkingDay(newYear, calendar); // "after the holidays", "in the new year"
		}
		if (xmas || holidays) {
			return rollForward(lastWorkingBefore(christmas, calendar), today, calendar);
		}
		return lastWorkingBefore(newYear, calendar);
	}

	private static LocalDate monthPart(String lead, boolean next, String monthName, LocalDate today,
			BusinessCalendar calendar) {
		LocalDate first;
		if ("month".equals(monthName)) {
			if ("in".equals(lead) || "by".equals(lead) || "before".equals(lead) || "until".equals(lead)
					|| "till".equals(lead) || "during".equals(lead) || "throughout".equals(lead)) {
				return null; // "in a month", "by this month" are durations or vague; TimePatterns handles them
			}
			first = today.withDayOfMonth(1);
			if (next) {
				first = first.plusMonths(1);
			}
		}
		else {
			if ("may".equals(monthName) && !lead.contains("of") && !lead.startsWith("mid")) {
				return null; // "by may", "in may" are too often the verb
			}
			Month month = month(monthName);
			first = LocalDate.of(today.getYear(), month, 1);
			if (first.isBefore(today.withDayOfMonth(1))) {
				first = first.plusYears(1);
			}
		}
		LocalDate d;
		if (lead.contains("start") || lead.contains("beginning") || lead.startsWith("early")
				|| lead.contains("first week")) {
			d = firstWorkingDay(first, calendar);
		}
		else if (lead.startsWith("mid") || lead.contains("middle") || lead.startsWith("halfway")
				|| lead.equals("in") || lead.equals("during") || lead.equals("throughout")) {
			d = onOrAfter(first.withDayOfMonth(15), calendar);
		}
		else if (lead.equals("by") || lead.equals("before") || lead.equals("until") || lead.equals("till")) {
			d = lastWorkingBefore(first, calendar);
		}
		else {
			d = lastWorkingBefore(first.plusMonths(1), calendar);
		}
		return rollForward(d, today, calendar);
	}

	private static LocalDate season(String lead, boolean next, String name, LocalDate today, ZoneId zone,
			BusinessCalendar calendar) {
		int startMonth = switch (name) {
			case "spring" -> 3;
			case "summer" -> 6;
			case "winter" -> 12;
			default -> 9;
		};
		if (southern(zone)) {
			startMonth = (startMonth + 5) % 12 + 1;
		}
		LocalDate start = LocalDate.of(today.getYear() - 1, startMonth, 1);
		while (!start.plusMonths(3).isAfter(today)) {
			start = start.plusYears(1); // the season under way, else the next one
		}
		if (next && !start.isAfter(today)) {
			start = start.plusYears(1);
		}
		LocalDate d;
		if (lead.startsWith("by the end") || lead.startsWith("end") || lead.startsWith("the end")
				|| lead.startsWith("late")) {
			d = lastWorkingBefore(start.plusMonths(3), calendar);
		}
		else if (lead.contains("start") || lead.contains("beginning") || lead.startsWith("early")) {
			d = firstWorkingDay(start, calendar);
		}
		else if (lead.equals("by") || lead.equals("before") || lead.equals("until")) {
			d = lastWorkingBefore(start, calendar);
		}
		else {
			d = onOrAfter(start.plusMonths(1).withDayOfMonth(15), calendar);
		}
		return rollForward(d, today, calendar);
	}

	/** Zones whose seasons are those of the southern hemisphere. */
	static boolean southern(ZoneId zone) {
		String id = zone.getId();
		return id.startsWith("Australia/") || id.equals("Pacific/Auckland") || id.equals("Pacific/Chatham")
				|| id.equals("Pacific/Fiji") || id.startsWith("Antarctica/") || id.equals("Africa/Johannesburg")
				|| id.equals("Africa/Maputo") || id.equals("Africa/Harare") || id.equals("Africa/Windhoek")
				|| id.equals("America/Sao_Paulo") || id.startsWith("America/Argentina/")
				|| id.equals("America/Buenos_Aires") || id.equals("America/Santiago") || id.equals("America/Lima")
				|| id.equals("America/Montevideo") || id.equals("America/Asuncion") || id.equals("America/La_Paz")
				|| id.equals("Indian/Mauritius") || id.equals("Indian/Reunion");
	}

	private static Month month(String name) {
		for (Month m : Month.values()) {
			if (m.name().toLowerCase().startsWith(name.substring(0, 3))) {
				return m;
			}
		}
		return Month.JANUARY;
	}

	private static LocalDate firstWorkingDay(LocalDate first, BusinessCalendar calendar) {
		LocalDate d = first;
		for (int i = 0; i < 30 && (!calendar.isWorkingDay(d) || (d.getMonthValue() == 1 && d.getDayOfMonth() == 1));
				i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static LocalDate onOrAfter(LocalDate d, BusinessCalendar calendar) {
		return calendar.isWorkingDay(d) ? d : DueTimeResolver.nextWorkingDay(d, calendar);
	}

	private static LocalDate lastWorkingBefore(LocalDate d, BusinessCalendar calendar) {
		LocalDate x = d.minusDays(1);
		for (int i = 0; i < 30 && !calendar.isWorkingDay(x); i++) {
			x = x.minusDays(1);
		}
		return x;
	}

	/** A day already past (the period is under way) becomes the next working day. */
	private static LocalDate rollForward(LocalDate d, LocalDate today, BusinessCalendar calendar) {
		return d.isBefore(today) ? DueTimeResolver.nextWorkingDay(today, calendar) : d;
	}
}
