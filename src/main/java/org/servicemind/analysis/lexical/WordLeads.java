package org.servicemind.analysis.lexical;

/**
 * What must follow the first words of a match, for a regex that begins with one or more words of an ASCII word class
 * each followed by a literal separator ({@code [\w-]+ (?:isn't|is not)}, {@code \w+: (?:failed|ruined)},
 * {@code ((?:[\w-]+ ){1,2})['"]just}) and so has no leading literal of its own ({@link LeadingLiterals}): a match
 * can begin at a position only where a run of word characters ends in the separator and the rest of the regex can
 * begin right after it, judged by the rest's {@link LeadingLiterals} or {@link FirstChars}. Because the separator's
 * first character is not a word character, a word run of a match always ends where the maximal run of word characters
 * does, so the test reads the text once and never rejects a position where the regex matches. Zero-width assertions
 * ({@code \b}, lookarounds) before the words are ignored, which can only admit more. Immutable and thread-safe.
 */
final class WordLeads {

	private static final int ASCII = 128;

	private static final java.util.regex.Pattern INLINE_FLAGS = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z^-]");

	/** the word characters, by ASCII code */
	private final boolean[] word;

	private final String separator;

	/** fewest and most words before the rest */
	private final int min;

	private final int max;

	/** how the rest can begin; either or both null when unknown */
	private final LeadingLiterals restLeads;

	private final FirstChars restFirsts;

	private WordLeads(boolean[] word, String separator, int min, int max, String rest) {
		this.word = word;
		this.separator = separator;
		this.min = min;
		this.max = max;
		this.restFirsts = FirstChars.of(rest);
		this.restLeads = restFirsts == null ? null : LeadingLiterals.of(rest);
	}

	/**
	 * @return the word lead of {@code regex}, or null when it does not begin (after zero-width assertions) with words
	 *     of one ASCII class, each followed by the same literal separator, alone, in one group or in one repeated group
	 *     {@code (?:words separator){m,n}}, or when it sets inline flags
	 */
	static WordLeads of(String regex) {
		if (INLINE_FLAGS.matcher(regex).find()) {
			return null; // inline flags such as (?i) change what the classes match
		}
		int i = skipZeroWidth(regex, 0);
		if (i < 0) {
			return null;
		}
		int closing = 0;
		while (regex.startsWith("(", i) && closing < 2) { // a capturing group, a non-capturing one, or both
			i += regex.startsWith("(?:", i) ? 3 : 1;
			closing++;
		}
		Unit unit = unit(regex, i);
		if (unit == null) {
			return null;
		}
		i = unit.end;
		int min = 1;
		int max = 1;
		for (int k = 0; k < closing; k++) {
			if (!regex.startsWith(")", i)) {
				return null;
			}
			i++;
			if (regex.startsWith("{", i)) {
				int close = regex.indexOf('}', i);
				String[] bounds = close < 0 ? new String[0] : regex.substring(i + 1, close).split(",", -1);
				if (bounds.length != 2 || max != 1 || !bounds[0].matches("[1-9]") || !bounds[1].matches("[1-9]")) {
					return null;
				}
				min = Integer.parseInt(bounds[0]);
				max = Integer.parseInt(bounds[1]);
				if (min > max) {
					return null;
				}
				i = close + 1;
			}
			if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
				return null;
			}
		}
		return new WordLeads(unit.word, unit.separator, min, max, regex.substring(i));
	}

	/** @return whether a match can begin at {@code p} in {@code text} */
	boolean admits(String text, int p) {
		int n = text.length();
		int q = p;
		for (int k = 1; k <= max; k++) {
			int e = q;
			while (e < n && isWord(text.charAt(e))) {
				e++;
			}
			if (e == q || !text.startsWith(separator, e)) {
				return false;
			}
			q = e + separator.length();
			if (k >= min && restCanBeginAt(text, q)) {
				return true;
			}
		}
		return false;
	}

	private boolean restCanBeginAt(String text, int q) {
		if (restFirsts == null) {
			return true;
		}
		if (q >= text.length()) {
			return false; // the rest cannot match the empty string
		}
		return restLeads != null ? restLeads.admits(text, q) : restFirsts.admits(text, q);
	}

	private boolean isWord(char c) {
		return c < ASCII && word[c];
	}

	/** words of one class and the separator after them, ending at {@code end} in the regex */
	private record Unit(boolean[] word, String separator, int end) {
	}

	/** @return the unit at {@code i}: a word class, "+" (or possessive "++"), then literal separator characters */
	private static Unit unit(String regex, int i) {
		boolean[] word = new boolean[ASCII];
		int j;
		if (regex.startsWith("\\w", i)) {
			addWord(word);
			j = i + 2;
		}
		else if (regex.startsWith("[", i)) {
			j = wordClass(regex, i + 1, word);
			if (j < 0) {
				return null;
			}
		}
		else {
			return null;
		}
		if (!regex.startsWith("+", j)) {
			return null;
		}
		j += regex.startsWith("++", j) ? 2 : 1;
		if (j < regex.length() && "?*{+".indexOf(regex.charAt(j)) >= 0) {
			return null;
		}
		StringBuilder separator = new StringBuilder();
		while (j < regex.length() && isPlainLiteral(regex.charAt(j))
				&& !(j + 1 < regex.length() && "?*{+".indexOf(regex.charAt(j + 1)) >= 0)) {
			separator.append(regex.charAt(j++));
		}
		if (separator.length() == 0 || word[separator.charAt(0)]) {
			return null;
		}
		return new Unit(word, separator.toString(), j);
	}

	/**
	 * Reads a class body of {@code \w}, {@code \d}, ASCII ranges and the literal characters {@code ' - _} up to its
	 * closing bracket into {@code word}.
	 *
	 * @return the index after the closing bracket, or -1 for any other class (negated, escapes, other characters)
	 */
	private static int wordClass(String regex, int i, boolean[] word) {
		if (regex.startsWith("^", i)) {
			return -1;
		}
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == ']') {
				return i + 1;
			}
			if (regex.startsWith("\\w", i)) {
				addWord(word);
				i += 2;
			}
			else if (regex.startsWith("\\d", i)) {
				addRange(word, '0', '9');
				i += 2;
			}
			else if (i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']'
					&& Character.isLetterOrDigit(c) && c < ASCII && Character.isLetterOrDigit(regex.charAt(i + 2))
					&& regex.charAt(i + 2) < ASCII && c <= regex.charAt(i + 2)) {
				addRange(word, c, regex.charAt(i + 2));
				i += 3;
			}
			else if (c == '\'' || c == '-' || c == '_' || c < ASCII && Character.isLetterOrDigit(c)) {
				word[c] = true;
				i++;
			}
			else {
				return -1;
			}
		}
		return -1;
	}

	private static void addWord(boolean[] word) {
		addRange(word, 'a', 'z');
		addRange(word, 'A', 'Z');
		addRange(word, '0', '9');
		word['_'] = true;
	}

	private static void addRange(boolean[] word, char from, char to) {
		for (char c = from; c <= to; c++) {
			word[c] = true;
		}
	}

	/** a character that stands for itself in a regex outside a class */
	private static boolean isPlainLiteral(char c) {
		return c < ASCII && c >= ' ' && "\\^$.|?*+()[]{}".indexOf(c) < 0;
	}

	/** @return the index after the zero-width assertions at {@code i}, or -1 when a lookaround is not closed */
	private static int skipZeroWidth(String regex, int i) {
		while (true) {
			if (regex.startsWith("\\b", i)) {
				i += 2;
			}
			else if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
					|| regex.startsWith("(?<!", i)) {
				int close = closingParen(regex, i);
				if (close < 0) {
					return -1;
				}
				i = close + 1;
			}
			else {
				return i;
			}
		}
	}

	/** @return the index of the parenthesis closing the group that opens at {@code open}, or -1 */
	private static int closingParen(String regex, int open) {
		int[] found = { -1 };
		String tail = regex.substring(open);
		RegexLiterals.forEachStructural(tail, (k, c, depth) -> {
			if (found[0] < 0 && c == ')' && depth == 1) {
				found[0] = open + k;
			}
		});
		return found[0];
	}
}
