package org.servicemind.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds where an agent's reply names the customer's feelings or thanks and praises the customer ("I can see why
 * you're angry", "your frustration", "how frustrating this must be", "sorry for the frustration", "you have every
 * right to be upset", "thank you for your patience", "you have been wonderful"), and gives the reply with those
 * phrases taken out.
 *
 * <p>Why: the emotion scorer reads these phrases as the writer's own anger and condescension. Measured on "I can see
 * why you're angry, and you have every right to be." (anger 0.96, condescending 0.87): the GoEmotions anger logit
 * is lifted by the anger and annoyance cue words ("angry", "frustrating", "frustration") and their n-grams, the
 * support-mail anger head (trained on customer mail) rates such replies 1.7 to 2.7 on its 0..3 scale, and
 * condescending and dismissive are driven mostly by the second-person ratio (weight 3 in the combination, saturated
 * when every fourth word is "you"/"your", as in "Thank you so much for your patience, you have been wonderful") and
 * by the condescending tone model. That reading is right for a customer's or a commenter's text, wrong when an agent
 * acknowledges the customer. The analyzer therefore scores anger, dismissive, condescending, hostile and antagonize
 * of an agent's reply a second time on {@link #without} (re-embedded) and keeps the lower score of each
 * ({@code DefaultTextAnalyzer}; empathy keeps its first score): a reply whose only anger cues are acknowledged
 * feelings scores as calm, whatever else it says ("I understand you're upset, but calm down") still counts, and no
 * score can rise. Customer and journal text are never touched. A phrase is left in when it denies the feeling or turns
 * it against the reader: a negation before it in its clause ("I don't see why you're so upset", "stop being so
 * frustrated"; "can't imagine", "no wonder" and "not surprised" are not denials), blame or a negation after it in its
 * clause ("your frustration is your own doing", "your anger isn't helping"), or a sentence that ends in a question
 * mark ("you're worried about a two-pound fee?"). Stateless and thread-safe.
 */
final class AcknowledgedFeelings {

	/** Feelings a person has. */
	private static final String FEELING = "(?:angry|annoyed|upset|frustrated|furious|livid|irritated|fed up|cross"
			+ "|disappointed|exasperated|unhappy|stressed|worried|anxious|concerned|confused|let down|outraged"
			+ "|fuming|infuriated|aggravated|distressed|dissatisfied|unimpressed|displeased|sick of (?:this|it|waiting)"
			+ "|tired of (?:this|it|waiting)|at the end of your tether|at your wits' end|exhausted|worn out|drained|ignored"
			+ "|neglected|unheard|overlooked|brushed off|messed around|mistreated|hurt|disrespected|fobbed off)";

	/** The same feelings as nouns. */
	private static final String FEELING_NOUN = "(?:anger|annoyance|frustrations?|irritation|disappointment|upset"
			+ "|distress|stress|worry|worries|concerns?|inconvenience|exasperation|outrage|displeasure"
			+ "|dissatisfaction|confusion|trouble|hassle|aggravation)";

	/** What makes a person feel so. */
	private static final String EVOKING = "(?:frustrating|annoying|infuriating|maddening|irritating|upsetting"
			+ "|disappointing|stressful|worrying|exasperating|aggravating|awful|terrible|horrible|infuriating"
			+ "|unpleasant|inconvenient|distressing|tiresome|tedious|exhausting|difficult|hard)";

	private static final String DEGREE = "(?:(?:so|very|really|quite|completely|understandably|rightly|justifiably"
			+ "|absolutely|totally|a bit|a little|extremely|incredibly|deeply|utterly|truly|more than a little|this"
			+ "|that|such an?|genuinely|feeling|getting)\\s+)*";

	private static final String YOU_BE = "(?:you(?:'re| are| were|'ve been| have been| must be| must have been"
			+ "| must feel| must have felt| feel| felt|'d be| would be| might be| may be|'re feeling"
			+ "| are feeling| were feeling|'ve felt| have felt| got| get| became| have become|'ve become))";

	/**
	 * The phrases; where a pattern has a group 1, only that group is taken out ("sorry" in "sorry for the
	 * frustration" is the agent's own apology and stays).
	 */
	static final List<Pattern> PHRASES = Stream.of(
			// you're angry, you must be frustrated, you sound upset
			"\\b" + YOU_BE + "\\s+" + DEGREE + FEELING + "\\b",
			// (you have) every right / good reason to be (upset)
			"\\b(?:you(?:'ve| have| had)\\s+)?(?:every|good|all the|a good|a perfect|perfect|a)\\s+(?:right|reason)"
					+ "\\s+to\\s+(?:be|feel)(?:\\s+" + DEGREE + FEELING + "|\\s+(?:that way|this way|so|like that))?\\b",
			// your frustration, your understandable anger
			"\\byour\\s+(?:(?:understandable|justified|completely understandable|obvious|growing|ongoing|continued"
					+ "|very real|real)\\s+)*" + FEELING_NOUN + "\\b",
			// how frustrating this must be / I can imagine how annoying it is
			"\\bhow\\s+" + DEGREE + EVOKING + "\\s+(?:this|that|it|all this|all of this|the wait|the delay|the"
					+ " whole thing|this whole thing)(?:\\s+(?:must|has|is|was|would|could|might|can)(?:\\s+(?:have"
					+ " been|be|been|feel|get|make you feel))?|'s been|'s| has been)?(?:\\s+for you)?\\b",
			// this must be frustrating (for you), that sounds awful
			"\\b(?:this|that|it|which)(?:\\s+(?:must|would|can|could)(?:\\s+have)?\\s+(?:be|been|feel)|\\s+sounds?"
					+ "|\\s+seems?|'s been|\\s+has been)\\s+" + DEGREE + EVOKING + "(?:\\s+for you)?\\b",
			// sorry for the frustration (this has caused you): "sorry" stays
			"\\b(?:sorry|apologi[sz]e|apologies|regret)\\s+(?:\\w+\\s+){0,2}?((?:for|about)\\s+(?:the|any|all the|this"
					+ "|that|your|all of the|so much)\\s+(?:\\w+\\s+)?" + FEELING_NOUN + "(?:\\s+(?:that\\s+)?(?:this"
					+ "|it|we|our \\w+|the \\w+)\\s+(?:has\\s+|have\\s+|may have\\s+|might have\\s+|must have\\s+)?"
					+ "(?:caused|brought|given)(?:\\s+you)?)?)\\b",
			// sorry you had such an awful experience / sorry you've been so frustrated: "sorry" stays
			"\\bsorry\\s+(?:that\\s+)?(you(?:'ve| have| had| were|'re| are)?\\s+(?:\\w+\\s+){0,4}?(?:" + FEELING
					+ "|" + EVOKING + "))\\b",
			// thank you (so much) for your patience, thanks for bearing with us
			"\\bthank(?:s| you)(?!\\s+for\\s+nothing)(?:\\s+(?:so|very)\\s+much)?(?:\\s+(?:again\\s+)?for\\s+"
					+ "(?:your|all your|being so|being)\\s+(?:kind\\s+|continued\\s+|ongoing\\s+|great\\s+)?"
					+ "(?:patience|understanding|patient|kindness|help|time|cooperation|co-operation|feedback|kind"
					+ "|bearing with us|bearing with me))?\\b",
			// how upset you are, how frustrated you must be
			"\\bhow\\s+" + DEGREE + FEELING + "\\s+you(?:'re| are| were| must be| must feel| feel| felt|'ve been"
					+ "| have been| must have been)?\\b",
			// I'd be furious too, anyone would feel the same (in your shoes)
			"\\b(?:I'd|I would|anyone would|anybody would|most people would|we'd|we would)\\s+(?:have\\s+)?"
					+ "(?:be|feel|been|felt)\\s+(?:" + DEGREE + FEELING + "|(?:exactly\\s+|just\\s+)?(?:the same(?:"
					+ " way)?|that way))(?:\\s+too)?(?:\\s+in your (?:shoes|position|place))?",
			"\\bin your (?:shoes|position|place)\\b",
			// you have been wonderful
			"\\byou(?:'ve| have)?\\s+(?:been|are|were)\\s+(?:(?:so|very|really|incredibly|extremely|truly|most"
					+ "|nothing but)\\s+)*(?:wonderful|kind|patient|understanding|helpful|great|lovely|gracious"
					+ "|brilliant|amazing|fantastic|generous|a star|a pleasure|a great help|a big help)\\b")
		.map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
		.toList();

	/**
	 * Per phrase of {@link #PHRASES}, the letters (lower case) its first word can begin with: every phrase opens with
	 * a word boundary and one of a few words, so {@link #find} tries a phrase only at word starts whose letter,
	 * case-folded as the patterns fold it, is one of these ({@code AcknowledgedFeelingsTests} checks the result
	 * against a plain search).
	 */
	private static final List<String> FIRST_LETTERS = List.of("y", "yegap", "y", "h", "tiw", "sar", "s", "t", "h",
			"iamw", "i", "y");

	/** A denial before the phrase in its clause: "I don't see why you're upset", "no reason to be angry". */
	private static final Pattern DENIAL = Pattern.compile("(?i)(?:\\b(?:not|no|never|nothing|nobody|cannot|stop|quit"
			+ "|calm down)\\b|\\b\\w+n't\\b)(?!\\s+(?:imagine|wonder|surprised?|surprising|blame you|at all surprising))");

	private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,:\\n]|\\bbut\\b");

	/** Blame after the phrase in its clause: "your frustration is your own doing", "your anger isn't helping". */
	private static final Pattern BLAME_AFTER = Pattern.compile("(?i)\\b(?:not|no|never|nothing|nobody|cannot)\\b"
			+ "|\\b\\w+n't\\b|\\byour own\\b|\\bfault\\b|\\bown doing\\b|\\bblame\\b");

	private AcknowledgedFeelings() {
	}

	/**
	 * @return the {start, end} char ranges (UTF-16 offsets) of the acknowledging phrases in {@code text}, in order,
	 *     overlapping ones merged
	 */
	static List<int[]> find(String text) {
		String t = text.replace('\u2019', '\'').replace('\u2018', '\'');
		int[] starts = wordStarts(t);
		List<int[]> found = new ArrayList<>();
		for (int i = 0; i < PHRASES.size(); i++) {
			forEachMatch(t, starts, i, m -> {
				int g = m.groupCount() > 0 && m.start(1) >= 0 ? 1 : 0;
				if (m.end(g) > m.start(g) && !denied(t, m.start(), m.end())) {
					found.add(new int[] { m.start(g), m.end(g) });
				}
			});
		}
		found.sort(Comparator.comparingInt((int[] r) -> r[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] r : found) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && r[0] <= last[1]) {
				last[1] = Math.max(last[1], r[1]);
			}
			else {
				merged.add(r);
			}
		}
		return merged;
	}

	/**
	 * Calls {@code sink} with each match of phrase {@code i} of {@link #PHRASES} in {@code t}, in order, exactly as
	 * repeated {@link Matcher#find()} reports them, trying the phrase only at the {@code starts} (of
	 * {@link #wordStarts}) whose letter it can begin with. The matcher is positioned on the match and must not be kept.
	 */
	static void forEachMatch(String t, int[] starts, int i, Consumer<Matcher> sink) {
		String letters = FIRST_LETTERS.get(i);
		Matcher m = null;
		int from = 0;
		for (int k = 1; k <= starts[0]; k++) {
			int p = starts[k];
			if (p < from || letters.indexOf(fold(t.charAt(p))) < 0) {
				continue;
			}
			if (m == null) {
				m = PHRASES.get(i).matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
			}
			m.region(p, t.length());
			if (m.lookingAt()) {
				from = m.end() > p ? m.end() : p + 1; // where find() would go on
				sink.accept(m);
			}
		}
	}

	/**
	 * @return the positions where a phrase can begin, in ascending order after their count in element 0: those not
	 *     right after an ASCII letter, digit or underscore (the leading word boundary of every phrase fails there)
	 *     whose character folds to an ASCII letter (every phrase's first word does)
	 */
	static int[] wordStarts(String t) {
		int[] starts = new int[t.length() + 1];
		int count = 0;
		for (int p = 0, n = t.length(); p < n; p++) {
			char f = fold(t.charAt(p));
			if (f >= 'a' && f <= 'z' && (p == 0 || !asciiWord(t.charAt(p - 1)))) {
				starts[++count] = p;
			}
		}
		starts[0] = count;
		return starts;
	}

	private static boolean asciiWord(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	/**
	 * @return {@code c} case-folded as a case-insensitive Unicode pattern compares it (lower case of its upper case),
	 *     so that e.g. U+0130 and U+0131 fold to {@code i} and U+017F to {@code s}
	 */
	private static char fold(char c) {
		if (c < 128) {
			return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/**
	 * @return {@code text} without its acknowledging phrases (runs of spaces left behind collapsed), or {@code text}
	 *     itself when it has none
	 */
	static String without(String text) {
		List<int[]> ranges = find(text);
		if (ranges.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (int[] r : ranges) {
			out.append(text, at, r[0]);
			at = r[1];
		}
		out.append(text, at, text.length());
		return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.!?;:])", "$1").strip();
	}

	/**
	 * @return whether the phrase at {@code start..end} is denied or turned against the reader: a negation before it in
	 *     its clause, blame or a negation after it in its clause, or a sentence ending in a question mark ("you're
	 *     worried about a two-pound fee?")
	 */
	private static boolean denied(String t, int start, int end) {
		int from = 0;
		Matcher before = CLAUSE_END.matcher(t).region(0, start);
		while (before.find()) {
			from = before.end();
		}
		if (DENIAL.matcher(t).region(from, start).find()) {
			return true;
		}
		Matcher after = CLAUSE_END.matcher(t).region(end, t.length());
		int to = after.find() ? after.start() : t.length();
		if (BLAME_AFTER.matcher(t).region(end, to).find()) {
			return true;
		}
		int stop = end;
		while (stop < t.length() && ".!?\n".indexOf(t.charAt(stop)) < 0) {
			stop++;
		}
		return stop < t.length() && t.charAt(stop) == '?';
	}
}
