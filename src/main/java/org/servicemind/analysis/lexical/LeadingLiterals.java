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

	/** per ASCII first character, the prefixes starting with it, or null */
	private final String[][] byFirst = new String[RegexChars.ASCII][];

	/** the prefixes starting with a character outside ASCII */
	private final String[] others;

	private LeadingLiterals(Iterable<String> prefixes) {
		List<String> rest = new ArrayList<>();
		for (String s : prefixes) {
			char c = s.charAt(0);
			if (c >= RegexChars.ASCII) {
				rest.add(s);
			}
			else {
				String[] now = byFirst[c] == null ? new String[0] : byFirst[c];
				String[] grown = java.util.Arrays.copyOf(now, now.length + 1);
				grown[now.length] = s;
				byFirst[c] = grown;
			}
		}
		this.others = rest.toArray(String[]::new);
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
		return longest < MIN_USEFUL ? null : new LeadingLiterals(prefixes.keySet());
	}

	/** @return whether a match can begin at {@code p} in {@code text}, judging by its leading literals */
	boolean admits(String text, int p) {
		char c = text.charAt(p);
		String[] candidates = c < RegexChars.ASCII ? byFirst[c] : others;
		if (candidates == null) {
			return false;
		}
		for (String s : candidates) {
			if (text.startsWith(s, p)) {
				return true;
			}
		}
		return false;
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
