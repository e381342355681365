package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The literal strings a match of a regex must begin with, read from the regex text with {@link RegexWalker}: every
 * match starts with one of at most {@value #LIMIT} strings of 1 up to {@value #MAX_LENGTH} characters. A pattern tried
 * at many positions ({@link GatedPattern}, {@link FastFind}) checks them with {@link String#startsWith(String, int)}
 * before paying for a matcher reset and an anchored match attempt, which rejects most positions where a common first
 * word ("the", "they", "this") shares its first two characters with the pattern's ("that's"). The set is an
 * over-approximation: a position it rejects can never begin a match. Immutable and thread-safe.
 */
final class LeadingLiterals {

	/** the longest prefix kept per alternative, in characters */
	static final int MAX_LENGTH = 8;

	/** the most prefixes kept; beyond it they are shortened until they fit */
	static final int LIMIT = 64;

	/** a character class of more ASCII characters than this ends a prefix */
	private static final int MAX_CLASS = 4;

	private static final int MIN_USEFUL = 3;

	/**
	 * The prefixes packed four characters to a long (character k of the prefix in bits 16k up to 16k+15 of the first
	 * long, characters 4 to 7 in the second), with masks covering the prefix's length, sorted by first character:
	 * the prefixes beginning with character c sit from {@code from[c]} up to, not including, {@code from[c + 1]}.
	 * Prefixes are ASCII: a character outside ASCII ends a prefix ({@link RegexChars} keeps no such character).
	 */
	private final long[] low;

	private final long[] lowMask;

	private final long[] high;

	private final long[] highMask;

	private final int[] from = new int[RegexChars.ASCII + 1];

	private LeadingLiterals(List<String> prefixes) {
		List<String> sorted = new ArrayList<>(prefixes);
		sorted.sort((x, y) -> Character.compare(x.charAt(0), y.charAt(0)));
		int n = sorted.size();
		this.low = new long[n];
		this.lowMask = new long[n];
		this.high = new long[n];
		this.highMask = new long[n];
		for (int i = 0; i < n; i++) {
			String s = sorted.get(i);
			from[s.charAt(0) + 1]++;
			for (int k = 0; k < s.length(); k++) {
				long bits = (long) s.charAt(k) << (16 * (k & 3));
				long mask = 0xFFFFL << (16 * (k & 3));
				if (k < 4) {
					low[i] |= bits;
					lowMask[i] |= mask;
				}
				else {
					high[i] |= bits;
					highMask[i] |= mask;
				}
			}
		}
		for (int c = 0; c < RegexChars.ASCII; c++) {
			from[c + 1] += from[c];
		}
	}

	/**
	 * @return the leading literals of {@code regex}, or null when some match can begin with no known character, when
	 *     no leading literal is longer than the two characters {@link FirstChars} already judges, or when the regex
	 *     uses syntax {@link RegexWalker} does not read
	 */
	static LeadingLiterals of(String regex) {
		Map<String, Boolean> prefixes;
		try {
			prefixes = RegexWalker.fold(regex, ALGEBRA);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
		int longest = 0;
		for (String s : prefixes.keySet()) {
			if (s.isEmpty()) {
				return null;
			}
			longest = Math.max(longest, s.length());
		}
		return longest < MIN_USEFUL ? null : new LeadingLiterals(new ArrayList<>(prefixes.keySet()));
	}

	/** @return whether a match can begin at {@code p} in {@code text}, judging by its leading literals */
	boolean admits(String text, int p) {
		char c = text.charAt(p);
		if (c >= RegexChars.ASCII) {
			return false;
		}
		int first = from[c];
		int last = from[c + 1];
		if (first == last) {
			return false;
		}
		long textLow = pack(text, p);
		long textHigh = pack(text, p + 4);
		for (int i = first; i < last; i++) {
			if ((textLow & lowMask[i]) == low[i] && (textHigh & highMask[i]) == high[i]) {
				return true;
			}
		}
		return false;
	}

	/** @return four characters of {@code text} from {@code p} in one long; past the end reads as U+FFFF */
	private static long pack(String text, int p) {
		int n = text.length();
		long packed = 0;
		for (int k = 0; k < 4; k++) {
			long c = p + k < n ? text.charAt(p + k) : 0xFFFF;
			packed |= c << (16 * k);
		}
		return packed;
	}

	/**
	 * Prefix sets: each key is a string some match of the part begins with; its value is true when the part then
	 * ends (the match is exactly that string, so what follows extends it) and false when more may follow.
	 */
	private static final RegexWalker.Algebra<Map<String, Boolean>> ALGEBRA = new RegexWalker.Algebra<>() {

		@Override
		public Map<String, Boolean> empty() {
			return single("", true);
		}

		@Override
		public Map<String, Boolean> chars(RegexChars chars) {
			if (chars.hasOther() || chars.asciiCount() > MAX_CLASS) {
				return single("", false);
			}
			Map<String, Boolean> one = new LinkedHashMap<>();
			for (char c : chars.ascii()) {
				one.put(String.valueOf(c), true);
			}
			return one;
		}

		@Override
		public Map<String, Boolean> then(Map<String, Boolean> a, Map<String, Boolean> b) {
			Map<String, Boolean> r = new LinkedHashMap<>();
			for (Map.Entry<String, Boolean> x : a.entrySet()) {
				if (!x.getValue() || x.getKey().length() >= MAX_LENGTH) {
					put(r, x.getKey(), false);
					continue;
				}
				for (Map.Entry<String, Boolean> y : b.entrySet()) {
					String joined = x.getKey() + y.getKey();
					if (joined.length() > MAX_LENGTH) {
						put(r, joined.substring(0, MAX_LENGTH), false);
					}
					else {
						put(r, joined, y.getValue());
					}
				}
			}
			return r.size() <= LIMIT ? r : partial(a);
		}

		@Override
		public Map<String, Boolean> union(Map<String, Boolean> a, Map<String, Boolean> b) {
			Map<String, Boolean> r = new LinkedHashMap<>(a);
			b.forEach((s, complete) -> put(r, s, complete));
			for (int length = MAX_LENGTH - 1; r.size() > LIMIT; length--) {
				Map<String, Boolean> shorter = new LinkedHashMap<>();
				for (Map.Entry<String, Boolean> x : r.entrySet()) {
					String s = x.getKey();
					put(shorter, s.length() > length ? s.substring(0, length) : s, x.getValue() && s.length() <= length);
				}
				r.clear();
				r.putAll(shorter);
			}
			return r;
		}

		@Override
		public Map<String, Boolean> repeat(Map<String, Boolean> atom, int min, int max) {
			if (min >= 1) {
				return min == 1 && max == 1 ? atom : partial(atom);
			}
			return union(max == 1 ? atom : partial(atom), single("", true));
		}
	};

	private static Map<String, Boolean> single(String s, boolean complete) {
		Map<String, Boolean> one = new LinkedHashMap<>();
		one.put(s, complete);
		return one;
	}

	private static Map<String, Boolean> partial(Map<String, Boolean> set) {
		Map<String, Boolean> r = new LinkedHashMap<>();
		set.keySet().forEach(s -> r.put(s, false));
		return r;
	}

	/** adds {@code s}; a string both complete and open stays open, the weaker claim */
	private static void put(Map<String, Boolean> set, String s, boolean complete) {
		set.merge(s, complete, (old, now) -> old && now);
	}
}
