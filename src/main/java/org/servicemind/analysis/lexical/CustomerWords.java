package org.servicemind.analysis.lexical;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions of an agent's reply that carry the customer's (or someone else's) words rather than the agent's own:
 * text in double quotes or paired single quotes, lines starting with {@code >}, everything below an
 * "On ... wrote:" or "Original message" header, and the rest of the clause after "you said", "you wrote",
 * "your email says", "you were told" and similar reporting phrases. Works on {@link FoldedText} output.
 */
final class CustomerWords {

	static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"\\n]{1,400}\"");

	static final Pattern SINGLE_QUOTED = Pattern
		.compile("(?<![\\p{L}\\p{N}])'(?:[^'\\n]|'(?=\\p{L})){2,300}'(?!\\p{L})");

	private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ ]*>.*$");

	private static final Pattern REPLY_HEADER = Pattern
		.compile("(?m)^[ ]*(?:on [^\\n]{3,200}wrote:|-{2,}[ ]*(?:original|forwarded) message[ ]*-{2,}|from:[ ][^\\n]{3,200})[ ]*$");

	static final Pattern REPORTING = Pattern.compile("\\b(?:you (?:said|say(?! so\\b)|wrote|write|mentioned|asked|stated|"
			+ "told (?:us|me|our \\w+)|called it|described it as|put it|felt|feel like|were told|was told|got told|"
			+ "heard|have been told|'ve been told|were promised|quoted)|your (?:message|e-?mail|note|ticket|review|comment|"
			+ "complaint|post|tweet|chat|letter|reply) (?:says|said|mentions|mentioned|reads|read|stated|states)|"
			+ "(?:in|from) your (?:message|e-?mail|last reply|note|review)|they told you|someone told you|"
			+ "(?:the|an?|our|one of our|another|the other) (?:\\w+ )?(?:agent|rep|representative|colleague|advisor|adviser|"
			+ "person|driver|technician|engineer|staff member|employee|manager)(?: [\\w']+){0,3} (?:said|told you|wrote|"
			+ "claimed|apparently said|replied)|quote|quoting|in your words)\\b");

	private static final FastFind REPORTING_FIND = new FastFind(REPORTING);

	private static final FastFind DOUBLE_QUOTED_FIND = new FastFind(DOUBLE_QUOTED);

	private static final FastFind SINGLE_QUOTED_FIND = new FastFind(SINGLE_QUOTED);

	private static final Pattern CLAUSE_END = Pattern.compile("[.!?;\\n]|,? but\\b|, so\\b|, and (?:i|we)\\b|, which\\b|"
			+ " - |,? however\\b");

	private static final int REPORT_REACH = 300;

	private final int[] bounds;

	private final int size;

	private CustomerWords(int[] bounds, int size) {
		this.bounds = bounds;
		this.size = size;
	}

	static CustomerWords in(String folded) {
		Builder b = new Builder();
		addAll(b, DOUBLE_QUOTED_FIND, folded);
		if (mayOpenSingleQuote(folded)) {
			addAll(b, SINGLE_QUOTED_FIND, folded);
		}
		if (folded.indexOf('>') >= 0) {
			addAll(b, QUOTED_LINE.matcher(folded));
		}
		// every reply header contains one of these
		if (folded.contains("wrote:") || folded.contains("message") || folded.contains("from:")) {
			Matcher header = REPLY_HEADER.matcher(folded);
			if (header.find()) {
				b.add(header.start(), folded.length());
			}
		}
		Matcher report = REPORTING_FIND.matcher(folded);
		Matcher end = CLAUSE_END.matcher(folded);
		int limit = folded.length();
		for (int next = 0; REPORTING_FIND.find(report, folded, next); next = FastFind.after(report)) {
			int from = report.end();
			int to = Math.min(limit, from + REPORT_REACH);
			end.region(from, to);
			int stop = end.find() ? end.start() : to;
			// a quote right after the reporting verb may contain clause punctuation of its own
			int quoteClose = closingQuoteAfter(folded, from, to);
			b.add(from, Math.max(stop, quoteClose));
		}
		return b.build();
	}

	/**
	 * Whether an apostrophe stands where {@link #SINGLE_QUOTED} can open: not right after an ASCII letter or digit
	 * (those are letters and digits to its lookbehind), so contractions alone never start its search.
	 */
	private static boolean mayOpenSingleQuote(String folded) {
		for (int i = folded.indexOf('\''); i >= 0; i = folded.indexOf('\'', i + 1)) {
			if (i == 0 || !isAsciiLetterOrDigit(folded.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
	}

	private static int closingQuoteAfter(String folded, int from, int to) {
		int i = from;
		while (i < to && (folded.charAt(i) == ' ' || folded.charAt(i) == ':' || folded.charAt(i) == ',')) {
			i++;
		}
		if (i < to && folded.charAt(i) == '"') {
			int close = folded.indexOf('"', i + 1);
			if (close > 0 && close < to) {
				return close + 1;
			}
		}
		return -1;
	}

	private static void addAll(Builder b, Matcher m) {
		while (m.find()) {
			b.add(m.start(), m.end());
		}
	}

	private static void addAll(Builder b, FastFind pattern, String folded) {
		Matcher m = pattern.matcher(folded);
		for (int next = 0; pattern.find(m, folded, next); next = FastFind.after(m)) {
			b.add(m.start(), m.end());
		}
	}

	/** @return true when start up to, not including, end overlaps any customer-words region */
	boolean covers(int start, int end) {
		int lo = 0;
		int hi = size / 2 - 1;
		// regions are sorted by start and disjoint: find the last region starting before end
		int found = -1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (bounds[2 * mid] < end) {
				found = mid;
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		return found >= 0 && start < bounds[2 * found + 1];
	}

	private static final class Builder {

		private long[] packed = new long[4];

		private int count;

		void add(int start, int end) {
			if (count == packed.length) {
				packed = Arrays.copyOf(packed, count * 2);
			}
			packed[count++] = ((long) start << 32) | end;
		}

		CustomerWords build() {
			long[] sorted = Arrays.copyOf(packed, count);
			Arrays.sort(sorted);
			int[] merged = new int[count * 2];
			int n = 0;
			for (long p : sorted) {
				int start = (int) (p >>> 32);
				int end = (int) p;
				if (n > 0 && start <= merged[n - 1]) {
					merged[n - 1] = Math.max(merged[n - 1], end);
				}
				else {
					merged[n++] = start;
					merged[n++] = end;
				}
			}
			return new CustomerWords(merged, n);
		}
	}
}
