package org.servicemind.analysis.lexical;

import java.time.LocalTime;
import java.util.regex.Matcher;

/**
 * Reads a time of day from a lower-cased clause: "5pm", "3:30 pm", "17:00", "noon", "half past four", British "half
 * four", "quarter to ten", "4 o'clock", "by 4" and "between 8 and 10" (the end of the range). An hour from 1 to 7
 * without am/pm ("by 4", "at 3:30", "half four") is taken as afternoon, as is any hour before 12 when the clause
 * names the afternoon or evening. Own conventions; bounded regular expressions from {@link TimePatterns}.
 */
final class ClockTimes {

	private ClockTimes() {
	}

	/** @return the time of day named in {@code region}, or null; {@code part} is the part of day it names, or null */
	static LocalTime clockTime(String region, LocalTime part) {
		if (region.contains("past ") || region.contains("to ")) {
			Matcher pt = TimePatterns.PAST_TO.matcher(region);
			if (pt.find()) {
				int h = TimePatterns.number(pt.group(3));
				h = h < 8 ? h + 12 : h;
				int minutes = pt.group(1).equals("half") ? 30 : 15;
				LocalTime base = LocalTime.of(h % 24, 0);
				return pt.group(2).equals("past") ? base.plusMinutes(minutes) : base.minusMinutes(minutes);
			}
		}
		if (region.contains("half ")) {
			Matcher half = TimePatterns.HALF_HOUR.matcher(region);
			if (half.find()) {
				int h = TimePatterns.number(half.group(1));
				return LocalTime.of(h < 8 ? h + 12 : h, 30); // British "half four" is 4:30
			}
		}
		if (!hasDigit(region)) {
			return has(region, "noon", "midday", "mid-day", "lunch") && TimePatterns.NOON.matcher(region).find()
					? LocalTime.NOON : null;
		}
		Matcher between = TimePatterns.BETWEEN.matcher(region);
		if (between.find()) {
			int h = Integer.parseInt(between.group(3));
			int min = between.group(4) == null ? 0 : Integer.parseInt(between.group(4));
			String meridiem = between.group(5) != null ? between.group(5) : null;
			if (meridiem != null) {
				h = h % 12 + (meridiem.startsWith("p") ? 12 : 0);
			}
			else if (h < 8 || (between.group(2) != null && between.group(2).startsWith("p") && h < 12)) {
				h += 12;
			}
			return LocalTime.of(h % 24, min);
		}
		Matcher m = TimePatterns.CLOCK_12.matcher(region);
		if (m.find()) {
			int h = Integer.parseInt(m.group(1)) % 12;
			int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			if (m.group(3).startsWith("p")) {
				h += 12;
			}
			return min < 60 ? LocalTime.of(h, min) : null;
		}
		m = TimePatterns.HHMM.matcher(region);
		if (m.find()) {
			return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = TimePatterns.CLOCK_24.matcher(region);
		if (m.find()) {
			int h = Integer.parseInt(m.group(1));
			int min = Integer.parseInt(m.group(2));
			boolean afternoon = m.group(1).length() == 1 && (h >= 1 && h < 8
					|| part != null && part.isAfter(LocalTime.NOON) && h < 12); // "at 3:30" is 15:30
			if (h < 24 && min < 60) {
				return LocalTime.of(afternoon ? h + 12 : h, min);
			}
		}
		m = TimePatterns.OCLOCK.matcher(region);
		if (m.find()) {
			int h = Integer.parseInt(m.group(1));
			return h >= 1 && h <= 12 ? LocalTime.of(h < 7 ? h + 12 : h % 12 == 0 ? 12 : h, 0) : null;
		}
		if (TimePatterns.NOON.matcher(region).find()) {
			return LocalTime.NOON;
		}
		m = TimePatterns.BARE_HOUR.matcher(region);
		if (m.find()) {
			int h = Integer.parseInt(m.group(1));
			int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			boolean evening = part != null && part.isAfter(LocalTime.NOON);
			if (h < 12 && (h < 8 || evening)) {
				h += 12;
			}
			return LocalTime.of(h, min);
		}
		return null;
	}

	/** @return whether {@code text} holds an ASCII digit */
	static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/** @return whether {@code text} contains any of {@code cues} */
	static boolean has(String text, String... cues) {
		for (String cue : cues) {
			if (text.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code pattern} matches in {@code text} at an index where one of {@code starts} begins, its lookarounds
	 * and word boundaries seeing the whole text. For a pattern whose every match begins with one of {@code starts}
	 * this is the answer of {@code pattern.matcher(text).find()}, got by trying the pattern at those indexes only.
	 */
	static boolean findsAt(java.util.regex.Pattern pattern, String text, String... starts) {
		Matcher m = null;
		for (String start : starts) {
			for (int i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
				if (m == null) {
					m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				}
				if (m.region(i, text.length()).lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The leftmost match of {@code pattern} in {@code text}, as {@code pattern.matcher(text).find()} gives it, for a
	 * pattern whose every match begins with one of {@code starts}: the pattern is tried at those indexes only.
	 *
	 * @return a matcher on that match, or null when there is none
	 */
	static Matcher firstAt(java.util.regex.Pattern pattern, String text, String... starts) {
		Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int first = -1;
		for (String start : starts) {
			for (int i = text.indexOf(start); i >= 0 && (first < 0 || i < first); i = text.indexOf(start, i + 1)) {
				if (m.region(i, text.length()).lookingAt()) {
					first = i;
					break;
				}
			}
		}
		return first >= 0 && m.find(first) ? m : null; // find() sets the match as a search reports it
	}
}
