package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The self-talk alternatives that begin with an open class of words (any word before "'ll", a list of subjects, a
 * percentage, a sentence start), which {@link FirstChars} and {@link LeadingLiterals} cannot narrow: they are tried
 * only at the word starts their {@link Lead} admits and never past the last occurrence of a literal every match
 * needs, with exactly the matches repeated {@link Matcher#find()} would give. Immutable and thread-safe.
 */
final class SelfTalkLeads {

	private SelfTalkLeads() {
	}

	/**
	 * How an alternative begins, when that is an open class of words (any word before "'ll", a list of subjects) that
	 * {@link FirstChars} cannot narrow: {@link #admits} is true at every position where such a match can begin.
	 */
	enum Lead {

		/** {@link SelfTalkFamilies#WILL}, optionally or "won't": a letter run before an apostrophe, or a listed word */
		FUTURE("abcdefghijklmnopqrstuvwxyz", "will", "is going to", "are going to", "am going to", "gonna",
				"their going to", "theyre going to", "theyll", "won"),

		/**
		 * {@link SelfTalkFamilies#PEOPLE} or {@code OTHERS}: "the " covers "the others" and "the team", and "that",
		 * "this", "my" and "our" are always followed by a space there
		 */
		PEOPLE("", "they", "the ", "he", "she", "every", "people", "customers", "callers", "my ", "our ", "that ",
				"this "),

		/** "N percent", "N %" (N any run of {@code \\w}), mostly, nearly, almost */
		PERCENT("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", "mostly", "nearly", "almost"),

		/** the sentence start {@code (?<=^|[.!?\\n] |[.!?] {2}|\\n)} of {@code SelfTalkIndirectFamilies}, checked as such */
		SENTENCE("");

		private final String[] words;

		/** the ASCII characters a match can begin with */
		private final boolean[] first = new boolean[128];

		Lead(String runStarts, String... words) {
			this.words = words;
			for (char c : runStarts.toCharArray()) {
				first[c] = true;
			}
			for (String w : words) {
				first[w.charAt(0)] = true;
			}
		}

		/** @return false only when no match of an alternative with this lead can begin at {@code p} */
		boolean admits(String text, int p) {
			if (this == SENTENCE) {
				return p == 0 || text.charAt(p - 1) == '\n' || p >= 2 && text.charAt(p - 1) == ' '
						&& ".!?\n".indexOf(text.charAt(p - 2)) >= 0 || p >= 3 && text.startsWith("  ", p - 2)
								&& ".!?".indexOf(text.charAt(p - 3)) >= 0;
			}
			char c = text.charAt(p);
			if (c >= 128 || !first[c]) {
				return false;
			}
			for (String w : words) {
				if (w.charAt(0) == c && text.startsWith(w, p)) {
					return true;
				}
			}
			int q = p;
			if (this == FUTURE) {
				while (q < text.length() && text.charAt(q) >= 'a' && text.charAt(q) <= 'z') {
					q++;
				}
				return q > p && q < text.length() && text.charAt(q) == '\'';
			}
			if (this == PERCENT) {
				while (q < text.length() && isWordChar(text.charAt(q))) {
					q++;
				}
				return q > p && (text.startsWith(" percent", q) || text.startsWith(" %", q));
			}
			return false;
		}

		/** the regex {@code \\w} without flags */
		private static boolean isWordChar(char c) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
		}

		/** @return the lead of a top-level alternative, or null when {@link GatedPattern} should run it */
		static Lead of(String alternative) {
			if (alternative.startsWith("\\b" + SelfTalkFamilies.WILL) || alternative.startsWith("\\b(?:" + SelfTalkFamilies.WILL
					+ "|won'?t)") || alternative.startsWith("\\b(?!(?:i|we)(?:'ll| will|'m going to|'re going to| am going to|"
							+ " are going to)\\b)" + SelfTalkFamilies.WILL)) {
				return FUTURE;
			}
			if (alternative.startsWith("\\b" + SelfTalkFamilies.PEOPLE) || alternative.startsWith("\\b" + SelfTalkRules.OTHERS)) {
				return PEOPLE;
			}
			if (alternative.startsWith("(?<=^|[.!?\\n] |[.!?] {2}|\\n)")) {
				return SENTENCE;
			}
			return alternative.startsWith("\\b(?:\\w++ (?:percent|%)|mostly|nearly|almost)") ? PERCENT : null;
		}
	}

	/**
	 * one led alternative: its {@code pattern} (of one alternative) shares the rules' scan and gates; {@code cueIds}
	 * holds, per literal of {@code cues}, its id in the family's anchor automaton when that alone decides whether the
	 * text contains it (an ASCII gate literal), else -1
	 */
	record Led(Lead lead, GatedPattern pattern, List<String[]> cues, int[][] cueIds) {

		/** requirement sets of more literals than this are not searched for: the bound they give costs too much */
		private static final int MAX_CUES = 8;

		/** @param part the alternative; {@code cues} become its small {@link RegexLiterals#requirements} sets */
		static Led of(Lead lead, GatedPattern pattern, String part) {
			List<String[]> cues = new ArrayList<>();
			for (List<String> set : RegexLiterals.requirements(part)) {
				if (set.size() <= MAX_CUES) {
					cues.add(set.toArray(String[]::new));
				}
			}
			int[][] ids = new int[cues.size()][];
			for (int k = 0; k < ids.length; k++) {
				String[] set = cues.get(k);
				ids[k] = new int[set.length];
				for (int j = 0; j < set.length; j++) {
					ids[k][j] = set[j].chars().allMatch(c -> c < 128) ? pattern.literalId(set[j]) : -1;
				}
			}
			return new Led(lead, pattern, List.copyOf(cues), ids);
		}

		/**
		 * @return the last position at which a match can begin: every match holds a literal of each cue set, so it
		 *     begins at or before the last occurrence of one
		 */
		int lastStart(String text) {
			return lastStart(text, null);
		}

		/**
		 * As {@link #lastStart(String)}; a literal whose id {@code anchors} (the scan of {@code text}, or null) marks
		 * absent is not searched for.
		 */
		int lastStart(String text, long[] anchors) {
			int last = Integer.MAX_VALUE;
			for (int k = 0; k < cues.size(); k++) {
				String[] set = cues.get(k);
				int[] ids = cueIds[k];
				int found = -1;
				for (int j = 0; j < set.length; j++) {
					if (anchors == null || ids[j] < 0 || AnchorAutomaton.present(anchors, ids[j])) {
						found = Math.max(found, text.lastIndexOf(set[j]));
					}
				}
				last = Math.min(last, found);
			}
			return last;
		}
	}

	/**
	 * Calls {@code sink} for the matches of {@code led} exactly as {@link GatedPattern#forEachMatch} would (those of
	 * repeated {@link Matcher#find()}), trying it only at {@code starts}, the word starts its lead admits, in ascending
	 * order. Nothing when the gate of its literals is shut.
	 */
	static void forEachMatch(Led led, String text, GatedPattern.Scan scan, int[] starts, GatedPattern.Sink sink) {
		if (!led.pattern().opened(0, scan)) {
			return;
		}
		Matcher m = null;
		int from = 0;
		int last = starts.length > 1 ? led.lastStart(text, scan.anchors) : Integer.MAX_VALUE;
		for (int p : starts) {
			if (p > last) {
				break;
			}
			if (p < from) {
				continue;
			}
			if (m == null) {
				m = led.pattern().alternative(0).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			m.region(p, text.length());
			if (m.lookingAt()) {
				int end = m.end();
				sink.accept(m);
				from = end == p ? p + 1 : end;
			}
		}
	}

	/** @return the positions of {@code scan} (a word-start scan) at which {@code lead} admits a match, ascending */
	static int[] starts(Lead lead, String text, GatedPattern.Scan scan) {
		int[] found = new int[8];
		int n = 0;
		for (int k = 0; k < scan.count; k++) {
			int p = scan.starts[k];
			if (lead.admits(text, p)) {
				if (n == found.length) {
					found = Arrays.copyOf(found, n * 2);
				}
				found[n++] = p;
			}
		}
		return Arrays.copyOf(found, n);
	}
}
