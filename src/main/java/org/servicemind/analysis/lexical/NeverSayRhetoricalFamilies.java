package org.servicemind.analysis.lexical;

import java.util.regex.Pattern;

/**
 * Rhetorical uncertainty in agent replies (round 7): "not sure" and "don't know" used to end a conversation rather than
 * to admit a gap in knowledge. "Not sure what else you want me to say" dismisses, "not sure how many more ways I can put
 * it" is impatience about repeating, "not sure how else to explain it" implies the customer cannot follow, "not sure why
 * you're so worked up" is about their feelings, "not sure where you got that idea" contradicts them. Each shape is
 * reported under the category it carries, and {@link #follows} lets {@code vague_dont_know} stand down for it: these
 * are not non-answers awaiting a next step. Same folded text as the other families (lower case, ASCII apostrophes);
 * every repetition is bounded. Original to ServiceMind, written from the category definitions in
 * docs/analysis/never-say-and-self-talk.md after reading the first-score misses of never-say-dev7.jsonl.
 */
final class NeverSayRhetoricalFamilies {

	/** the uncertain opener: "I'm not sure", "not sure", "I don't know", "no idea" */
	private static final String UNSURE = "(?:(?:i'?m|i am|we'?re|we are) (?:really |honestly |genuinely |just |truly )?)?"
			+ "(?:not (?:really |entirely |quite )?sure|unsure|(?:i |we )?(?:really |honestly |just )?(?:don'?t|do not|dont) "
			+ "(?:really )?know|no idea)";

	private static final String HOW_TO = "(?:to|i can|we can|i could|we could)";

	/** the tails that turn the opener into a rhetorical one, each named by the category it carries */
	private static final String DISMISSIVE_TAIL = "what (?:else |more )?you (?:want|expect|would like|need)(?: me| us)? "
			+ "(?:to )?(?:say|do|hear|tell you)\\b"
			+ "|why (?:this|it|that) (?:needs|warrants|deserves|merits|is worth|requires|matters|is such)\\b"
			+ "|why (?:you'?re|you are|you'?d be|you would be) (?:so |this |that |still |even )?(?:bothered|fussed|concerned)\\b";

	private static final String CALM_DOWN_TAIL = "why (?:you'?re|you are) (?:getting |being )?(?:so |this |that |quite )?"
			+ "(?:worked up|wound up|riled up|upset|angry|annoyed|heated|stressed|agitated|emotional|aggressive|hostile|irate|"
			+ "dramatic|excited)\\b";

	private static final String AS_I_SAID_TAIL = "how many (?:more )?(?:times|ways) (?:i|we) (?:can|have to|need to|must|"
			+ "should|am supposed to|are supposed to)(?: (?:say|explain|repeat|put|tell you|write))?\\b";

	private static final String BELITTLING_TAIL = "how else (?:to|i can|we can|i could|we could) (?:put|explain|say|word|"
			+ "phrase|spell)\\b|how " + HOW_TO + " (?:make|explain|put|spell|say) (?:it|this|that)(?: out)? (?:any )?(?:simpler|"
			+ "clearer|more simply|more clearly|plainer|more plainly|more slowly|slower|easier)\\b";

	private static final String MISTAKEN_TAIL = "where you (?:got|get|heard|read) (?:the idea|that idea|the impression|that from|"
			+ "this from|that|this)\\b|what you(?:'re| are) (?:reading|looking at)\\b|what you (?:think you )?(?:saw|experienced|"
			+ "heard)\\b";

	/** the tails that make an opener rhetorical, whichever category they carry, plus "I follow" */
	private static final Pattern ANY_TAIL = Pattern.compile("^[\\s,]{0,3}(?:" + DISMISSIVE_TAIL + "|" + CALM_DOWN_TAIL + "|"
			+ AS_I_SAID_TAIL + "|" + BELITTLING_TAIL + "|" + MISTAKEN_TAIL + "|(?:that )?i (?:follow|understand the problem)\\b"
			+ "|how else\\b|what (?:else|more)\\b|(?:yes|no) (?:to|until|before)\\b)");

	static final String DISMISSIVE = UNSURE + " (?:" + DISMISSIVE_TAIL + ")";

	static final String CALM_DOWN = UNSURE + " (?:" + CALM_DOWN_TAIL + ")";

	static final String AS_I_SAID = UNSURE + " (?:" + AS_I_SAID_TAIL + ")";

	static final String BELITTLING = UNSURE + " (?:" + BELITTLING_TAIL + ")";

	static final String YOU_ARE_MISTAKEN = UNSURE + " (?:" + MISTAKEN_TAIL + ")";

	private NeverSayRhetoricalFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "dismissive" -> DISMISSIVE;
			case "calm_down" -> CALM_DOWN;
			case "as_i_said" -> AS_I_SAID;
			case "belittling" -> BELITTLING;
			case "you_are_mistaken" -> YOU_ARE_MISTAKEN;
			default -> null;
		};
	}

	/**
	 * @param folded folded reply text
	 * @param end the offset just past an uncertain phrase ("not sure", "I don't know")
	 * @return whether a rhetorical tail follows at {@code end} ("… what else you want me to say"), so the phrase is not a
	 *     plain "I don't know"
	 */
	static boolean follows(String folded, int end) {
		if (end < 0 || end >= folded.length()) {
			return false;
		}
		return ANY_TAIL.matcher(folded).region(end, Math.min(folded.length(), end + 120)).useTransparentBounds(true)
			.lookingAt();
	}
}
