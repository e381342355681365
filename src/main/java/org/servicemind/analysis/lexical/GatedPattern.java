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

	/** per alternative, sets of literal ids: from every set at least one literal must occur */
	private final int[][][] gates;

	private final AnchorAutomaton automaton;

	private GatedPattern(Pattern[] alternatives, int[][][] gates, AnchorAutomaton automaton) {
		this.alternatives = alternatives;
		this.gates = gates;
		this.automaton = automaton;
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
		int[][][] gates = new int[parts.size()][][];
		List<String> literals = new ArrayList<>();
		java.util.Map<String, Integer> ids = new java.util.HashMap<>();
		for (int i = 0; i < parts.size(); i++) {
			patterns[i] = Pattern.compile(wordStart ? "(?<![\\p{L}\\p{N}'])(?=[\\p{L}\\p{N}])(?:" + parts.get(i) + ")"
					: parts.get(i));
			List<List<String>> sets = requirements(parts.get(i));
			gates[i] = new int[sets.size()][];
			for (int k = 0; k < sets.size(); k++) {
				gates[i][k] = sets.get(k).stream().mapToInt(l -> ids.computeIfAbsent(l, key -> {
					literals.add(key);
					return literals.size() - 1;
				})).distinct().toArray();
			}
		}
		return new GatedPattern(patterns, gates, new AnchorAutomaton(literals));
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

	/** @return the top-level alternatives of {@code body}, each wrapped as {@code \\b(?:alternative)\\b}, joined by "|" */
	static String wordsBody(String body) {
		StringBuilder regex = new StringBuilder();
		for (String part : splitTopLevel(body)) {
			regex.append(regex.length() == 0 ? "" : "|").append("\\b(?:").append(part).append(")\\b");
		}
		return regex.toString();
	}

	/** Calls {@code sink} for every match of every alternative whose anchor occurs in {@code text}. */
	void forEachMatch(String text, Sink sink) {
		java.util.BitSet present = automaton.scan(text);
		for (int i = 0; i < alternatives.length; i++) {
			if (!open(gates[i], present)) {
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
		java.util.BitSet present = automaton.scan(text);
		for (int i = 0; i < alternatives.length && n < cap; i++) {
			if (!open(gates[i], present)) {
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
	boolean gated(int i) {
		return gates[i].length > 0;
	}

	boolean gateOpen(int i, String text) {
		return open(gates[i], automaton.scan(text));
	}

	private static boolean open(int[][] gate, java.util.BitSet present) {
		for (int[] anyOf : gate) {
			boolean hit = false;
			for (int id : anyOf) {
				if (present.get(id)) {
					hit = true;
					break;
				}
			}
			if (!hit) {
				return false;
			}
		}
		return true;
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
