package org.servicemind.analysis.lexical;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round-7 context checks of the self-talk analyser: a distortion phrase the writer disclaims in the same breath is not
 * the writer's verdict. Three shapes, read off the healthy entries of journal-dev7.jsonl that the rules flagged:
 * <ul>
 * <li>a negation right before the phrase: "not my doing", "no disasters", "never a catastrophe";</li>
 * <li>the name of the distortion itself, which shows the writer noticing it: "tried not to catastrophise";</li>
 * <li>a quotation that runs through the phrase and closes after it: "'You people are a joke' - my 2pm opener" is the
 * customer's line and "my first thought was 'she hates me'" a thought the writer is reporting, not holding
 * ({@link SelfTalkAnalyzer#openingQuote} finds the opening mark).</li>
 * <li>(round 10) a passing thought the writer holds at arm's length earlier in the same sentence: "I wondered if my
 * lead was annoyed with me", "thought for a sec that everyone was laughing at me" (mind reading and personalisation
 * only).</li>
 * </ul>
 * Input is the analyser's folded text (lower case, ASCII quotes and apostrophes). Original to ServiceMind.
 */
final class SelfTalkDisclaimers {

	/** types whose phrase a preceding negation reverses: "not my fault", "no disaster", "not an idiot" */
	private static final Set<String> NEGATABLE = Set.of("personalisation", "catastrophising", "labelling");

	private static final String[] NEGATIONS = { "not", "no", "never", "zero", "nothing", "wasn't", "isn't", "weren't" };

	private static final String[] DISTORTION_NAMES = { "catastrophis", "catastrophiz", "black-and-white thinking",
			"all-or-nothing thinking", "mind reading", "mind-reading", "fortune telling", "fortune-telling",
			"overgeneralis", "overgeneraliz", "mental filter", "emotional reasoning", "should statements" };

	/** types a passing, questioned thought before the phrase holds at arm's length */
	private static final Set<String> TENTATIVE_TYPES = Set.of("mind_reading", "personalisation");

	/** the writer questions the thought as they report it */
	private static final Pattern TENTATIVE = Pattern.compile("\\b(?:wondered|wondering|wonder)(?: for a (?:sec|second|moment|"
			+ "minute))? (?:if|whether)\\b|\\bthought for a (?:sec|second|moment|minute)\\b|\\bfor a (?:sec|second|moment|"
			+ "minute),? i (?:thought|wondered)\\b");

	private SelfTalkDisclaimers() {
	}

	/**
	 * @param folded the folded journal text
	 * @param type the distortion type of the match
	 * @param start the match's first offset in {@code folded}
	 * @param end the offset just past the match
	 * @return whether the writer disclaims the match: negated, named as a distortion, or quoted
	 */
	static boolean disclaimed(String folded, String type, int start, int end) {
		String span = folded.substring(start, end);
		for (String name : DISTORTION_NAMES) {
			if (span.contains(name)) {
				return true;
			}
		}
		if (NEGATABLE.contains(type) && negationBefore(folded, start)) {
			return true;
		}
		if (TENTATIVE_TYPES.contains(type) && tentative(folded, start)) {
			return true;
		}
		return quoted(folded, start, end);
	}

	/** "wondered if" or "thought for a sec" between the start of the sentence (at most 100 characters back) and the match */
	private static boolean tentative(String folded, int start) {
		int from = start;
		while (from > 0 && start - from < 100 && ".!?\n".indexOf(folded.charAt(from - 1)) < 0) {
			from--;
		}
		return from < start && TENTATIVE.matcher(folded).region(from, start).find();
	}

	/** the word right before {@code start} (skipping spaces) is a negation */
	private static boolean negationBefore(String folded, int start) {
		int i = start;
		while (i > 0 && folded.charAt(i - 1) == ' ') {
			i--;
		}
		int wordEnd = i;
		while (i > 0 && (Character.isLetter(folded.charAt(i - 1)) || folded.charAt(i - 1) == '\'')) {
			i--;
		}
		if (wordEnd == start || i == wordEnd) {
			return false;
		}
		String word = folded.substring(i, wordEnd);
		for (String negation : NEGATIONS) {
			if (negation.equals(word)) {
				return true;
			}
		}
		return false;
	}

	/** the match lies inside a quotation whose closing mark follows it on the same line */
	private static boolean quoted(String folded, int start, int end) {
		int open = SelfTalkAnalyzer.openingQuote(folded, start);
		if (open < 0) {
			return false;
		}
		char mark = folded.charAt(open);
		for (int i = end; i < folded.length() && i - end <= 200; i++) {
			char c = folded.charAt(i);
			if (c == '\n') {
				return false;
			}
			boolean afterLetter = Character.isLetterOrDigit(folded.charAt(i - 1));
			boolean beforeLetter = i + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(i + 1));
			if (c == mark && (mark == '"' || !beforeLetter || !afterLetter)) {
				return true;
			}
		}
		return false;
	}
}
