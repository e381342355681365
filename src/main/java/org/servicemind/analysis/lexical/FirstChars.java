package org.servicemind.analysis.lexical;

/**
 * The first two characters a match of a regex can begin with, over-approximated from the regex text: a match starts
 * only at a position that {@link #admits} says so. Used to try a pattern only where it can match instead of at every
 * position. Reads the regex with {@link RegexWalker}; {@link #of} returns null for syntax the walker does not support
 * and for regexes that can match the empty string, so callers fall back to a plain search. Immutable.
 */
final class FirstChars {

	private static final int ASCII = RegexChars.ASCII;

	private final Info info;

	private FirstChars(Info info) {
		this.info = info;
	}

	/** @return the first characters of {@code regex}, or null when unknown or when it can match empty text */
	static FirstChars of(String regex) {
		try {
			Info s = RegexWalker.fold(regex, ALGEBRA);
			return s.nullable ? null : new FirstChars(s);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** @return the one character every match begins with, or -1 when there are several */
	int only() {
		RegexChars f = info.first;
		return f.hasOther() || f.asciiCount() != 1 ? -1 : f.firstAscii();
	}

	/** @return whether a match can begin with character {@code c} */
	boolean admits(char c) {
		return info.first.has(c);
	}

	/** @return whether a match can begin at {@code p} in {@code text}, judging by its first two characters */
	boolean admits(String text, int p) {
		char c = text.charAt(p);
		if (!info.first.has(c)) {
			return false;
		}
		if (c >= ASCII || info.singles.has(c) || p + 1 >= text.length()) {
			// outside ASCII one atom may take a surrogate pair, so the second character is not judged
			return c >= ASCII || info.singles.has(c);
		}
		RegexChars second = info.pairs == null ? null : info.pairs[c];
		return second != null && second.has(text.charAt(p + 1));
	}

	private static final RegexWalker.Algebra<Info> ALGEBRA = new RegexWalker.Algebra<>() {

		@Override
		public Info empty() {
			Info i = new Info();
			i.nullable = true;
			return i;
		}

		@Override
		public Info chars(RegexChars chars) {
			Info i = new Info();
			i.first.addAll(chars);
			i.singles.addAll(chars);
			return i;
		}

		@Override
		public Info then(Info a, Info b) {
			return a.then(b);
		}

		@Override
		public Info union(Info a, Info b) {
			a.union(b);
			return a;
		}

		@Override
		public Info repeat(Info atom, int min, int max) {
			if (max > 1) {
				atom.addPairs(atom.singles, atom.first);
			}
			if (min == 0) {
				atom.nullable = true;
			}
			return atom;
		}
	};

	/**
	 * What a part of a regex can match, approximated: its possible first characters, the characters it can match
	 * alone (matches of length one), the characters that can follow each ASCII first character, and whether it can
	 * match empty text. The table of following characters is made only when a first pair is added: most parts are
	 * single characters that never get one, and a table for each of them made the walk of a large alternation allocate
	 * hundreds of megabytes at start-up.
	 */
	private static final class Info {

		final RegexChars first = new RegexChars();

		final RegexChars singles = new RegexChars();

		/** null until a pair is added */
		RegexChars[] pairs;

		boolean nullable;

		/** adds every pair (a, b) with a in {@code firsts} and b in {@code seconds} */
		void addPairs(RegexChars firsts, RegexChars seconds) {
			if (seconds.isEmpty()) {
				return;
			}
			for (int c = 0; c < ASCII; c++) {
				if (firsts.has((char) c)) {
					pair(c).addAll(seconds);
				}
			}
		}

		void addPairs(Info other) {
			if (other.pairs == null) {
				return;
			}
			for (int c = 0; c < ASCII; c++) {
				if (other.pairs[c] != null) {
					pair(c).addAll(other.pairs[c]);
				}
			}
		}

		private RegexChars pair(int c) {
			if (pairs == null) {
				pairs = new RegexChars[ASCII];
			}
			if (pairs[c] == null) {
				pairs[c] = new RegexChars();
			}
			return pairs[c];
		}

		void union(Info o) {
			first.addAll(o.first);
			singles.addAll(o.singles);
			addPairs(o);
			nullable |= o.nullable;
		}

		/** @return this followed by {@code b}; this is changed and returned */
		Info then(Info b) {
			addPairs(singles, b.first);
			if (nullable) {
				first.addAll(b.first);
				addPairs(b);
			}
			RegexChars aloneBefore = b.nullable ? copy(singles) : new RegexChars();
			if (nullable) {
				aloneBefore.addAll(b.singles);
			}
			singles.clear();
			singles.addAll(aloneBefore);
			nullable = nullable && b.nullable;
			return this;
		}

		private static RegexChars copy(RegexChars chars) {
			RegexChars c = new RegexChars();
			c.addAll(chars);
			return c;
		}
	}
}
