package org.servicemind.analysis.lexical;

/**
 * Folds a regex in the {@link java.util.regex.Pattern} syntax the lexicons use (literals, escapes, classes, groups,
 * lookarounds, alternation, greedy, lazy and possessive quantifiers) into a value of an {@link Algebra}, bottom-up.
 * Anything else (inline flags, back references, nested or intersected classes, {@code \\Q}) throws
 * {@link IllegalArgumentException}; so does text left over after the regex, for example an unmatched closing parenthesis. Callers
 * use the value as an over-approximation of what the regex can match, so a construct the algebra cannot describe
 * exactly must map to a weaker value, never a stronger one.
 *
 * @param <T> what the algebra computes for a part of a regex
 */
final class RegexWalker<T> {

	/** What the parts of a regex stand for and how they combine. Values may be mutated and returned. */
	interface Algebra<T> {

		/** a part that matches no characters: anchors, word boundaries, lookarounds (nullable true) */
		T empty();

		/** one character out of {@code chars} */
		T chars(RegexChars chars);

		/** {@code a} followed by {@code b} */
		T then(T a, T b);

		/** {@code a} or {@code b} */
		T union(T a, T b);

		/** {@code atom} repeated from {@code min} up to {@code max} times ({@code max} is Integer.MAX_VALUE for unbounded) */
		T repeat(T atom, int min, int max);
	}

	private final String re;

	private final Algebra<T> algebra;

	private int pos;

	private RegexWalker(String re, Algebra<T> algebra) {
		this.re = re;
		this.algebra = algebra;
	}

	/**
	 * @return the value of the whole regex
	 * @throws IllegalArgumentException for syntax outside the supported subset
	 * @throws IndexOutOfBoundsException for a regex that ends inside a construct
	 */
	static <T> T fold(String regex, Algebra<T> algebra) {
		RegexWalker<T> walker = new RegexWalker<>(regex, algebra);
		T all = walker.alternation();
		if (walker.pos != regex.length()) {
			throw new IllegalArgumentException("unexpected " + regex.charAt(walker.pos));
		}
		return all;
	}

	private T alternation() {
		T all = sequence();
		while (pos < re.length() && re.charAt(pos) == '|') {
			pos++;
			all = algebra.union(all, sequence());
		}
		return all;
	}

	private T sequence() {
		T seq = algebra.empty();
		while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
			seq = algebra.then(seq, quantified(atom()));
		}
		return seq;
	}

	/** applies the quantifier after an atom, if any */
	private T quantified(T atom) {
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
		return algebra.repeat(atom, min, max);
	}

	private T atom() {
		char c = re.charAt(pos++);
		RegexChars chars = new RegexChars();
		switch (c) {
			case '(' -> {
				return group();
			}
			case '[' -> chars = charClass();
			case '.' -> chars.any();
			case '^', '$' -> {
				return algebra.empty();
			}
			case '\\' -> {
				if ("bBAzZG".indexOf(re.charAt(pos)) >= 0) {
					pos++;
					return algebra.empty();
				}
				chars = escape();
			}
			case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected " + c);
			default -> chars.add(c);
		}
		return algebra.chars(chars);
	}

	private T group() {
		boolean lookaround = false;
		if (re.charAt(pos) == '?') {
			char k = re.charAt(pos + 1);
			if (k == ':' || k == '>') {
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
		T inner = alternation();
		if (re.charAt(pos++) != ')') {
			throw new IllegalArgumentException("unclosed group");
		}
		return lookaround ? algebra.empty() : inner;
	}

	/** the characters of an escape that stands for characters (not for a position) */
	private RegexChars escape() {
		char e = re.charAt(pos++);
		RegexChars s = new RegexChars();
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

	private RegexChars charClass() {
		RegexChars s = new RegexChars();
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
