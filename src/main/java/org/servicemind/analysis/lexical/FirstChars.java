package org.servicemind.analysis.lexical;

/**
 * The characters a match of a regex can begin with, over-approximated from the regex text: a match of the regex
 * starts only at a position whose character {@link #admits} says so. Used to try a pattern only where it can match
 * instead of at every position. Understands the {@link java.util.regex.Pattern} syntax the lexicons use (literals,
 * escapes, classes, groups, lookarounds, alternation, quantifiers); {@link #of} returns null for anything else, for
 * inline flags, and for regexes that can match the empty string, so callers fall back to a plain search. Immutable.
 */
final class FirstChars {

	private static final int ASCII = 128;

	/** ASCII characters, bit {@code c} of word {@code c / 64} */
	private final long low;

	private final long high;

	/** whether a match may begin with a character outside ASCII */
	private final boolean other;

	private FirstChars(long low, long high, boolean other) {
		this.low = low;
		this.high = high;
		this.other = other;
	}

	/** @return the first characters of {@code regex}, or null when unknown or when it can match empty text */
	static FirstChars of(String regex) {
		try {
			Parser p = new Parser(regex);
			Set s = p.alternation();
			if (p.pos != regex.length() || s.nullable) {
				return null;
			}
			return new FirstChars(s.low, s.high, s.other);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	boolean admits(char c) {
		if (c >= ASCII) {
			return other;
		}
		return ((c < 64 ? low >>> c : high >>> (c - 64)) & 1) != 0;
	}

	/** @return how many ASCII characters are admitted */
	int asciiCount() {
		return Long.bitCount(low) + Long.bitCount(high);
	}

	/** a set of first characters and whether the part can match empty */
	private static final class Set {

		long low;

		long high;

		boolean other;

		boolean nullable;

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

		void addAll(Set s) {
			low |= s.low;
			high |= s.high;
			other |= s.other;
		}

		void any() {
			low = -1;
			high = -1;
			other = true;
		}

		static Set empty(boolean nullable) {
			Set s = new Set();
			s.nullable = nullable;
			return s;
		}
	}

	private static final class Parser {

		private final String re;

		private int pos;

		Parser(String re) {
			this.re = re;
		}

		Set alternation() {
			Set all = sequence();
			while (pos < re.length() && re.charAt(pos) == '|') {
				pos++;
				Set next = sequence();
				all.addAll(next);
				all.nullable |= next.nullable;
			}
			return all;
		}

		private Set sequence() {
			Set seq = Set.empty(true);
			while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
				Set atom = atom();
				if (quantifierAllowsZero()) {
					atom.nullable = true;
				}
				if (seq.nullable) {
					seq.addAll(atom);
					seq.nullable = atom.nullable;
				}
			}
			return seq;
		}

		/** consumes a quantifier after an atom, if any; @return whether it allows zero repetitions */
		private boolean quantifierAllowsZero() {
			if (pos >= re.length()) {
				return false;
			}
			char c = re.charAt(pos);
			boolean zero;
			if (c == '?' || c == '*') {
				zero = true;
				pos++;
			}
			else if (c == '+') {
				zero = false;
				pos++;
			}
			else if (c == '{') {
				int close = re.indexOf('}', pos);
				String body = re.substring(pos + 1, close);
				String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
				zero = Integer.parseInt(min.strip()) == 0;
				pos = close + 1;
			}
			else {
				return false;
			}
			if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
				pos++; // lazy or possessive
			}
			return zero;
		}

		private Set atom() {
			char c = re.charAt(pos++);
			switch (c) {
				case '(' -> {
					return group();
				}
				case '[' -> {
					return charClass();
				}
				case '.' -> {
					Set s = new Set();
					s.any();
					return s;
				}
				case '^', '$' -> {
					return Set.empty(true);
				}
				case '\\' -> {
					return escape();
				}
				case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected " + c);
				default -> {
					Set s = new Set();
					s.add(c);
					return s;
				}
			}
		}

		private Set group() {
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
			Set inner = alternation();
			if (re.charAt(pos++) != ')') {
				throw new IllegalArgumentException("unclosed group");
			}
			return lookaround ? Set.empty(true) : inner;
		}

		private Set escape() {
			char e = re.charAt(pos++);
			Set s = new Set();
			switch (e) {
				case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
					return Set.empty(true);
				}
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
			switch (e) {
				case 'n' -> {
					return '\n';
				}
				case 't' -> {
					return '\t';
				}
				case 'r' -> {
					return '\r';
				}
				case 'f' -> {
					return '\f';
				}
				case 'u' -> {
					char c = (char) Integer.parseInt(re.substring(pos, pos + 4), 16);
					pos += 4;
					return c;
				}
				default -> {
					if (Character.isLetterOrDigit(e)) {
						throw new IllegalArgumentException("escape \\" + e);
					}
					return e;
				}
			}
		}

		private Set charClass() {
			Set s = new Set();
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
