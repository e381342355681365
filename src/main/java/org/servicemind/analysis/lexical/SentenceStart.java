package org.servicemind.analysis.lexical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence starts, for the never-say lexicons' sentence-initial phrases ("Calm down.", "Whatever.") and for
 * the spans the phrase model reports. A sentence starts at the start of the text; after ".", "!", "?", ";", ":", a
 * line break or "(" and at most three white-space characters; or after what opens a list item or a chat line at the
 * start of a line (after at most eight spaces or tabs, so nested list items count): a bullet ("-", "*", "+", "•",
 * "◦", "▪", "‣", "⁃", "·", en or em dash), a number with a closing parenthesis ("2)"), or a run of emoji and other
 * symbols, each optionally followed by more of them and by spaces or tabs (at most twelve characters in all). The
 * opener is never part of a match or of a span. Own conventions.
 */
public final class SentenceStart {

	/** one opener character: bullets, dashes, symbols (emoji are code points of type So), emoji modifiers, VS16, ZWJ */
	private static final String MARK = "\\-*+\\u2013\\u2014\\u2022\\u25E6\\u25AA\\u2023\\u2043\\u00B7\\p{So}\\p{Sk}"
			+ "\\uFE0F\\u200D";

	/**
	 * A zero-width regex for a sentence start in {@link FoldedText folded} text (lower case; en and em dashes are
	 * already "-"), to put before a phrase: it matches where the class Javadoc says a sentence starts. Bounded
	 * lookbehinds only, so it costs a constant amount per position tried.
	 */
	static final String LOOKBEHIND = "(?:^|(?<=[.!?;:\\n(]\\s{0,3})|(?<=(?:^|\\n)[ \\t]{0,8}(?:[" + MARK
			+ "]|\\d{1,2}\\))[ \\t" + MARK + "]{0,12}))";

	/** a list or chat-line opener as {@link #skip} removes it: bullets need white space after them, symbols do not */
	private static final Pattern OPENER = Pattern.compile("(?:[\\-*+\\u2013\\u2014\\u2022\\u25E6\\u25AA\\u2023\\u2043"
			+ "\\u00B7]|\\d{1,2}\\))[ \\t" + MARK + "]*[ \\t]|[\\p{So}\\p{Sk}\\uFE0F\\u200D][ \\t" + MARK + "]*+");

	private SentenceStart() {
	}

	/**
	 * Where the words of a sentence range begin once an opener at its start is left out: "- Calm down, please." begins
	 * at "Calm". The opener is a bullet or "2)" followed by spaces or tabs, or a run of emoji and symbols (other
	 * bullets, spaces and tabs may follow either).
	 *
	 * @param start offset of the range in {@code text} (inclusive)
	 * @param end offset of the range in {@code text} (exclusive)
	 * @return the offset after the opener, or {@code start} when the range does not begin with one or holds nothing
	 *     else
	 */
	public static int skip(CharSequence text, int start, int end) {
		if (start < 0 || end > text.length() || start >= end) {
			return start;
		}
		Matcher m = OPENER.matcher(text).region(start, end);
		return m.lookingAt() && m.end() < end ? m.end() : start;
	}
}
