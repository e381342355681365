package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large lexicon alternation split into its top-level alternatives, each compiled on its own and guarded by the
 * longest literal word run it requires. An alternative runs only when its literal occurs in the text
 * ({@link String#indexOf(String)}), so a typical message pays for a handful of small regexes instead of trying every
 * alternative at every position. Matches are identical to those of each alternative on its own; callers remove
 * overlaps. Immutable and thread-safe.
 */
final class GatedPattern {

	/** Receives one match; the matcher is positioned on it. */
	interface Sink {

		void accept(Matcher match);
	}

	private static final int MIN_ANCHOR = 3;

	private final Pattern[] alternatives;

	/** per alternative, literals of which at least one must occur; null when none is known */
	private final String[][] anchors;

	private GatedPattern(Pattern[] alternatives, String[][] anchors) {
		this.alternatives = alternatives;
		this.anchors = anchors;
	}

	static GatedPattern compile(String regex) {
		return compile(regex, false);
	}

	/**
	 * @param wordStart when true every match must begin at the start of a word, which lets the engine reject most
	 *     positions with one character test
	 */
	static GatedPattern compile(String regex, boolean wordStart) {
		List<String> parts = splitTopLevel(regex);
		Pattern[] patterns = new Pattern[parts.size()];
		String[][] anchors = new String[parts.size()][];
		for (int i = 0; i < parts.size(); i++) {
			patterns[i] = Pattern.compile(wordStart ? "(?<![\\p{L}\\p{N}'])(?=[\\p{L}\\p{N}])(?:" + parts.get(i) + ")"
					: parts.get(i));
			List<String> required = requirement(parts.get(i));
			anchors[i] = required == null ? null : required.toArray(String[]::new);
		}
		return new GatedPattern(patterns, anchors);
	}

	/**
	 * Compiles each top-level alternative of {@code body} as a whole-word pattern {@code \\b(?:alternative)\\b}, plus
	 * the given extra alternatives as they are.
	 */
	static GatedPattern words(String body, String... extra) {
		StringBuilder regex = new StringBuilder();
		for (String part : splitTopLevel(body)) {
			regex.append(regex.length() == 0 ? "" : "|").append("\\b(?:").append(part).append(")\\b");
		}
		for (String part : extra) {
			regex.append('|').append(part);
		}
		return compile(regex.toString());
	}

	/** Calls {@code sink} for every match of every alternative whose anchor occurs in {@code text}. */
	void forEachMatch(String text, Sink sink) {
		for (int i = 0; i < alternatives.length; i++) {
			if (!present(anchors[i], text)) {
				continue;
			}
			Matcher m = alternatives[i].matcher(text);
			while (m.find()) {
				sink.accept(m);
			}
		}
	}

	/** @return the number of matches over all alternatives, stopping at {@code cap} */
	int count(String text, int cap) {
		int n = 0;
		for (int i = 0; i < alternatives.length && n < cap; i++) {
			if (!present(anchors[i], text)) {
				continue;
			}
			Matcher m = alternatives[i].matcher(text);
			while (n < cap && m.find()) {
				n++;
			}
		}
		return n;
	}

	int size() {
		return alternatives.length;
	}

	/** @return whether alternative {@code i} matches anywhere in {@code text}, ignoring the gate */
	boolean alternativeMatches(int i, String text) {
		return alternatives[i].matcher(text).find();
	}

	/** @return whether the gate of alternative {@code i} lets it run on {@code text} */
	boolean gateOpen(int i, String text) {
		return present(anchors[i], text);
	}

	private static boolean present(String[] anyOf, String text) {
		if (anyOf == null) {
			return true;
		}
		for (String a : anyOf) {
			if (text.indexOf(a) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Literals of which every match of {@code regex} contains at least one, or null when unknown: for each top-level
	 * alternative its longest literal run outside groups, or else the requirement of one of its mandatory groups.
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

	private static final java.util.Set<String> COMMON = java.util.Set.of("you", "the", "and", "that", "this", "your",
			"are", "was", "not", "for", "have", "i'm", "it's", "with", "you'", "can", "our", "but", "all", "one", "get");

	/** bodies of depth-0 groups that are neither lookarounds nor optional */
	private static List<String> mandatoryGroups(String alternative) {
		List<String> groups = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int open = -1;
		for (int i = 0; i < alternative.length(); i++) {
			char c = alternative.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				if (depth++ == 0) {
					open = i;
				}
			}
			else if (c == ')' && --depth == 0) {
				char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
				String body = alternative.substring(open + 1, i);
				boolean lookaround = body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=")
						|| body.startsWith("?<!");
				if (!lookaround && next != '?' && next != '*' && next != '{') {
					if (body.startsWith("?:")) {
						body = body.substring(2);
					}
					else if (body.startsWith("?")) {
						continue;
					}
					groups.add(body);
				}
			}
		}
		return groups;
	}

	static List<String> splitTopLevel(String regex) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
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
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(regex.substring(start));
		return parts;
	}

	/**
	 * The longest run of literal letters, digits, apostrophes and spaces outside any group or class, without a
	 * quantifier on its last character; null when there is none of at least {@value #MIN_ANCHOR} characters.
	 */
	static String anchor(String alternative) {
		String best = null;
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
				best = longer(best, run);
				run.setLength(0);
			}
		}
		return longer(best, run);
	}

	private static String longer(String best, StringBuilder run) {
		String candidate = run.toString().strip();
		if (candidate.length() < MIN_ANCHOR) {
			return best;
		}
		return best == null || candidate.length() > best.length() ? candidate : best;
	}
}
