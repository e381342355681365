package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicemind.analysis.Finding;

/**
 * Finds phrases an agent should never send, with a better wording. Thread-safe.
 *
 * <p>Categories: {@code blaming_policy}, {@code calm_down}, {@code not_my_job}, {@code you_should_have},
 * {@code as_i_said}, {@code sarcasm}, {@code belittling}, {@code vague_dont_know}, {@code nothing_i_can_do},
 * {@code you_are_mistaken}, {@code no_offense}, {@code dismissive}. Matching is case-insensitive and treats curly and
 * straight apostrophes alike. Words that belong to the customer are ignored: quoted text, lines starting with
 * {@code >}, quoted e-mail history, and the clause after "you said", "you wrote", "you were told" and the like. A
 * negation just before a phrase cancels it ("I'd never say it's company policy"), except for {@code calm_down}, which
 * lands even when negated when a "but" or "however" follows ("I'm not telling you to calm down, but ..."); disowned with
 * nothing after it ("I'm not going to tell you to calm down." or "no need to calm down on my account") it is not
 * flagged. An "I don't know", a "nothing I can do" or a rule cited ({@code blaming_policy}) preceded in its sentence or
 * followed in the rest of it or the next two sentences by a concrete next step ("but I'll ask billing and reply by 3pm",
 * "so I've issued travel credit", an offer such as "want me to?") is not flagged. Runs in time linear in the text
 * length; texts longer than {@link #MAX_CHARS} are scanned up to that limit.
 */
public final class NeverSayGuard {

	/** Characters scanned at most; offsets beyond are never reported. */
	public static final int MAX_CHARS = 200_000;

	/** a negation within the two words just before a phrase */
	private static final Pattern NEGATION = Pattern.compile("(?:(?:\\b(?:not|never|no|nobody|nor|without|wouldn'?t|"
			+ "won'?t|don'?t|didn'?t|isn'?t|wasn'?t)|n't)\\s+(?:[\\w']+\\s+){0,2}|\\bno such thing as (?:an? )?"
			+ "|(?:\\b(?:not|never)|n't)\\s+(?:\\w+\\s+)?(?:say|tell|call|suggest|imply|claim|accuse|blame)(?:ing)?\\s+"
			+ "(?:(?:you|anyone|a customer|it|this)\\s+)?(?:(?:that|of|for)\\s+)?(?:(?:it'?s|this is|you)\\s+)?"
			+ "|\\b(?:isn'?t|is not|wasn'?t|was not|not)\\s+(?:a case of|an? (?:issue|question|matter) of|down to|due to|"
			+ "caused by|because of)\\s+)$");

	private static final Pattern CLAUSE_BREAK = Pattern
		.compile("[.!?;,:\\n]|\\bbut\\b|\\band\\b|\\bso\\b|\\bbecause\\b|\\bsince\\b");

	/** one whole-word-start pattern per next-step phrase: finds a match in a text exactly when the joined alternation does */
	private static final GatedPattern NEXT_STEP = GatedPattern.startingWords("i'?ll|i will|i'?m going to|i am going to|let me|"
			+ "we'll|we will|we'?re going to|i'?d like to|i want to|i can (?:check|find|ask|look|get|arrange|escalate|"
			+ "offer|send|book|chase|try|call|refund|replace|credit|waive|set|open|raise|reach)|i'?m (?:checking|asking|"
			+ "looking|finding|escalating|contacting|reaching|chasing|raising|opening|calling|emailing|sending|"
			+ "investigating|waiting to hear|collecting|gathering|testing)|\\bwill (?:also |now |then |personally )?(?:look|check|get|call|email|update|"
			+ "investigate|contact|confirm|review|fix|send|reply|be in touch|chase|ring|text|message)\\b|(?:i'?ve|i have|we'?ve|we have) (?:asked|escalated|raised|sent|contacted|"
			+ "flagged|passed|reached|emailed|messaged|opened|logged|forwarded|booked|requested|arranged|issued|added|"
			+ "applied|credited|refunded|collected|gathered|scheduled|created|started|checked)|what (?:i|we) can do|here'?s what|instead|(?:will|going to) (?:find out|get "
			+ "back|update|check|confirm|let you know|follow up|come back|look into|investigate)|find out\\b|get back to "
			+ "you|as soon as (?:i|we)|by (?:\\d|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|"
			+ "end of|eod|noon|the end|close of)|within \\d|i'?ll|happy to (?:check|look|ask|find)|update you|let you know|keep you (?:posted|updated|"
			+ "informed)|as soon as|i'?m keeping|keep (?:the|your|this) (?:case|ticket|request) open|but (?:i|we) (?:can|could)\\b"
			+ "(?!n'?t| not)|(?:i'?ve|i have|we'?ve|we have) (?:just |already )?(?:rebooked|removed|waived|resent|approved|fixed|"
			+ "corrected|updated|transferred|moved|cancelled|canceled|ordered|dispatched|swapped|replaced|extended|listed|"
			+ "attached|included|outlined|set out)|(?:two|three|a few|some|several|other) options|here are"
			+ "|(?:want|would you like|shall) (?:me|i) to\\b|shall i\\b|if (?:i|we) (?:book|order|send|arrange|set|raise|move|switch|"
			+ "change)\\b"
			+ "|(?:i'?ve|i have|we'?ve|we have) (?:just |already |also )?(?:set|put|reported|placed|noted|paused|held|lodged|"
			+ "submitted|chased|pinged)\\b|(?:could|can|would) you (?:please )?(?:send|try|check|confirm|plug|restart|share|"
			+ "forward|reply|upload|attach|tell me|let me know)|please (?:send|try|check|reply|forward|confirm|share|restart|"
			+ "upload|attach)|(?:is|are|has been|have been) (?:now )?(?:booked|scheduled|arranged) (?:for|in)");

	private static final int NEGATION_REACH = 40;

	private static final int NEXT_STEP_REACH = 320;

	/** @return findings in {@code text}, ordered by start offset; empty when none; never throws on any input */
	public List<Finding> scan(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String folded = FoldedText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
		List<Finding> findings = new ArrayList<>();
		CustomerWords[] customer = new CustomerWords[1];
		GatedPattern.Scan scan = NeverSayRules.scan(folded);
		for (NeverSayRules.Rule rule : NeverSayRules.RULES) {
			int before = findings.size();
			rule.pattern().forEachMatch(folded, scan, m -> {
				int start = spanStart(m);
				int end = spanEnd(m);
				if (end <= start || echoRefuted(folded, end)) {
					return;
				}
				// both filters are pure; the customer's regions are worked out once, and only when a match survives the guard
				if (!keeps(rule.guard(), folded, start, end)) {
					return;
				}
				if (customer[0] == null) {
					customer[0] = CustomerWords.in(folded);
				}
				if (customer[0].covers(start, end)) {
					return;
				}
				findings.add(new Finding(rule.category(), text.substring(start, end), start, end, rule.why(),
						rule.suggestion()));
			});
			removeOverlaps(findings, before);
		}
		if (findings.isEmpty()) {
			return List.of();
		}
		findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::category));
		return List.copyOf(findings);
	}

	/**
	 * Whether a finding that another tier (the phrase model) reports passes the filters the rules apply: its range
	 * does not overlap the customer's words (quotes, quoted lines and history, reported speech), it holds no phrase of the
	 * category that the rules found negated ("I'd never say you should have known"), and for
	 * {@code vague_dont_know} and {@code nothing_i_can_do} no concrete next step is in or near the range, it is not a question
	 * and no rhetorical tail follows it ("not sure what else you want me to say", {@link NeverSayRhetoricalFamilies}).
	 *
	 * @param category a never-say category; an unknown one is not admitted
	 * @param start offset into {@code text} (inclusive)
	 * @param end offset into {@code text} (exclusive); ranges past {@link #MAX_CHARS} are not admitted
	 * @return true when the finding should be reported; never throws for ranges inside {@code text}
	 */
	public boolean admits(String text, String category, int start, int end) {
		if (text == null || start < 0 || end <= start || end > Math.min(text.length(), MAX_CHARS)) {
			return false;
		}
		NeverSayRules.Rule rule = null;
		for (NeverSayRules.Rule r : NeverSayRules.RULES) {
			if (r.category().equals(category)) {
				rule = r;
			}
		}
		if (rule == null) {
			return false;
		}
		NeverSayRules.Guard guard = rule.guard();
		String folded = FoldedText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
		if (CustomerWords.in(folded).covers(start, end) || negatedRuleMatchIn(rule, folded, start, end)) {
			return false;
		}
		return guard != NeverSayRules.Guard.NEEDS_NEXT_STEP || !(nextStepNear(folded, start, end)
				|| NEXT_STEP.count(folded.substring(start, end), 1) > 0 || inQuestion(folded, end)
				|| NeverSayRhetoricalFamilies.follows(folded, end));
	}

	/** whether the rule's own phrase occurs in start up to, not including, end and a negation cancels it ("I'd never say ...") */
	private static boolean negatedRuleMatchIn(NeverSayRules.Rule rule, String folded, int start, int end) {
		boolean[] negated = new boolean[1];
		rule.pattern().forEachMatch(folded, NeverSayRules.scan(folded), m -> {
			int s = spanStart(m);
			if (s >= start && s < end && guardNegates(rule.guard()) && negatedBefore(folded, s)) {
				negated[0] = true;
			}
		});
		return negated[0];
	}

	private static boolean guardNegates(NeverSayRules.Guard guard) {
		return guard != NeverSayRules.Guard.ALWAYS;
	}

	/** keeps, among the findings of one category added since {@code from}, the earliest and then longest of overlaps */
	private static void removeOverlaps(List<Finding> findings, int from) {
		if (findings.size() - from < 2) {
			return;
		}
		List<Finding> added = new ArrayList<>(findings.subList(from, findings.size()));
		added.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
		findings.subList(from, findings.size()).clear();
		int lastEnd = -1;
		for (Finding f : added) {
			if (f.start() >= lastEnd) {
				findings.add(f);
				lastEnd = f.end();
			}
		}
	}

	private static int spanStart(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.start(g) >= 0) {
				return m.start(g);
			}
		}
		return m.start();
	}

	private static int spanEnd(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.start(g) >= 0) {
				return trimEnd(m, m.end(g));
			}
		}
		return trimEnd(m, m.end());
	}

	private static int trimEnd(Matcher m, int end) {
		// spans end on a word, not on trailing punctuation or spaces some patterns consume
		CharSequence s = m.group(0);
		int base = m.start();
		int e = end;
		while (e > base && e - base <= s.length() && !Character.isLetterOrDigit(s.charAt(e - base - 1))) {
			e--;
		}
		return e;
	}

	/**
	 * Whether the phrase ending at {@code end} is echoed as a question and refused at once ("Calm down? No, you have
	 * every right to be angry"): a question mark, then "no" or "not" as the next word.
	 */
	private static boolean echoRefuted(String folded, int end) {
		int i = end;
		while (i < folded.length() && (folded.charAt(i) == '"' || folded.charAt(i) == '\'')) {
			i++;
		}
		if (i >= folded.length() || folded.charAt(i) != '?') {
			return false;
		}
		i++;
		while (i < folded.length() && i < end + 6 && (folded.charAt(i) == ' ' || folded.charAt(i) == '"'
				|| folded.charAt(i) == '\'')) {
			i++;
		}
		return folded.startsWith("no", i) && (i + 2 == folded.length() || !Character.isLetter(folded.charAt(i + 2)))
				|| folded.startsWith("not ", i);
	}

	private static boolean keeps(NeverSayRules.Guard guard, String folded, int start, int end) {
		if (guard == NeverSayRules.Guard.ALWAYS) {
			return !disownedWithoutBut(folded, start, end);
		}
		if (negatedBefore(folded, start)) {
			return false;
		}
		return guard != NeverSayRules.Guard.NEEDS_NEXT_STEP || !(nextStepNear(folded, start, end)
				|| inQuestion(folded, end) || NeverSayRhetoricalFamilies.follows(folded, end));
	}

	/**
	 * Whether a phrase that lands even when negated is disowned and nothing pointed follows: "I'm not going to tell you
	 * to calm down — waiting three weeks would frustrate anyone" or "... tell you to calm down." Said before a "but"
	 * ("I'm not telling you to calm down, but ...") the disclaimer still delivers the order, so it stays flagged.
	 */
	private static boolean disownedWithoutBut(String folded, int start, int end) {
		int from = Math.max(0, start - DISOWN_REACH);
		if (!DISOWNED.matcher(folded).region(from, start).find()) {
			return false;
		}
		return !BUT_FOLLOWS.matcher(folded).region(end, Math.min(folded.length(), end + 12)).lookingAt();
	}

	private static final int DISOWN_REACH = 48;

	/** "not (going to) tell / ask you to" or "no need to" right before the phrase, in the same clause */
	private static final Pattern DISOWNED = Pattern.compile("(?:\\b(?:not|never)|n't|\\bwon'?t|\\bdon'?t)\\s+(?:(?:going|about|"
			+ "trying|here|gonna)\\s+(?:to\\s+)?)?(?:tell|telling|ask|asking)\\s+(?:you|anyone|a customer)\\s+to\\s+$"
			+ "|\\bno need (?:for you )?to\\s+$");

	/** a "but" opening the rest of the sentence or the next one */
	private static final Pattern BUT_FOLLOWS = Pattern.compile("[\\s,.;:!\\u2014\\u2013-]{0,4}(?:but|however|though)\\b");

	private static boolean negatedBefore(String folded, int start) {
		int from = Math.max(0, start - NEGATION_REACH);
		if (!mayNegate(folded, from, start)) {
			return false;
		}
		int clause = from;
		Matcher brk = CLAUSE_BREAK.matcher(folded).region(from, start);
		while (brk.find()) {
			clause = brk.end();
		}
		if (clause >= start) {
			return false;
		}
		return NEGATION.matcher(folded).region(clause, start).find();
	}

	/** the negation words that {@link #NEGATION} requires at a word start, each followed by white space */
	private static final String[] NEGATION_WORDS = { "no", "not", "nor", "nobody", "never", "without" };

	/**
	 * Whether from up to, not including, to can hold a {@link #NEGATION} match: every one holds, followed by white
	 * space, a contraction ending in "n't" or "nt" (don't, dont, won't, isnt...) or one of {@link #NEGATION_WORDS} at a
	 * word start (the region start counts as one). Without them the clause regexes need not run.
	 */
	private static boolean mayNegate(String folded, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = folded.charAt(i);
			if (c == 'n' && (i + 1 < to && folded.charAt(i + 1) == 't' && spaceAt(folded, i + 2, to)
					|| folded.startsWith("'t", i + 1) && spaceAt(folded, i + 3, to))) {
				return true;
			}
			if ((c == 'n' || c == 'w') && (i == from || !isAsciiWordChar(folded.charAt(i - 1)))) {
				for (String word : NEGATION_WORDS) {
					if (folded.startsWith(word, i) && spaceAt(folded, i + word.length(), to)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** whether {@code folded} has a white-space character, as regex {@code \\s} means, at {@code i} before {@code to} */
	private static boolean spaceAt(String folded, int i, int to) {
		if (i >= to) {
			return false;
		}
		char c = folded.charAt(i);
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** an ASCII letter, digit or underscore: a word boundary never falls between one and a following letter */
	private static boolean isAsciiWordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	private static boolean nextStepNear(String folded, int start, int end) {
		int sentenceStart = start;
		int lowest = Math.max(0, start - NEXT_STEP_REACH);
		while (sentenceStart > lowest && !isSentenceEnd(folded.charAt(sentenceStart - 1))) {
			sentenceStart--;
		}
		int limit = Math.min(folded.length(), end + NEXT_STEP_REACH);
		int stop = end;
		int sentencesLeft = 3;
		while (stop < limit && sentencesLeft > 0) {
			if (isSentenceEnd(folded.charAt(stop)) && (stop + 1 >= limit || !isSentenceEnd(folded.charAt(stop + 1))
					&& !Character.isDigit(folded.charAt(stop + 1)))) {
				sentencesLeft--;
			}
			stop++;
		}
		// a substring behaves as an opaque region: word boundaries and lookarounds see nothing beyond it
		return NEXT_STEP.count(folded.substring(sentenceStart, start), 1) > 0
				|| NEXT_STEP.count(folded.substring(end, stop), 1) > 0;
	}

	/** a "not sure which model you have?" addressed to the customer is a question, not a non-answer */
	private static boolean inQuestion(String folded, int end) {
		int limit = Math.min(folded.length(), end + NEXT_STEP_REACH);
		for (int i = end; i < limit; i++) {
			char c = folded.charAt(i);
			if (isSentenceEnd(c)) {
				return c == '?';
			}
		}
		return false;
	}

	private static boolean isSentenceEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == '\n';
	}
}
