package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large lexicon alternation split into its top-level alternatives, each compiled on its own and guarded by the
 * literals it requires. An alternative runs only when its literals occur in the text (one {@link AnchorAutomaton}
 * pass, shared by all patterns compiled together as a {@link #family}), and then it is tried only at positions whose
 * character can begin a match ({@link FirstChars}) and whose text begins with one of its leading literals
 * ({@link LeadingLiterals}) or, for an alternative that begins with words, continues as it must after them
 * ({@link WordLeads}), so a typical message pays for a handful of anchored attempts
 * instead of trying every alternative at every position. Matches are identical to those of each alternative searched
 * on its own with {@link Matcher#find()}; callers remove overlaps. Immutable and thread-safe.
 */
final class GatedPattern {

	/** Receives one match; the matcher is positioned on it and must not be kept. */
	interface Sink {

		void accept(Matcher match);
	}

	private final Pattern[] alternatives;

	/** per alternative, the characters its matches begin with, or null to search every position */
	private final FirstChars[] firsts;

	/** per alternative, the literals its matches begin with, or null when unknown or too short to help */
	private final LeadingLiterals[] leads;

	/** per alternative, sets of literal ids: from every set at least one literal must occur */
	private final int[][][] gates;

	/** per alternative, what follows its first words when it begins with words instead of literals, else null */
	private final WordLeads[] words;

	/** what a word-start alternative is wrapped in: no letter, digit or apostrophe before, a letter or digit next */
	private static final String WORD_START = "(?<![\\p{L}\\p{N}'])(?=[\\p{L}\\p{N}])(?:";

	/** whether every match begins at a word start (not after a letter, digit or apostrophe) */
	private final boolean wordStart;

	private final AnchorAutomaton automaton;

	/** the gates of the whole family, indexed by literal */
	private final Gates familyGates;

	/** the family-wide index of alternative 0 in {@link #familyGates} */
	private final int offset;

	/** the ids of the family's literals in {@link #automaton} */
	private final Map<String, Integer> literalIds;

	private GatedPattern(Pattern[] alternatives, int[][][] gates, boolean wordStart, AnchorAutomaton automaton,
			Gates familyGates, int offset, Map<String, Integer> literalIds) {
		this.literalIds = literalIds;
		this.alternatives = alternatives;
		this.gates = gates;
		this.wordStart = wordStart;
		this.automaton = automaton;
		this.familyGates = familyGates;
		this.offset = offset;
		this.firsts = new FirstChars[alternatives.length];
		this.leads = new LeadingLiterals[alternatives.length];
		this.words = new WordLeads[alternatives.length];
		for (int i = 0; i < alternatives.length; i++) {
			String regex = alternatives[i].pattern();
			firsts[i] = FirstChars.of(regex);
			leads[i] = firsts[i] == null ? null : LeadingLiterals.of(regex);
			if (firsts[i] != null && leads[i] == null) {
				words[i] = WordLeads.of(wordStart ? regex.substring(WORD_START.length(), regex.length() - 1) : regex);
			}
		}
	}

	static GatedPattern compile(String regex) {
		return compile(regex, false);
	}

	/**
	 * @param wordStart when true every match must begin at the start of a word, which lets the engine reject most
	 *     positions with one character test
	 */
	static GatedPattern compile(String regex, boolean wordStart) {
		return family(wordStart, List.of(regex)).get(0);
	}

	/**
	 * Compiles several patterns that share one anchor automaton, so that one {@link #anchors} pass over a text serves
	 * them all.
	 */
	static List<GatedPattern> family(boolean wordStart, List<String> regexes) {
		List<String> literals = new ArrayList<>();
		Map<String, Integer> ids = new HashMap<>();
		List<Pattern[]> compiled = new ArrayList<>();
		List<int[][][]> allGates = new ArrayList<>();
		for (String regex : regexes) {
			List<String> parts = RegexLiterals.splitTopLevel(regex);
			Pattern[] patterns = new Pattern[parts.size()];
			int[][][] gates = new int[parts.size()][][];
			for (int i = 0; i < parts.size(); i++) {
				patterns[i] = Pattern.compile(wordStart ? WORD_START + parts.get(i) + ")" : parts.get(i));
				List<List<String>> sets = RegexLiterals.requirements(parts.get(i));
				gates[i] = new int[sets.size()][];
				for (int k = 0; k < sets.size(); k++) {
					gates[i][k] = sets.get(k).stream().mapToInt(l -> ids.computeIfAbsent(l, key -> {
						literals.add(key);
						return literals.size() - 1;
					})).distinct().toArray();
				}
			}
			compiled.add(patterns);
			allGates.add(gates);
		}
		AnchorAutomaton automaton = new AnchorAutomaton(literals);
		List<int[][]> flat = new ArrayList<>();
		allGates.forEach(g -> flat.addAll(List.of(g)));
		Gates familyGates = new Gates(flat, literals);
		List<GatedPattern> family = new ArrayList<>();
		Map<String, Integer> literalIds = Map.copyOf(ids);
		int offset = 0;
		for (int r = 0; r < regexes.size(); r++) {
			family.add(new GatedPattern(compiled.get(r), allGates.get(r), wordStart, automaton, familyGates, offset,
					literalIds));
			offset += compiled.get(r).length;
		}
		return List.copyOf(family);
	}

	/**
	 * Compiles each top-level alternative of {@code body} as a whole-word pattern {@code \\b(?:alternative)\\b}, plus
	 * the given extra alternatives as they are.
	 */
	static GatedPattern words(String body, String... extra) {
		StringBuilder regex = new StringBuilder(wordsBody(body));
		for (String part : extra) {
			regex.append('|').append(part);
		}
		return compile(regex.toString());
	}

	/**
	 * Compiles each top-level alternative of {@code body} as {@code \\b(?:alternative)}: a text has a match exactly
	 * when {@code \\b(?:body)} has one.
	 */
	static GatedPattern startingWords(String body) {
		StringBuilder regex = new StringBuilder();
		for (String part : RegexLiterals.splitTopLevel(body)) {
			regex.append(regex.length() == 0 ? "" : "|").append("\\b(?:").append(part).append(')');
		}
		return compile(regex.toString());
	}

	/** @return the top-level alternatives of {@code body}, each wrapped as {@code \\b(?:alternative)\\b}, joined by "|" */
	static String wordsBody(String body) {
		StringBuilder regex = new StringBuilder();
		for (String part : RegexLiterals.splitTopLevel(body)) {
			regex.append(regex.length() == 0 ? "" : "|").append("\\b(?:").append(part).append(")\\b");
		}
		return regex.toString();
	}

	/**
	 * What one pass over a text found for a family: the anchors present, the alternatives whose gates they open and,
	 * for word-start patterns, the positions not right after an ASCII letter, digit or apostrophe (the only places a
	 * match can begin).
	 */
	static final class Scan {

		final long[] anchors;

		/** family-wide, the open alternatives ({@link Gates#open}) */
		final long[] open;

		/** candidate start positions in ascending order, or null for every position */
		final int[] starts;

		final int count;

		private Scan(long[] anchors, long[] open, int[] starts, int count) {
			this.anchors = anchors;
			this.open = open;
			this.starts = starts;
			this.count = count;
		}
	}

	/** @return the scan of {@code text} for {@link #forEachMatch(String, Scan, Sink)} of any pattern of this family */
	Scan scan(String text) {
		long[] anchors = automaton.scan(text);
		long[] open = familyGates.open(anchors);
		if (!wordStart) {
			return new Scan(anchors, open, null, text.length());
		}
		int[] starts = new int[Math.min(text.length(), 16 + text.length() / 3)];
		int count = 0;
		for (int p = 0, n = text.length(); p < n; p++) {
			if (p == 0 || !continuesWord(text.charAt(p - 1))) {
				if (count == starts.length) {
					starts = java.util.Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = p;
			}
		}
		return new Scan(anchors, open, starts, count);
	}

	/** Calls {@code sink} for every match of every alternative whose anchors occur in {@code text}. */
	void forEachMatch(String text, Sink sink) {
		run(text, scan(text), Integer.MAX_VALUE, sink);
	}

	/** As {@link #forEachMatch(String, Sink)}, with the scan already made by any pattern of this family. */
	void forEachMatch(String text, Scan scan, Sink sink) {
		run(text, scan, Integer.MAX_VALUE, sink);
	}

	/** @return the number of matches over all alternatives, stopping at {@code cap} */
	int count(String text, int cap) {
		return run(text, scan(text), cap, null);
	}

	/** As {@link #count(String, int)}, with the scan already made by any pattern of this family. */
	int count(String text, Scan scan, int cap) {
		return run(text, scan, cap, null);
	}

	private int run(String text, Scan scan, int cap, Sink sink) {
		int n = 0;
		long[] open = scan.open;
		for (int i = 0; i < alternatives.length && n < cap; i++) {
			if (Gates.isOpen(open, offset + i)) {
				n += search(i, text, scan, cap - n, sink);
			}
		}
		return n;
	}

	/**
	 * The matches of alternative {@code i} exactly as repeated {@link Matcher#find()} reports them: tried only at
	 * positions its first characters admit, with transparent, non-anchoring bounds so lookarounds, word boundaries
	 * and {@code ^} see the whole text.
	 */
	private int search(int i, String text, Scan scan, int cap, Sink sink) {
		FirstChars first = firsts[i];
		LeadingLiterals lead = leads[i];
		WordLeads word = words[i];
		int n = 0;
		if (first == null) {
			Matcher m = alternatives[i].matcher(text);
			while (n < cap && m.find()) {
				n++;
				if (sink != null) {
					sink.accept(m);
				}
			}
			return n;
		}
		Matcher m = null;
		int length = text.length();
		int from = 0;
		int[] starts = scan.starts;
		int only = starts == null ? first.only() : -1;
		for (int k = 0; k < scan.count && n < cap; k++) {
			if (only >= 0) {
				k = text.indexOf(only, Math.max(k, from)); // every match begins with this one character
				if (k < 0) {
					break;
				}
			}
			int p = starts == null ? k : starts[k];
			if (p < from || !first.admits(text, p) || lead != null && !lead.admits(text, p)
					|| word != null && !word.admits(text, p)) {
				continue;
			}
			if (m == null) {
				m = alternatives[i].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			m.region(p, length);
			if (!m.lookingAt()) {
				continue;
			}
			int end = m.end();
			n++;
			if (sink != null) {
				sink.accept(m);
			}
			from = end == p ? p + 1 : end;
		}
		return n;
	}

	/** an ASCII letter, digit or apostrophe: the word-start guard rejects a match right after one */
	private static boolean continuesWord(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '\'';
	}

	int size() {
		return alternatives.length;
	}

	/** Calls {@code sink} for every match of alternative {@code i} alone, ignoring its gate. */
	void forEachMatchOf(int i, String text, Sink sink) {
		search(i, text, scan(text), Integer.MAX_VALUE, sink);
	}

	/** @return the compiled alternative {@code i} */
	Pattern alternative(int i) {
		return alternatives[i];
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

	/** @return whether {@code scan} (of this family) lets alternative {@code i} run, as its family's gates decided */
	boolean opened(int i, Scan scan) {
		return Gates.isOpen(scan.open, offset + i);
	}

	/**
	 * @return the id of {@code literal} among the family's gate literals, so that {@link AnchorAutomaton#present} on
	 *     a {@link Scan#anchors} tells whether the scanned text contains it; -1 when it is not one of them
	 */
	int literalId(String literal) {
		Integer id = literalIds.get(literal);
		return id == null ? -1 : id;
	}

	/** @return whether alternative {@code i} is tried at a reduced set of start positions */
	boolean startFiltered(int i) {
		return firsts[i] != null;
	}

	private static boolean open(int[][] gate, long[] present) {
		for (int[] anyOf : gate) {
			boolean hit = false;
			for (int id : anyOf) {
				if (AnchorAutomaton.present(present, id)) {
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
}
