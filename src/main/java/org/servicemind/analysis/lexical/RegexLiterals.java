package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads literal requirements out of regex text for {@link GatedPattern}: the top-level alternatives of a regex, and
 * for each the literal word runs, rare punctuation, symbols outside the Basic Multilingual Plane (emoji) and any-of
 * literal sets of mandatory groups that every match must contain. Understands the subset of {@link java.util.regex.Pattern} syntax the lexicons use; where unsure it requires
 * less, never more. Stateless.
 */
final class RegexLiterals {

	private static final int MIN_ANCHOR = 3;

	/** punctuation that is rare in prose, so a required one makes a good gate on its own */
	private static final String RARE = "_/@#&%=~";

	private RegexLiterals() {
	}

	/**
	 * Every requirement known for a whole alternative: its longest literal run outside groups and the any-of literal
	 * sets of each of its mandatory groups. A match contains at least one literal from each set.
	 */
	static List<List<String>> requirements(String alternative) {
		List<List<String>> sets = new ArrayList<>();
		for (String literal : literalRuns(alternative)) {
			sets.add(List.of(literal));
		}
		for (String rare : rareCharacters(alternative)) {
			sets.add(List.of(rare));
		}
		for (String symbol : symbols(alternative)) {
			sets.add(List.of(symbol));
		}
		for (String group : mandatoryGroups(alternative)) {
			List<String> inner = requirement(group);
			if (inner != null) {
				sets.add(inner);
			}
		}
		return sets;
	}

	/**
	 * Literals of which every match of {@code regex} contains at least one, or null when unknown: for each top-level
	 * alternative its longest literal run outside groups, or else the requirement of one of its mandatory groups, or
	 * else one of its rare punctuation characters ({@value #RARE}), else one of its {@link #symbols}.
	 */
	static List<String> requirement(String regex) {
		List<String> union = new ArrayList<>();
		for (String alternative : splitTopLevel(regex)) {
			String literal = anchor(alternative);
			List<String> best = literal == null ? null : List.of(literal);
			for (String group : mandatoryGroups(alternative)) {
				List<String> inner = requirement(group);
				if (inner != null && (best == null || rarity(inner) > rarity(best))) {
					best = inner;
				}
			}
			if (best == null && !rareCharacters(alternative).isEmpty()) {
				best = List.of(rareCharacters(alternative).get(0)); // "t&cs", "%": a rare character is literal enough
			}
			if (best == null && !symbols(alternative).isEmpty()) {
				best = List.of(symbols(alternative).get(0)); // an emoji is as rare as a word
			}
			if (best == null) {
				return null;
			}
			union.addAll(best);
		}
		return union;
	}

	/** how selective a set of literals is: the length of its shortest member, with very common words counting 1 */
	private static int rarity(List<String> anyOf) {
		int min = Integer.MAX_VALUE;
		for (String a : anyOf) {
			min = Math.min(min, COMMON.contains(a) ? 1 : a.length());
		}
		return min * 16 - Math.min(15, anyOf.size());
	}

	private static final Set<String> COMMON = Set.of("you", "the", "and", "that", "this", "your",
			"are", "was", "not", "for", "have", "i'm", "it's", "with", "you'", "can", "our", "but", "all", "one", "get");

	/** rare punctuation ({@value #RARE}) written literally outside groups and classes, without a quantifier */
	static List<String> rareCharacters(String alternative) {
		List<String> found = new ArrayList<>();
		forEachStructural(alternative, (i, c, depth) -> {
			if (depth == 0 && RARE.indexOf(c) >= 0 && !quantified(alternative, i)
					&& !found.contains(String.valueOf(c))) {
				found.add(String.valueOf(c));
			}
		});
		return found;
	}

	/**
	 * characters outside the Basic Multilingual Plane (emoji and other symbols, a surrogate pair each) written
	 * literally outside groups and classes, without a quantifier, each as its two-character string
	 */
	static List<String> symbols(String alternative) {
		List<String> found = new ArrayList<>();
		forEachStructural(alternative, (i, c, depth) -> {
			if (depth == 0 && Character.isHighSurrogate(c) && i + 1 < alternative.length()
					&& Character.isLowSurrogate(alternative.charAt(i + 1)) && !quantified(alternative, i + 1)) {
				String symbol = alternative.substring(i, i + 2);
				if (!found.contains(symbol)) {
					found.add(symbol);
				}
			}
		});
		return found;
	}

	/** bodies of depth-0 groups that are neither lookarounds nor optional */
	private static List<String> mandatoryGroups(String alternative) {
		List<String> groups = new ArrayList<>();
		int[] open = { -1 };
		forEachStructural(alternative, (i, c, depth) -> {
			if (c == '(' && depth == 0) {
				open[0] = i;
			}
			else if (c == ')' && depth == 1) {
				String body = alternative.substring(open[0] + 1, i);
				boolean lookaround = body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=")
						|| body.startsWith("?<!");
				if (!lookaround && !quantified(alternative, i)) {
					if (body.startsWith("?:")) {
						groups.add(body.substring(2));
					}
					else if (!body.startsWith("?")) {
						groups.add(body);
					}
				}
			}
		});
		return groups;
	}

	static List<String> splitTopLevel(String regex) {
		List<String> parts = new ArrayList<>();
		int[] start = { 0 };
		forEachStructural(regex, (i, c, depth) -> {
			if (c == '|' && depth == 0) {
				parts.add(regex.substring(start[0], i));
				start[0] = i + 1;
			}
		});
		parts.add(regex.substring(start[0]));
		return parts;
	}

	/** whether the character at {@code i} is followed by a question mark, an asterisk or an opening brace */
	private static boolean quantified(String regex, int i) {
		char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
		return next == '?' || next == '*' || next == '{';
	}

	/** One character of a regex outside escapes and character classes, with the group depth before it. */
	interface StructuralChar {

		void at(int index, char c, int depth);
	}

	/** Calls {@code visitor} for every character of {@code regex} outside escapes and character classes. */
	static void forEachStructural(String regex, StructuralChar visitor) {
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else {
				visitor.at(i, c, depth);
				depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			}
		}
	}

	/**
	 * The longest run of literal letters, digits, apostrophes and spaces outside any group or class, without a
	 * quantifier on its last character; null when there is none of at least {@value #MIN_ANCHOR} characters.
	 */
	static String anchor(String alternative) {
		String best = null;
		for (String run : literalRuns(alternative)) {
			best = best == null || run.length() > best.length() ? run : best;
		}
		return best;
	}

	/** every literal run of at least {@value #MIN_ANCHOR} characters outside groups and classes */
	static List<String> literalRuns(String alternative) {
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < alternative.length(); i++) {
			char c = alternative.charAt(i);
			boolean literal = false;
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '{') {
				int close = alternative.indexOf('}', i);
				i = close < 0 ? alternative.length() : close;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0 && (Character.isLetterOrDigit(c) || c == '\'' || c == ' ' || c == '-' || c == ',')) {
				char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
				literal = next != '?' && next != '*' && next != '{' && next != '+';
				if (literal) {
					run.append(c);
				}
			}
			if (!literal) {
				flush(runs, run);
			}
		}
		flush(runs, run);
		return runs;
	}

	private static void flush(List<String> runs, StringBuilder run) {
		String candidate = run.toString().strip();
		if (candidate.length() >= MIN_ANCHOR) {
			runs.add(candidate);
		}
		run.setLength(0);
	}

}
