package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicemind.analysis.Distortion;

/**
 * Finds cognitive distortions in an agent's private journal text. Thread-safe.
 *
 * <p>Types follow {@link Distortion}: all_or_nothing, catastrophising, labelling, mind_reading, fortune_telling,
 * personalisation, should_statements, overgeneralisation, mental_filter, emotional_reasoning. Each carries a kind
 * reframing question. Overall {@code distortion} is {@code 1 - exp(-0.9 * w / (1 + words / 40))}, where {@code w} is
 * the summed weight of the distortions found (one per type and span) and {@code words} the word count: it is 0 for
 * healthy text and rises with the number of distortions relative to the length. Texts longer than
 * {@link #MAX_CHARS} are analysed up to that limit. Case-insensitive; curly apostrophes count as straight ones.
 *
 * <p>Patterns come from {@code SelfTalkRules}, {@code SelfTalkFamilies}, {@code SelfTalkInferenceFamilies},
 * {@code SelfTalkIndirectFamilies} and {@code SelfTalkVoicedFamilies}. A match is then dropped when its context says it
 * is not the writer's present verdict: someone else's words reported in its clause ("the customer said ...") or quoted
 * after a speech verb ("she said 'you're all hopeless'"), a coping step or the worry proved wrong in its sentence or
 * the next ("..., so I asked for help"), a label put in someone else's head ("he reckons I'm dim": the mind reading is
 * the distortion), a self-verdict the writer has outgrown ("a year ago", "used to"), or another reading of the same
 * phrase (see {@code SelfTalkReadings}).
 */
public final class SelfTalkAnalyzer {

	/** Characters analysed at most. */
	public static final int MAX_CHARS = 200_000;

	private static final double STEEPNESS = 0.9;

	/** owning a slip and repairing it in the same sentence is healthy accountability, not personalisation */
	private static final Pattern REPAIR = Pattern.compile("(?<!was )(?<!is )(?<!been )(?<!be )\\b(?:fixed|sorted|corrected|"
			+ "put (?:it|that|things) right|apologi[sz]ed|owned (?:it|up)|told (?:my|the) (?:lead|manager|customer|team)|"
			+ "learned|learnt|resolved|made it right|flagged it)\\b");

	/**
	 * a practical next step, or the worry proved wrong, in the same sentence: the strong words describe a problem
	 * being handled, not a distorted conclusion
	 */
	private static final Pattern COPING = Pattern.compile("\\b(?:so (?:i|we)(?:'ve| have)? (?:asked|booked|wrote|added|"
			+ "made|put|set up|started|got|emailed|messaged|checked|took|moved|blocked|created|saved|keep|use|switched|"
			+ "rolled|take|tried|went|bring|brought|write|note|noted|prepared|planned|drafted|scheduled|updated|logged|set)|"
			+ "next time|(?:left|ended|finished|went away) (?:happy|fine|well|smiling|satisfied|on a (?:good|high|positive) "
			+ "note)|got through|made it through|growing on me|getting easier|(?:that'?s|it'?s) (?:ok|okay|fine|normal|"
			+ "alright)\\b|sorted(?: now| it)?|fixed (?:it|now)|which (?:works|helped|helps)|at first|(?:turned out|it was|"
			+ "it went|went|was) (?:totally |actually |absolutely |all |perfectly )?(?:fine|ok|okay|alright|great)|"
			+ "i'?ve (?:raised|logged|booked|emailed|flagged|reported|set up|added)|(?:going to|i'?ll|will) try|"
			+ "trust the (?:data|facts|evidence|numbers)|over the feeling|reframe[ds]?|i'?ve (?:asked for|(?:written|built|"
			+ "drafted|prepared) (?:a|an|some|the|my))|if (?:i|it|they|he|she) (?:do|does|happens), (?:i'll|i will)|"
			+ "(?:put|stuck|left|wrote) (?:a|an) (?:note|post-it|sticky|reminder)|wrote it (?:down|on)|set (?:a|an|myself a) "
			+ "(?:reminder|alarm)|(?:it|they) (?:lives?|stays?) in my (?:\\w+ ){1,2}now)\\b");

	/** somebody else's words or an old belief, reported in the clause before the match: not the writer's verdict */
	private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|told me|called me|called it|wrote|claimed|"
			+ "screamed|shouted|yelled|insisted|complained|accused me of|used to (?:think|believe|tell myself))\\b"
			+ "(?! (?:about|at|for|to|of|on|in|with|and|but)\\b)");

	/**
	 * a verdict about the writer put in someone else's head right before it ("he reckons I'm dim", "she's made her mind
	 * up that I'm not good enough"): the distortion is the mind reading, not a label the writer gives themselves
	 */
	private static final Pattern ATTRIBUTED = Pattern.compile("\\b(?:thinks|reckons|believes|assumes|knows|(?:has|'s|had|'d) "
			+ "(?:\\w+ ){0,2}decided|made (?:her|his|their) mind up|sees me as)(?: that)? $");

	/** a self-verdict the writer has outgrown, in the same sentence: a past, not a present, judgement */
	private static final Pattern OUTGROWN = Pattern.compile("\\b(?:ago|back then|used to|when i (?:first )?started|"
			+ "in my first (?:week|month|year)|not any ?more|no longer|then (?:i )?(?:remembered|realised|realized|"
			+ "reminded myself)|cut myself some slack|went easy on myself|too hard on myself)\\b");

	/** the mess is placed outside the writer in the same sentence: a description, not a verdict */
	private static final Pattern EXTERNAL = Pattern.compile("\\b(?:not (?:my|our|the|anyone'?s|his|her|their)(?: team'?s)? fault|"
			+ "nothing to do with (?:me|us|anyone|the team))\\b");

	/** looking forward to something: "can't stop thinking about the holiday" is not a mental filter */
	private static final Pattern EAGER = Pattern.compile("\\b(?:excited|can'?t wait|looking forward|so happy|thrilled|"
			+ "buzzing)\\b");

	/**
	 * For each context pattern (REPORTED, COPING, OUTGROWN, EXTERNAL, EAGER, REPAIR, in that order), literals of which
	 * every match contains one, read off the pattern: a stretch holding none of them needs no regex search.
	 */
	static final String[][] CUES = {
			{ "said", "says", "told me", "called", "wrote", "claimed", "screamed", "shouted", "yelled", "insisted",
					"complained", "accused me of", "used to" },
			{ "so i", "so we", "next time", "left ", "ended ", "finished ", "went away ", "got through", "made it through",
					"growing on me", "getting easier", "sorted", "fixed ", "which works", "which help", "at first", " fine",
					" ok", " alright", " normal", " great", "reframe", "ve asked for", "ve written", "ve built", "ve drafted",
					"ve prepared", ", i'll", ", i will", "ve raised", "ve logged", "ve booked", "ve emailed", "ve flagged",
					"ve reported", "ve set up", "ve added", " try", "trust the", "over the feeling", "note", "post-it", "sticky",
					"reminder", "wrote it", "alarm", "s in my " },
			{ "ago", "back then", "used to", "when i ", "in my first ", "not any", "no longer", "remembered", "realised",
					"realized", "reminded myself", "cut myself some slack", "went easy on myself", "too hard on myself" },
			{ "fault", "nothing to do with" },
			{ "excited", "t wait", "looking forward", "so happy", "thrilled", "buzzing" },
			{ "fixed", "sorted", "corrected", "put it right", "put that right", "put things right", "apologi", "owned it",
					"owned up", "told my ", "told the ", "learn", "resolved", "made it right", "flagged it" } };

	static final Pattern[] CUED = { REPORTED, COPING, OUTGROWN, EXTERNAL, EAGER, REPAIR };

	/**
	 * The context patterns searched over stretches of one folded text: a search runs only when one of its pattern's
	 * {@link #CUES} lies wholly inside the stretch (the occurrences are found once per text). Not thread-safe.
	 */
	private static final class Context {

		private final String folded;

		/** per pattern, the start and end of each cue occurrence, ordered by start, found on first use */
		private final int[][] occurrences = new int[CUED.length][];

		Context(String folded) {
			this.folded = folded;
		}

		/** @return whether {@code CUED[cue]} matches in {@code folded} from {@code from} up to, not including, {@code to} */
		boolean find(int cue, int from, int to) {
			if (occurrences[cue] == null) {
				occurrences[cue] = occurrences(CUES[cue]);
			}
			int[] at = occurrences[cue];
			int lo = 0;
			int hi = at.length / 2;
			while (lo < hi) { // the first occurrence starting at or after from
				int mid = (lo + hi) >>> 1;
				if (at[2 * mid] < from) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			for (int k = 2 * lo; k < at.length && at[k] < to; k += 2) {
				if (at[k + 1] <= to) {
					return CUED[cue].matcher(folded).region(from, to).find();
				}
			}
			return false;
		}

		private int[] occurrences(String[] literals) {
			int[] at = new int[8];
			int n = 0;
			for (String literal : literals) {
				for (int i = folded.indexOf(literal); i >= 0; i = folded.indexOf(literal, i + 1)) {
					if (n == at.length) {
						at = java.util.Arrays.copyOf(at, n * 2);
					}
					at[n++] = i;
					at[n++] = i + literal.length();
				}
			}
			long[] packed = new long[n / 2];
			for (int k = 0; k < n; k += 2) {
				packed[k / 2] = (long) at[k] << 32 | at[k + 1];
			}
			java.util.Arrays.sort(packed);
			int[] sorted = new int[n];
			for (int k = 0; k < packed.length; k++) {
				sorted[2 * k] = (int) (packed[k] >>> 32);
				sorted[2 * k + 1] = (int) packed[k];
			}
			return sorted;
		}
	}

	/** types a coping step in the same sentence cancels */
	private static final Set<String> COPED = Set.of("catastrophising", "overgeneralisation", "fortune_telling",
			"emotional_reasoning", "personalisation", "should_statements");

	private static final double WORDS_PER_UNIT = 40;

	/** @return the distortions in {@code text}, ordered by start offset, and the overall score in 0..1; never null */
	public SelfTalk analyze(String text) {
		if (text == null || text.isEmpty()) {
			return new SelfTalk(0, List.of());
		}
		String folded = FoldedText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
		List<SelfTalkReadings.Candidate> candidates = new ArrayList<>();
		List<int[]> spans = new ArrayList<>();
		GatedPattern.Scan scan = SelfTalkRules.scan(folded);
		int[][] leadStarts = new int[SelfTalkLeads.Lead.values().length][];
		Context context = new Context(folded);
		GatedPattern.Sink sink = m -> {
			int end = trimEnd(folded, m.start(), m.end());
			if (end > m.start()) {
				spans.add(new int[] { m.start(), end });
			}
		};
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			spans.clear();
			rule.pattern().forEachMatch(folded, scan, sink);
			for (SelfTalkLeads.Led led : rule.led()) {
				int lead = led.lead().ordinal();
				if (!led.pattern().opened(0, scan)) {
					continue;
				}
				if (leadStarts[lead] == null) {
					leadStarts[lead] = SelfTalkLeads.starts(led.lead(), folded, scan);
				}
				SelfTalkLeads.forEachMatch(led, folded, scan, leadStarts[lead], sink);
			}
			spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
			int lastEnd = -1;
			for (int[] span : spans) {
				if (span[0] >= lastEnd && !excusedByContext(context, rule.type(), span)) {
					candidates.add(new SelfTalkReadings.Candidate(rule, span[0], span[1]));
					lastEnd = span[1];
				}
			}
		}
		List<SelfTalkReadings.Candidate> kept = SelfTalkReadings.withoutShadowed(candidates);
		if (kept.isEmpty()) {
			return new SelfTalk(0, List.of());
		}
		kept.sort(Comparator.comparingInt(SelfTalkReadings.Candidate::start).thenComparing(c -> c.rule().type()));
		List<Distortion> found = new ArrayList<>();
		Map<String, Integer> perType = new HashMap<>();
		double weight = 0;
		for (SelfTalkReadings.Candidate c : kept) {
			int n = perType.merge(c.rule().type(), 1, Integer::sum) - 1;
			List<String> reframes = c.rule().reframes();
			found.add(new Distortion(c.rule().type(), text.substring(c.start(), c.end()), c.start(), c.end(),
					reframes.get(n % reframes.size())));
			weight += c.rule().weight();
		}
		return new SelfTalk(score(weight, folded), List.copyOf(found));
	}

	/** @return the overall distortion score of the class contract for summed weight {@code weight}, in [0, 1] */
	static double score(double weight, CharSequence analysed) {
		double units = 1 + words(analysed) / WORDS_PER_UNIT;
		double score = 1 - Math.exp(-STEEPNESS * weight / units);
		return Math.max(0, Math.min(1, score));
	}

	/**
	 * The context checks of the rules for a distortion another tier found over a whole sentence (see
	 * {@link SelfTalkAdditions}): it is dropped when the checks of a rule match over the same span drop it, and also when
	 * the sentence itself reports someone else's words ("said", "wrote", "told me"), looks back on a
	 * belief the writer has outgrown ("used to", "no longer"), or opens with a negation ("Not a stupid person.").
	 *
	 * @param text the analysed text, folded once for all the sentences checked with the returned test
	 * @return the test: given a type and offsets 0 <= start < end <= length into {@code text}, whether the finding
	 *     stands as the writer's present verdict
	 */
	static SentenceCheck sentenceCheck(String text) {
		Context context = new Context(FoldedText.fold(text));
		return (type, start, end) -> !excusedByContext(context, type, new int[] { start, end })
				&& !context.find(0, start, end) && !context.find(2, start, end)
				&& !NEGATED_OPENING.matcher(context.folded).region(start, end).lookingAt();
	}

	/** The context checks of {@link #sentenceCheck} over one text. */
	interface SentenceCheck {

		boolean admits(String type, int start, int end);
	}

	/** a sentence that opens by denying: "Not a stupid person.", "No, not ..." */
	private static final Pattern NEGATED_OPENING = Pattern.compile("\\s*(?:not|no|never) (?:a|an|the|really|at all|me)\\b");

	private static boolean excusedByContext(Context context, String type, int[] span) {
		String folded = context.folded;
		if (SelfTalkDisclaimers.disclaimed(folded, type, span[0], span[1])) {
			return true;
		}
		if (!"mind_reading".equals(type) && !"mental_filter".equals(type)) {
			int quote = openingQuote(folded, span[0]);
			if (quote >= 0 && context.find(0, Math.max(0, quote - 60), quote)) {
				return true;
			}
			int clause = bound(folded, span[0], -1, ".!?;:,\n");
			int but = span[0] - 5;
			while (but >= clause && !folded.startsWith(" but ", but)) { // within the clause only (at most 300 characters)
				but--;
			}
			if (context.find(0, but < clause ? clause : but + 1, span[0])) {
				return true;
			}
		}
		int from = bound(folded, span[0], -1, ".!?\n");
		int to = bound(folded, span[1], 1, ".!?\n");
		if (("all_or_nothing".equals(type) || "catastrophising".equals(type)) && context.find(3, from, to)) {
			return true;
		}
		if ("mental_filter".equals(type) && context.find(4, from, to)) {
			return true;
		}
		int next = to < folded.length() ? bound(folded, to + 1, 1, ".!?\n") : to;
		if (COPED.contains(type) && context.find(1, from, next)) {
			return true;
		}
		if (("labelling".equals(type) || "emotional_reasoning".equals(type) || "personalisation".equals(type))
				&& context.find(2, from, to)) {
			return true;
		}
		if ("labelling".equals(type) && ATTRIBUTED.matcher(folded).region(Math.max(0, span[0] - 60), span[0]).find()) {
			return true;
		}
		if ("labelling".equals(type) && (folded.startsWith(" at", span[1] - 3) || folded.startsWith(" at ", span[1]))
				&& context.find(1, from, to)) {
			return true;
		}
		return "personalisation".equals(type) && context.find(5, from, next);
	}

	/**
	 * @return the offset of the opening quote mark of the quotation {@code at} lies in (a double quote, or a single quote
	 *     not preceded by a letter), looking back at most 200 characters within the line, or -1 when it lies in none
	 */
	static int openingQuote(String folded, int at) {
		for (int i = at - 1; i >= 0 && at - i <= 200; i--) {
			char c = folded.charAt(i);
			if (c == '\n') {
				return -1;
			}
			boolean afterLetter = i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1));
			boolean beforeLetter = i + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(i + 1));
			if (c == '"' || c == '\'' && !afterLetter && beforeLetter) {
				return afterLetter ? -1 : i;
			}
			if (c == '\'' && afterLetter && !beforeLetter) {
				return -1;
			}
		}
		return -1;
	}

	/** @return the start (direction -1) or end (direction 1) of the stretch around {@code at} without any of {@code stops} */
	private static int bound(String folded, int at, int direction, String stops) {
		int i = at;
		if (direction < 0) {
			while (i > 0 && stops.indexOf(folded.charAt(i - 1)) < 0 && at - i < 300) {
				i--;
			}
		}
		else {
			while (i < folded.length() && stops.indexOf(folded.charAt(i)) < 0 && i - at < 300) {
				i++;
			}
		}
		return i;
	}

	private static int trimEnd(String s, int start, int end) {
		int e = end;
		while (e > start && !Character.isLetterOrDigit(s.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	static int words(CharSequence s) {
		int count = 0;
		boolean in = false;
		for (int i = 0; i < s.length(); i++) {
			boolean letter = Character.isLetterOrDigit(s.charAt(i));
			if (letter && !in) {
				count++;
			}
			in = letter;
		}
		return count;
	}
}
