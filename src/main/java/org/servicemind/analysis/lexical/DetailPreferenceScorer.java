package org.servicemind.analysis.lexical;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from a customer's message whether they want the long explanation or just want it fixed. Thread-safe.
 *
 * <p>The score is {@code tanh} of a hand-weighted sum of: the length of the message (log of the word count around
 * 40 words), explicit asks for detail ("can you explain why", "step by step", "I'd like to understand"), explicit
 * asks for brevity ("just fix it", "don't need the details", "quick question", "ASAP"), several questions, list
 * structure and technical detail (error codes, versions, paths, log lines). The phrase lists and weights are original
 * to ServiceMind. Texts longer than {@link #MAX_CHARS} are read up to that limit.
 */
public final class DetailPreferenceScorer {

	/** Characters read at most. */
	public static final int MAX_CHARS = 100_000;

	private static final String WANTS_DETAIL = GatedPattern.wordsBody("explain (?:why|how|what|the|to me|in)|"
			+ "(?:can|could|would) you (?:please )?explain|step[- ]by[- ]step|in (?:more |full |great |some )?detail|"
			+ "detailed|walk me through|talk me through|i'?d (?:like|love) to (?:understand|know (?:why|how|what|more|"
			+ "exactly))|i want to understand|help me understand|so (?:that )?i (?:can )?understand|what exactly|how "
			+ "exactly|why exactly|root cause|the reason (?:why|for)|why (?:did|does|do|is|was|were|would|has|are)|how "
			+ "(?:does|do|did|is|come)|elaborate|more (?:information|info|context|background)|full (?:explanation|"
			+ "picture|details|breakdown|account)|thorough|break ?down|what (?:actually )?happened|so (?:that )?i can "
			+ "(?:avoid|prevent|fix it myself|do it myself|learn)|technical (?:details|explanation|reason)|"
			+ "documentation|in depth|in-depth|i'?m curious|all the details|specifics|each step|every step|timeline|"
			+ "the details|the logic|background on|under the hood|pros and cons|trade-?offs|the difference between|"
			+ "compare|compares|comparison|what are (?:my|the) options|i'?m trying to understand|understand (?:why|how|what)|"
			+ "why|explain|explanation|reasoning|point by point|line by line|calculated|worked out|how (?:is|are|was|were) "
			+ "(?:it|this|that|the \\w+) (?:calculated|worked out|determined|decided|chosen|set)|what (?:caused|causes|"
			+ "triggered)|and why");

	private static final String WANTS_BRIEF = GatedPattern.wordsBody("just (?:fix|sort|make|get|need|want|tell|do|"
			+ "send|reset|refund|cancel|unlock|turn|change|give|let me know)|(?:don'?t|do not|no) (?:need|want|care "
			+ "about|care) (?:the |a |an |any )?(?:details|explanation|explanations|lecture|backstory|essay|history|"
			+ "technical|long|why|how)|(?:don'?t|do not) (?:care|need to know) (?:why|how|what)|no need to explain|"
			+ "quick (?:question|one|q|fix|answer|yes|check)|asap|no essay|no essays|short answer|yes or no|tl;?dr|"
			+ "in short|briefly|keep it (?:short|brief|simple)|whatever it takes|sort it(?: out)?|make it work|"
			+ "bottom line|simple answer|skip the|quickly|urgent(?:ly)?|right now|now please|one line|in a nutshell|"
			+ "short version|just want (?:it|this|my)|no time|don'?t have time|not interested in (?:the|why|how)|"
			+ "fix it|sort this|get it working|straight answer|long story short|no need for a (?:long|detailed) (?:reply|"
			+ "answer|email|response|explanation)|yes/no|ins and outs|just (?:confirm|book|cancel|send)") + "|!{2,}";

	private static final Pattern LIST_ITEM = Pattern.compile("(?m)^[ \\t]*(?:\\d{1,2}[.)]|[-*\\u2022])[ \\t]+\\S");

	private static final String TECHNICAL = GatedPattern.wordsBody("error|code|version|log|logs|stack ?trace|"
			+ "exception|api|http|https|dns|ssl|tls|firmware|config|configuration|port|timeout|status|header|"
			+ "browser|os|build");

	/** version numbers such as 2.4.1: run only when a digit, a dot and a digit follow each other */
	private static final Pattern VERSION = Pattern.compile("\\b\\d+\\.\\d+(?:\\.\\d+)+\\b");

	/** snake_case identifiers: run only when the text has an underscore */
	private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");

	/** paths such as /var/log/app: run only when the text has a slash */
	private static final Pattern PATH = Pattern.compile("/[a-z0-9_-]+/[a-z0-9_./-]+");

	/** error and hex codes such as e404, err500, 0x1f3a: run only where such a code can begin */
	private static final Pattern CODE = Pattern.compile("\\b(?:e|err|0x)[0-9a-f]{3,}\\b");

	/** the three phrase lists, sharing one anchor pass: detail, brief, technical */
	static final List<GatedPattern> PATTERNS = GatedPattern.family(false,
			List.of(WANTS_DETAIL, WANTS_BRIEF, TECHNICAL));

	/** @return -1 (brief, just fix it) .. 1 (wants details); 0 for empty text; never throws */
	public double score(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		String folded = FoldedText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
		int words = SelfTalkAnalyzer.words(folded);
		double length = Math.max(-1.2, Math.min(1.5, Math.log((words + 1) / 35.0)));
		GatedPattern.Scan scan = PATTERNS.get(0).scan(folded);
		double detail = Math.min(3, PATTERNS.get(0).count(folded, scan, 3));
		double brief = Math.min(3, PATTERNS.get(1).count(folded, scan, 3));
		int questions = Math.min(4, countChar(folded, '?'));
		int items = mayListItems(folded) ? Math.min(4, count(LIST_ITEM.matcher(folded))) : 0;
		double technical = technical(folded, PATTERNS.get(2).count(folded, scan, 4), 4);
		double sum = 0.45 * length + 0.9 * detail - 1.2 * brief + 0.2 * Math.max(0, questions - 1) + 0.2 * items
				+ 0.1 * technical;
		return Math.max(-1, Math.min(1, Math.tanh(sum)));
	}

	/**
	 * Adds to {@code words} (the technical words found) the matches of the technical notations, up to {@code cap} in
	 * all; each notation's pattern runs only when a cheap test shows the text can hold one of its matches.
	 */
	private static int technical(String folded, int words, int cap) {
		int n = words;
		if (n < cap && hasDigitDotDigit(folded)) {
			n += count(VERSION.matcher(folded), cap - n);
		}
		if (n < cap && folded.indexOf('_') >= 0) {
			n += count(SNAKE_CASE.matcher(folded), cap - n);
		}
		if (n < cap && folded.indexOf('/') >= 0) {
			n += count(PATH.matcher(folded), cap - n);
		}
		if (n < cap && mayHoldCode(folded)) {
			n += count(CODE.matcher(folded), cap - n);
		}
		return n;
	}

	/**
	 * Whether some line, after spaces and tabs, starts with a digit or a bullet (-, *, or the bullet sign), as every
	 * {@link #LIST_ITEM} match does; a line starts at the beginning of the text and after each line terminator.
	 */
	private static boolean mayListItems(String s) {
		boolean lineStart = true;
		for (int i = 0, n = s.length(); i < n; i++) {
			char c = s.charAt(i);
			if (lineStart && (isDigit(c) || c == '-' || c == '*' || c == '\u2022')) {
				return true;
			}
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				lineStart = true;
			}
			else if (c != ' ' && c != '\t') {
				lineStart = false;
			}
		}
		return false;
	}

	/** every version number holds a digit, a dot and a digit in a row */
	private static boolean hasDigitDotDigit(String s) {
		for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
			if (i > 0 && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every code match begins, at a word boundary, with "e", "err" or "0x" and three hex digits; a boundary cannot
	 * fall right after an ASCII letter, digit or underscore.
	 */
	private static boolean mayHoldCode(String s) {
		for (int i = 0, n = s.length(); i + 3 < n; i++) {
			char c = s.charAt(i);
			if ((c == 'e' || c == '0') && (i == 0 || !isAsciiWord(s.charAt(i - 1)))
					&& (c == 'e' && (hex(s, i + 1, 3) || s.startsWith("rr", i + 1) && hex(s, i + 3, 3))
							|| c == '0' && s.charAt(i + 1) == 'x' && hex(s, i + 2, 3))) {
				return true;
			}
		}
		return false;
	}

	/** whether {@code count} characters from {@code from} are all in 0-9 or a-f */
	private static boolean hex(String s, int from, int count) {
		if (from + count > s.length()) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (!isDigit(c) && (c < 'a' || c > 'f')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiWord(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_';
	}

	private static int count(Matcher m, int cap) {
		int n = 0;
		while (n < cap && m.find()) {
			n++;
		}
		return n;
	}

	private static int count(Matcher m) {
		int n = 0;
		while (m.find() && n < 100) {
			n++;
		}
		return n;
	}

	private static int countChar(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}
}
