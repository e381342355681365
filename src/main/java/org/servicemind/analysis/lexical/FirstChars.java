package org.servicemind.analysis.lexical;

/**
 * The first two characters a match of a regex can begin with, over-approximated from the regex text: a match starts
 * only at a position that {@link #admits} says so. Used to try a pattern only where it can match instead of at every
 * position. Understands the {@link java.util.regex.Pattern} syntax the lexicons use (literals, escapes, classes,
 * groups, lookarounds, alternation, quantifiers); {@link #of} returns null for anything else, for inline flags, and
 * for regexes that can match the empty string, so callers fall back to a plain search. Immutable.
 */
final class FirstChars {

	private static final int ASCII = 128;

	private final Info info;

	private FirstChars(Info info) {
		this.info = info;
	}

	/** @return the first characters of {@code regex}, or null when unknown or when it can match empty text */
	static FirstChars of(String regex) {
		try {
			Parser p = new Parser(regex);
			Info s = p.alternation();
			if (p.pos != regex.length() || s.nullable) {
				return null;
			}
			return new FirstChars(s);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** @return the one character every match begins with, or -1 when there are several */
	int only() {
		Chars f = info.first;
		if (f.other || Long.bitCount(f.low) + Long.bitCount(f.high) != 1) {
			return -1;
		}
		return f.low != 0 ? Long.numberOfTrailingZeros(f.low) : 64 + Long.numberOfTrailingZeros(f.high);
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
		Chars second = info.pairs[c];
		return second != null && second.has(text.charAt(p + 1));
	}

	/** a set of characters: ASCII ones by bit, all others by one flag */
	private static final class Chars {

		long low;

		long high;

		boolean other;

		boolean has(char c) {
			if (c >= ASCII) {
				return other;
			}
			return ((c < 64 ? low >>> c : high >>> (c - 64)) & 1) != 0;
		}

		void add(char c) {
			if (c >= ASCII) {
				other = true;
			}
			else if (c < 64) {
				low |= 1L << c;
			}
			else {
				high |= 1L << (c - 64);
			}
		}

		void addRange(char from, char to) {
			for (int c = from; c <= to; c++) {
				if (c >= ASCII) {
					other = true;
					break;
				}
				add((char) c);
			}
		}

		void addAll(Chars s) {
			low |= s.low;
			high |= s.high;
			other |= s.other;
		}

		void any() {
			low = -1;
			high = -1;
			other = true;
		}

		boolean isEmpty() {
			return low == 0 && high == 0 && !other;
		}
	}

	/**
	 * What a part of a regex can match, approximated: its possible first characters, the characters it can match
	 * alone (matches of length one), the characters that can follow each ASCII first character, and whether it can
	 * match empty text.
	 */
	private static final class Info {

		final Chars first = new Chars();

		final Chars singles = new Chars();

		final Chars[] pairs = new Chars[ASCII];

		boolean nullable;

		static Info empty(boolean nullable) {
			Info i = new Info();
			i.nullable = nullable;
			return i;
		}

		static Info of(Chars chars) {
			Info i = new Info();
			i.first.addAll(chars);
			i.singles.addAll(chars);
			return i;
		}

		/** adds every pair (a, b) with a in {@code firsts} and b in {@code seconds} */
		void addPairs(Chars firsts, Chars seconds) {
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
			for (int c = 0; c < ASCII; c++) {
				if (other.pairs[c] != null) {
					pair(c).addAll(other.pairs[c]);
				}
			}
		}

		private Chars pair(int c) {
			if (pairs[c] == null) {
				pairs[c] = new Chars();
			}
			return pairs[c];
		}

		void union(Info o) {
			first.addAll(o.first);
			singles.addAll(o.singles);
			addPairs(o);
			nullable |= o.nullable;
		}

		/** @return this followed by {@code b} */
		Info then(Info b) {
			Info r = new Info();
			r.first.addAll(first);
			r.addPairs(this);
			r.addPairs(singles, b.first);
			if (b.nullable) {
				r.singles.addAll(singles);
			}
			if (nullable) {
				r.first.addAll(b.first);
				r.addPairs(b);
				r.singles.addAll(b.singles);
			}
			r.nullable = nullable && b.nullable;
			return r;
		}

		/** this repeated, possibly more than once */
		void repeat() {
			addPairs(singles, first);
		}
	}

	private static final class Parser {

		private final String re;

		private int pos;

		Parser(String re) {
			this.re = re;
		}

		Info alternation() {
			Info all = sequence();
			while (pos < re.length() && re.charAt(pos) == '|') {
				pos++;
				all.union(sequence());
			}
			return all;
		}

		private Info sequence() {
			Info seq = Info.empty(true);
			while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
				seq = seq.then(quantified(atom()));
			}
			return seq;
		}

		/** applies the quantifier after an atom, if any */
		private Info quantified(Info atom) {
			if (pos >= re.length()) {
				return atom;
			}
			char c = re.charAt(pos);
			int min;
			int max;
			if (c == '?' || c == '*' || c == '+') {
				min = c == '+' ? 1 : 0;
				max = c == '?' ? 1 : Integer.MAX_VALUE;
				pos++;
			}
			else if (c == '{') {
				int close = re.indexOf('}', pos);
				String body = re.substring(pos + 1, close);
				int comma = body.indexOf(',');
				min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
				String upper = comma < 0 ? body : body.substring(comma + 1).strip();
				max = upper.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(upper);
				pos = close + 1;
			}
			else {
				return atom;
			}
			if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
				pos++; // lazy or possessive
			}
			if (max > 1) {
				atom.repeat();
			}
			if (min == 0) {
				atom.nullable = true;
			}
			return atom;
		}

		private Info atom() {
			char c = re.charAt(pos++);
			Chars chars = new Chars();
			switch (c) {
				case '(' -> {
					return group();
				}
				case '[' -> chars = charClass();
				case '.' -> chars.any();
				case '^', '$' -> {
					return Info.empty(true);
				}
				case '\\' -> {
					if ("bBAzZG".indexOf(re.charAt(pos)) >= 0) {
						pos++;
						return Info.empty(true);
					}
					chars = escape();
				}
				case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected " + c);
				default -> chars.add(c);
			}
			return Info.of(chars);
		}

		private Info group() {
			boolean lookaround = false;
			if (re.charAt(pos) == '?') {
				char k = re.charAt(pos + 1);
				if (k == ':') {
					pos += 2;
				}
				else if (k == '=' || k == '!') {
					pos += 2;
					lookaround = true;
				}
				else if (k == '<' && (re.charAt(pos + 2) == '=' || re.charAt(pos + 2) == '!')) {
					pos += 3;
					lookaround = true;
				}
				else if (k == '<' && Character.isLetter(re.charAt(pos + 2))) {
					pos = re.indexOf('>', pos) + 1;
				}
				else {
					throw new IllegalArgumentException("flags or unknown group");
				}
			}
			Info inner = alternation();
			if (re.charAt(pos++) != ')') {
				throw new IllegalArgumentException("unclosed group");
			}
			return lookaround ? Info.empty(true) : inner;
		}

		/** the characters of an escape that stands for characters (not for a position) */
		private Chars escape() {
			char e = re.charAt(pos++);
			Chars s = new Chars();
			switch (e) {
				case 'd' -> s.addRange('0', '9');
				case 'w' -> {
					s.addRange('a', 'z');
					s.addRange('A', 'Z');
					s.addRange('0', '9');
					s.add('_');
				}
				case 's' -> {
					s.add(' ');
					s.addRange('\t', '\r');
				}
				case 'D', 'W', 'S' -> s.any();
				case 'p', 'P' -> {
					pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
					s.any();
				}
				default -> s.add(escapedChar(e));
			}
			return s;
		}

		/** a single character written as an escape; throws for escapes with another meaning */
		private char escapedChar(char e) {
			if (e == 'u') {
				pos += 4;
				return (char) Integer.parseInt(re.substring(pos - 4, pos), 16);
			}
			if (Character.isLetterOrDigit(e) && "ntrf".indexOf(e) < 0) {
				throw new IllegalArgumentException("escape \\" + e);
			}
			return e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : e;
		}

		private Chars charClass() {
			Chars s = new Chars();
			boolean negated = re.charAt(pos) == '^';
			if (negated) {
				pos++;
			}
			if (re.charAt(pos) == ']') {
				throw new IllegalArgumentException("class starting with ]");
			}
			while (re.charAt(pos) != ']') {
				char c = re.charAt(pos++);
				if (c == '[' || (c == '&' && re.charAt(pos) == '&')) {
					throw new IllegalArgumentException("nested class");
				}
				if (c == '\\') {
					char e = re.charAt(pos);
					if ("dwsDWSpP".indexOf(e) >= 0) {
						s.addAll(escape());
						continue;
					}
					pos++;
					c = escapedChar(e);
				}
				if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
					pos++;
					char to = re.charAt(pos++);
					if (to == '\\') {
						to = escapedChar(re.charAt(pos++));
					}
					if (to < c) {
						throw new IllegalArgumentException("bad range");
					}
					s.addRange(c, to);
				}
				else {
					s.add(c);
				}
			}
			pos++;
			if (negated) {
				s.any();
			}
			return s;
		}
	}
}
