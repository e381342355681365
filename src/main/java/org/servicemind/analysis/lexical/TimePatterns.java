package org.servicemind.analysis.lexical;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English time expressions a support reply uses for a deadline, as bounded regular expressions over
 * lower-cased text (no nested quantifiers, so matching a clause is linear in its length). Own wording.
 */
final class TimePatterns {

	private static final String NUMBER = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|fifteen|twenty|thirty|forty-eight|forty eight|seventy-two|seventy two|several";

	/** Month names and their abbreviations, for alternations. */
	private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
			+ "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

	static final Pattern DURATION = Pattern.compile("\\b(?:within|in|inside(?: of)?|over|under|during|in under|give me"
			+ "|give us|gimme|allow(?:\\s+(?:us|me))?)\\s+"
			+ "(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:(" + NUMBER + ")\\s*(?:-|\u2013|to|or)\\s*)?(" + NUMBER
			+ "|a couple of|a couple|couple of|a few|few|half an|half a|an|a)\\s*(?:more\\s+|further\\s+|extra\\s+)?"
			+ "((?:business|working|office)\\s+hours?|business\\s+days?|working\\s+days?|work\\s+days?|banking\\s+days?|bank\\s+days?|days?|hours?|hrs?|h"
			+ "|minutes?|mins?|weeks?|fortnight)\\b");

	/** "within the hour", "in the next fortnight": group 1 is the unit. */
	static final Pattern THE_UNIT = Pattern
		.compile("\\b(?:within|in|over|during)\\s+the\\s+(?:next\\s+|coming\\s+)?(hour|fortnight|month)\\b");

	static final Pattern SOON = Pattern.compile("\\b(?:shortly|right away|straight away|straightaway|immediately"
			+ "|asap|as soon as possible|as soon as (?:i|we) can|in a moment|in a minute|momentarily|right now"
			+ "|in a bit|in a little while|in no time|promptly|without delay|straight after|right after|just after"
			+ "|at the earliest|earliest possible|at the soonest|on priority|on a priority basis|on an urgent basis"
			+ "|on urgent basis|urgently|as a priority|in a few)\\b");

	static final Pattern CLOCK_12 = Pattern
		.compile("\\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)(?![a-z])");

	static final Pattern CLOCK_24 = Pattern.compile("(?<![\\d:.-])([01]?\\d|2[0-3])[:h]([0-5]\\d)(?![\\d:])");

	/**
	 * "by 4", "before 10:30", "at 9": an hour without am/pm after a deadline preposition; not the day of a date
	 * ("by 10 December", "before 3 Dec").
	 */
	static final Pattern BARE_HOUR = Pattern.compile("\\b(?:by|before|at|around|until|till|no later than)\\s+"
			+ "(1[0-2]|[1-9])(?:[:.]([0-5]\\d))?(?!\\s*(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?"
			+ "|(?:" + MONTHS + ")\\b|business"
			+ "|working|%|percent|am\\b|pm\\b|a\\.m|p\\.m|[.,:]\\d|\\d|st\\b|nd\\b|rd\\b|th\\b|items?|of\\b|x\\b"
			+ "|euros?|dollars?"
			+ "|pounds?|people|tickets?|orders?|[/-]))");

	static final Pattern OCLOCK = Pattern.compile("\\b(1[0-2]|[1-9])\\s*o'?clock\\b");

	static final Pattern NOON = Pattern.compile("\\b(?<!after )(?:noon|midday|mid-day|lunchtime|lunch time|lunch)\\b");

	/** "between 8 and 10", "between 9am and 1pm": the window's end is groups 3 (hour), 4 (minutes), 5 (am/pm). */
	static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(1[0-2]|0?[1-9]|1[3-9]|2[0-3])(?:[:.][0-5]\\d)?\\s*"
			+ "(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:and|-|\u2013|to)\\s*(1[0-2]|0?[1-9]|1[3-9]|2[0-3])(?:[:.]([0-5]\\d))?"
			+ "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d%])");

	/** "half past four", "quarter to 3": group 1 half/quarter, group 2 past/to, group 3 the hour. */
	static final Pattern PAST_TO = Pattern.compile("\\b(half|quarter)\\s+(past|to)\\s+(1[0-2]|[1-9]|one|two|three|four"
			+ "|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

	/**
	 * Due within minutes: "now", "right now", "right away", "straight away", "immediately", "at once" (not "for now",
	 * "from now on", "by now", "until now", "now that").
	 */
	static final Pattern IMMEDIATE = Pattern.compile("\\b(?:right away|straight away|straightaway|immediately"
			+ "|at once|this minute|this instant|in a sec|in a second|in a tick|in two ticks|in a jiffy|in a mo"
			+ "|(?:give me|gimme|give us) (?:a )?(?:sec|second|min|minute|mo|moment|tick|5|five|10|ten)(?! (?:hours?|days?"
			+ "|weeks?|working|business))|(?<!from |for |by |until |till |than |of |as of |up to |up till )now"
			+ "(?! that| on\\b| and then| and again| or never))\\b");

	/** A slot booked for a day ("for the 2nd of January", "for Friday"), which an immediate action does not wait for. */
	static final Pattern FOR_SLOT = Pattern.compile("\\bfor\\s+(?:the\\s+|next\\s+|this\\s+)?(?:\\d|mon|tue|wed|thu|fri"
			+ "|sat|sun|tomorrow|early|mid|end|start|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

	/** "Tuesday week": the weekday a week after the coming one (British). */
	static final Pattern WEEKDAY_WEEK = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday) week\\b");

	static final Pattern MIDWEEK = Pattern.compile("\\b(?:midweek|mid-week|mid week|middle of the week)\\b");

	/** "this time tomorrow": a day from now. */
	static final Pattern THIS_TIME_TOMORROW = Pattern.compile("\\b(?:this|same|the same) time tomorrow\\b");

	/** Military time: "by 1700 hrs", "at 0930h". */
	static final Pattern HHMM = Pattern.compile("\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs|hours|h)\\b");

	/** "Monday AM", "tomorrow pm": a part of the day written as am/pm after a day word (group 1). */
	static final Pattern DAY_AM_PM = Pattern.compile("\\b(?:tomorrow|today|tmrw|tmr|monday|tuesday|wednesday|thursday"
			+ "|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)\\s+(am|pm)\\b");

	static final Pattern OVERNIGHT = Pattern.compile("\\bovernight\\b");

	/** The end of the agent's own working day: "before I log off", "before I leave today", "before my shift ends". */
	static final Pattern END_OF_MY_DAY = Pattern.compile("\\b(?:before|by the time)\\s+(?:i|we)\\s+(?:log off|logoff"
			+ "|sign off|clock off|clock out|leave|finish|head off|head home|go home|knock off|wrap up|close up"
			+ "|shut down)\\b|\\bbefore\\s+(?:the )?end of (?:my|our) (?:shift|day)\\b|\\bbefore (?:my|our) shift"
			+ " ends\\b|\\bbefore\\s+(?:knock[- ]?off|home time|clocking off|closing time)\\b");

	/** "the same day", "that evening": the day of the promise before it in the reply (group 1 the part of day). */
	static final Pattern SAME_DAY = Pattern.compile("\\b(?:the same|that same|that|same)\\s+(day|morning|afternoon"
			+ "|evening|night)\\b");

	/** British "half four" (16:30): group 1 the hour. */
	static final Pattern HALF_HOUR = Pattern.compile("\\bhalf\\s+(1[0-2]|[1-9]|one|two|three|four|five|six|seven"
			+ "|eight|nine|ten|eleven|twelve)\\b(?!\\s*(?:hours?|days?|minutes?|weeks?|of\\b|percent|%))");

	static final Pattern SHORTHAND = Pattern.compile("\\b(?:b4|2moro|2morrow|2mrw|2mro|tmw|tmrw|tmr|tomoz|tmoro"
			+ "|tomorro|tomrw|arvo|tonite|2nite|2night|eow|eom|nxt|wk|wks|hr|mins)\\b");

	/** {@link #SHORTHAND} tried only where its first characters fit */
	private static final FastFind SHORTHAND_FIND = new FastFind(SHORTHAND);

	/**
	 * Rewrites chat shorthand into the words the patterns know: "b4" before, "2moro"/"tmw"/"tomoz" tomorrow, "arvo"
	 * afternoon, "tonite" tonight, "EOW" end of the week, "EOM" end of the month, "nxt" next, "wk" week.
	 */
	static String normalise(String region) {
		if (!mayHaveShorthand(region)) {
			return region;
		}
		Matcher m = SHORTHAND_FIND.matcher(region);
		if (!SHORTHAND_FIND.find(m, region, 0)) {
			return region;
		}
		StringBuilder sb = new StringBuilder(region.length() + 16);
		int last = 0;
		do {
			sb.append(region, last, m.start());
			sb.append(expand(m.group()));
			last = m.end();
		}
		while (SHORTHAND_FIND.find(m, region, FastFind.after(m)));
		return sb.append(region, last, region.length()).toString();
	}

	/**
	 * @return whether {@link #normalise} looks for shorthand in {@code region} at all: only when one of these literals
	 *     occurs, so "hr" or "mins" alone are left as they are (the due-time patterns read those words themselves)
	 */
	static boolean mayHaveShorthand(String region) {
		return region.contains("b4") || region.contains("2m") || region.contains("tm") || region.contains("tom")
				|| region.contains("arvo") || region.contains("nite") || region.contains("eo")
				|| region.contains("nxt") || region.contains("wk") || region.contains("2n");
	}

	/** @return the plain words for one {@link #SHORTHAND} match (lower case as matched) */
	static String expand(String shorthand) {
		return switch (shorthand) {
			case "b4" -> "before";
			case "arvo" -> "afternoon";
			case "tonite", "2nite", "2night" -> "tonight";
			case "eow" -> "end of the week";
			case "eom" -> "end of the month";
			case "nxt" -> "next";
			case "wk" -> "week";
			case "wks" -> "weeks";
			case "hr" -> "hour";
			case "mins" -> "minutes";
			default -> "tomorrow";
		};
	}

	static final Pattern FIRST_THING = Pattern.compile("\\bfirst thing\\b");

	static final Pattern PART_OF_DAY = Pattern.compile(
			"\\b(?<!good |nice |lovely |great |pleasant |wonderful )(morning|afternoon|evening|tonight"
					+ "|after lunch)\\b");

	static final Pattern IN_THE_MORNING = Pattern.compile("\\bin the morning\\b");

	static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\bday after tomorrow\\b");

	static final Pattern TOMORROW = Pattern.compile("\\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow)\\b");

	static final Pattern TODAY = Pattern.compile("\\b(?:later today|today|end of (?:the )?(?:business |working |work )?"
			+ "day|eod|cob|eob|close of (?:business|play)|end of (?:business|play)|by close|before (?:we|the office) "
			+ "close)\\b");

	static final Pattern NEXT_WORKING_DAY = Pattern.compile("\\bnext (?:business|working|work) day\\b");

	static final Pattern WEEKDAY = Pattern.compile("\\b(?<!black |cyber |good |casual |super |ash |holy |freaky )"
			+ "(?:(this|next|coming|on|by|until|till|before)\\s+)?"
			+ "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri)\\b");

	static final Pattern WEEK = Pattern.compile("\\b(?:(by the end of|by end of|end of|by the start of"
			+ "|the start of|start of"
			+ "|by the beginning of|beginning of|early|later|by|before|over|during|until|from|after"
			+ "|within)\\s+)?(?:the\\s+)?"
			+ "(?:(this|next|coming)\\s+)?(week|weekend)\\b");

	static final Pattern MONTH_END = Pattern
		.compile("\\b(?:(?:by )?(?:the )?end of (?:the |this )?(next )?month|(next) month(?!'s)|this month(?!'s)"
			+ "|month[- ]?end)\\b");

	static final Pattern YEAR_END = Pattern.compile("\\b(?:end of (?:the |this )?year|year[- ]end)\\b");

	private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d\\d)-(\\d{1,2})-(\\d{1,2})\\b");

	private static final Pattern MONTH_DAY = Pattern.compile(
			"\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(20\\d\\d)\\b)?");

	private static final Pattern DAY_MONTH = Pattern.compile(
			"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b\\.?(?:,?\\s+(20\\d\\d)\\b)?");

	private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.:])(\\d{1,2})(?:/(\\d{1,2})(?:/(?:20)?\\d\\d)?"
			+ "|\\.(\\d{1,2})\\.(?:(?:20)?\\d\\d)?)"
			+ "(?![\\d/:]|\\.\\d|\\s*(?:days?|hours?|hrs?|weeks?|business|working|of\\b|%|pm|am))");

	private static final Pattern THE_NTH = Pattern.compile("\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
			Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
			Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
			Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty-eight", 48),
			Map.entry("forty eight", 48), Map.entry("seventy-two", 72), Map.entry("seventy two", 72),
			Map.entry("several", 3), Map.entry("a couple of", 2), Map.entry("a couple", 2),
			Map.entry("couple of", 2), Map.entry("a few", 3), Map.entry("few", 3));

	/** A date found in a clause: where it starts and the day it names. */
	record DateMatch(int start, LocalDate date) {
	}

	private TimePatterns() {
	}

	/** @return the value of a number word or digits (1..999); 1 for anything unknown */
	static int number(String token) {
		if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
			return WORDS.getOrDefault(token, 1);
		}
		return Math.max(1, Integer.parseInt(token));
	}

	static DayOfWeek weekday(String token) {
		return switch (token.substring(0, 3)) {
			case "mon" -> DayOfWeek.MONDAY;
			case "tue" -> DayOfWeek.TUESDAY;
			case "wed" -> DayOfWeek.WEDNESDAY;
			case "thu" -> DayOfWeek.THURSDAY;
			case "fri" -> DayOfWeek.FRIDAY;
			case "sat" -> DayOfWeek.SATURDAY;
			default -> DayOfWeek.SUNDAY;
		};
	}

	/** @return the earliest calendar date written in {@code region}, rolled into the future, or null */
	static DateMatch date(String region, LocalDate today) {
		return date(region, today, false);
	}

	/**
	 * As {@link #date(String, LocalDate)}, also reading numeric dates ("by 18/12", "on 12.05.2027"): day first, unless
	 * {@code monthFirst} (the customer's zone writes the month first) or the first number cannot be a month's day
	 * order; "24/7", fractions before a unit ("3/4 days") and a dotted pair without a year whose second number
	 * cannot be a month ("by 10.30.", "at 4.15.": clock times at the end of a sentence) are no dates.
	 */
	static DateMatch date(String region, LocalDate today, boolean monthFirst) {
		DateMatch best = null;
		if (region.indexOf('/') >= 0 || region.indexOf('.') >= 0) {
			Matcher n = NUMERIC_DATE.matcher(region);
			if (n.find() && !n.group().startsWith("24/7")) {
				int a = Integer.parseInt(n.group(1));
				int b = Integer.parseInt(n.group(2) != null ? n.group(2) : n.group(3));
				boolean clock = n.group(3) != null && n.group().endsWith(".") && b > 12;
				boolean mFirst = a > 12 ? false : b > 12 ? !clock : monthFirst;
				int day = mFirst ? b : a;
				int month = mFirst ? a : b;
				if (month >= 1 && month <= 12) {
					LocalDate d = safeDate(today.getYear(), month, day);
					if (d != null && d.isBefore(today)) {
						d = safeDate(today.getYear() + 1, month, day);
					}
					best = earlier(best, n.start(), d);
				}
			}
		}
		Matcher m = ISO_DATE.matcher(region);
		if (m.find()) {
			best = earlier(best, m.start(), safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		m = MONTH_DAY.matcher(region);
		if (m.find()) {
			best = earlier(best, m.start(), monthDay(m.group(1), m.group(2), m.group(3), today));
		}
		m = DAY_MONTH.matcher(region);
		if (m.find()) {
			best = earlier(best, m.start(), monthDay(m.group(2), m.group(1), m.group(3), today));
		}
		m = THE_NTH.matcher(region);
		if (m.find()) {
			int day = Integer.parseInt(m.group(1));
			LocalDate d = null;
			for (int i = 0; i < 3 && d == null; i++) {
				LocalDate month = today.plusMonths(i);
				LocalDate candidate = safeDate(month.getYear(), month.getMonthValue(), day);
				if (candidate != null && !candidate.isBefore(today)) {
					d = candidate;
				}
			}
			best = earlier(best, m.start(), d);
		}
		return best;
	}

	private static DateMatch earlier(DateMatch best, int start, LocalDate date) {
		if (date == null || (best != null && best.start() <= start)) {
			return best;
		}
		return new DateMatch(start, date);
	}

	private static LocalDate monthDay(String monthName, String dayText, String yearText, LocalDate today) {
		Month month = month(monthName);
		int day = Integer.parseInt(dayText);
		if (yearText != null) {
			return safeDate(Integer.parseInt(yearText), month.getValue(), day);
		}
		LocalDate d = safeDate(today.getYear(), month.getValue(), day);
		if (d != null && d.isBefore(today)) {
			d = safeDate(today.getYear() + 1, month.getValue(), day);
		}
		return d;
	}

	private static Month month(String name) {
		for (Month m : Month.values()) {
			if (m.name().toLowerCase().startsWith(name.substring(0, 3))) {
				return m;
			}
		}
		return Month.JANUARY;
	}

	private static LocalDate safeDate(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}
}
