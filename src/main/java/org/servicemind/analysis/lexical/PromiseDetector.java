package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the promising clauses of one sentence. A clause promises when it has an owner and a future action:
 * first-person future ("I'll", "we're going to", "count on me to", "... and will update you"), "let me" + a work verb,
 * a transfer in the progressive ("we're sending you a new one"), the customer receiving something ("you'll get the
 * refund", "expect an update"), the agent's organisation ("our billing team will", "someone from support will"), or
 * an item with a future passive and a deadline ("your refund will be processed within 3 days").
 *
 * <p>Rejected: questions and offers ("Shall I ...?"; a promise before a short tag question such as ", does that
 * work?" still counts), hedges ("might", "should", "try to", "can't promise"), habits
 * ("usually"), negations ("I will not", "nobody will"), automatic system behaviour, policies ("we will refund any
 * order if an item arrives damaged"), purpose openers ("I'm writing to confirm"), and verbs that promise nothing
 * ("I'll be honest", "we'll see", "I'll need your number"); an unknown verb counts only when a time is named.
 *
 * <p>Conditions: a first-person promise under any condition counts, since the agent owns what follows it ("if you
 * send me the logs, I'll look at them today"). Other promises (the customer receiving something, a team, a passive)
 * count under "once/when/as soon as" (sequence), and under "if/unless/provided" only when the condition's subject is
 * the customer or the agent's side ("if the courier delivers, you'll get it Monday" is not a commitment).
 * Several promises in one clause: {@link CoordinatedPromises}; chat, present-tense and team wording, courtesy
 * questions: {@link InformalPromises}.
 */
final class PromiseDetector {

	enum Kind {
		FIRST_PERSON(0.9), LET_ME(0.75), PROGRESSIVE(0.8), YOU_RECEIVE(0.8), EXPECT(0.8), ORG(0.8), PASSIVE(0.7);

		final double confidence;

		Kind(double confidence) {
			this.confidence = confidence;
		}
	}

	/**
	 * A promise found in a sentence; offsets are relative to the sentence. {@code needsDue} marks a promise that
	 * counts only when it names a time; {@code conditional} one that depends on a condition.
	 */
	record Candidate(int clauseStart, int clauseEnd, int trigger, int afterTrigger, Kind kind, String what,
			boolean needsDue, boolean conditional) {
	}

	private static final java.util.Set<String> KEEP_OBJECTS = java.util.Set.of("you", "an", "a", "track", "tabs",
			"checking", "monitoring", "watching", "everyone", "both", "all", "chasing", "pushing", "trying");

	private static final Pattern KEEP_STATES = Pattern
		.compile("\\b(?:on hold|open|reserved|aside|safe|running|active|in the loop|informed|posted|updated)\\b");

	/** A clause ending in a pronoun object, which a colon then spells out. */
	private static final Pattern SUMMARY_END = Pattern.compile("\\b(?:it|this|that|everything|all of it)\\s*$");

	/** "now" as the time of an action, not "for now" or "now that". */
	static final Pattern NOW = Pattern.compile("(?<!for |from |by |until |till )\\bnow\\b(?! that| on\\b)");

	/** The agent as subject earlier in the clause ("I've escalated this and will ..."). */
	private static final Pattern SPEAKER = Pattern.compile("\\b(?:i|i've|i'm|i have|we|we've|we're|we have|ive|im)\\b");

	/** Words after an -ing verb that make it the purpose of the message ("I'm writing to let you know"). */
	private static final java.util.Set<String> PURPOSE = java.util.Set.of("to", "about", "because", "regarding",
			"in", "on");

	private static final java.util.Set<String> GENERIC_SUBJECTS = java.util.Set.of("a", "an", "any", "customers",
			"items", "orders", "someone", "anyone", "returned", "cancelled", "customer");

	private static final java.util.Set<String> UNCERTAIN_CONDITIONS = java.util.Set.of("if", "unless", "provided",
			"provided that", "assuming", "in case");

	/** the subject patterns of {@link PromiseLexicon}, searched only where they can start */
	private static final FastFind FIRST_PERSON = new FastFind(PromiseLexicon.FIRST_PERSON);

	private static final FastFind ORG = new FastFind(PromiseLexicon.ORG);

	private static final FastFind OUR_ANYONE = new FastFind(PromiseLexicon.OUR_ANYONE);

	private static final FastFind YOU_RECEIVE = new FastFind(PromiseLexicon.YOU_RECEIVE);

	private static final FastFind PASSIVE = new FastFind(PromiseLexicon.PASSIVE);

	private static final FastFind CONDITION = new FastFind(PromiseLexicon.CONDITION);

	private PromiseDetector() {
	}

	static List<Candidate> detect(String sentence) {
		List<Candidate> out = new ArrayList<>();
		String lower = InformalPromises.withoutTagQuestion(sentence);
		if (lower == null || lower.length() > 2000 || !(has(lower, FUTURE_CUES) || InformalPromises.mayHold(lower)
				|| InformalPromises.mayHoldPresent(lower)
				|| has(lower, PROGRESSIVE_CUES) || lower.contains("let me") || lower.contains("lemme")
				|| lower.contains("expect"))) {
			return out;
		}
		int clauseStart = 0;
		Matcher breaks = PromiseLexicon.CLAUSE_BREAK.matcher(lower);
		Matcher opener = PromiseLexicon.CONDITION_OPENER.matcher(lower);
		for (int from = 0; true; from = breaks.end()) {
			boolean more = PromiseSearch.nextBreak(breaks, lower, from);
			if (more && opener.region(clauseStart, breaks.start()).lookingAt()) {
				continue; // "if you send the logs, I'll ..." and "give me ten minutes and I'll ..." stay one clause
			}
			if (more && lower.charAt(breaks.start()) == ':' && SUMMARY_END.matcher(lower).region(clauseStart,
					breaks.start()).find()) {
				continue; // "we'll take care of it: the payslip will be uploaded by Wednesday" is one promise
			}
			int clauseEnd = more ? breaks.start() : lower.length();
			Candidate c = clause(lower, clauseStart, clauseEnd);
			if (c == null && !out.isEmpty()) {
				c = CoordinatedPromises.continuation(lower, clauseStart, clauseEnd, out.get(out.size() - 1));
			}
			if (c != null) {
				out.addAll(CoordinatedPromises.split(lower, c));
			}
			if (!more) {
				break;
			}
			clauseStart = breaks.end();
		}
		return out;
	}


	private static Candidate clause(String lower, int from, int to) {
		if (to - from < 4) {
			return null;
		}
		String clause = lower.substring(from, to);
		boolean future = has(clause, FUTURE_CUES);
		boolean letMe = clause.contains("let me") || clause.contains("lemme");
		boolean progressive = has(clause, PROGRESSIVE_CUES);
		boolean expect = clause.contains("expect");
		boolean informal = InformalPromises.mayHold(clause);
		if (!future && !letMe && !progressive && !expect && !informal && !InformalPromises.mayHoldPresent(clause)) {
			return null; // cheap pre-check: most clauses have no promise cue at all
		}
		int lead = 0;
		while (lead < clause.length() && Character.isWhitespace(clause.charAt(lead))) {
			lead++; // as stripLeading(): the question opener is anchored after leading whitespace
		}
		if (PromiseLexicon.QUESTION_OPENER.matcher(clause).region(lead, clause.length()).lookingAt()
				|| PromiseLexicon.HEDGE_GATED.count(clause, 1) > 0) {
			return null;
		}
		Candidate best = null;
		// each matcher is made only when its cheap conditions hold
		Matcher m = future ? FIRST_PERSON.matcher(clause) : null;
		if (future && FIRST_PERSON.find(m, clause, 0)) {
			best = firstPerson(clause, m.start(), m.end(), Kind.FIRST_PERSON);
		}
		if (informal && best == null) {
			best = InformalPromises.chat(clause);
		}
		m = future ? PromiseSearch.elliptic(clause) : null;
		if (m != null && (best == null || m.start() < best.trigger())) {
			Matcher passive = PromiseLexicon.ELLIPTIC_PASSIVE.matcher(clause).region(m.end(), clause.length());
			Candidate c = m.group(1) != null || SPEAKER.matcher(clause.substring(0, m.start())).find()
					|| PromiseLexicon.INTERJECTIONS_THEN_WILL.matcher(clause.substring(0, m.end())).matches()
					? firstPerson(clause, m.start(), m.end(), Kind.FIRST_PERSON) : null;
			if (c != null) {
				best = c;
			}
			else if (passive.lookingAt()) { // "... are ready and will be couriered tomorrow"
				String what = ActionPhrase.object(clause, 0);
				best = new Candidate(0, 0, m.start(), passive.end(), Kind.PASSIVE, what == null ? "deliver" : what,
						true, false);
			}
		}
		m = future ? ORG.matcher(clause) : null;
		if (future && ORG.find(m, clause, 0) && (best == null || m.start() < best.trigger())) {
			Candidate c = firstPerson(clause, m.start(), m.end(), Kind.ORG);
			best = c != null ? c : best;
		}
		m = future ? OUR_ANYONE.matcher(clause) : null;
		if (future && clause.contains("our") && OUR_ANYONE.find(m, clause, 0) && (best == null || m.start() < best.trigger())
				&& !PromiseLexicon.THIRD_PARTIES.matcher(m.group()).find()) {
			Candidate c = firstPerson(clause, m.start(), m.end(), Kind.ORG);
			best = c != null && !c.needsDue() ? c : best; // "our prices will go up" is no promise
		}
		m = best == null && future ? PromiseLexicon.THEY.matcher(clause) : null;
		if (best == null && future && clause.contains("they") && m.find()
				&& PromiseLexicon.OUR_PEOPLE.matcher(clause.substring(0, m.start())).find()) {
			best = firstPerson(clause, m.start(), m.end(), Kind.ORG);
		}
		m = letMe ? PromiseLexicon.LET_ME.matcher(clause) : null;
		if (letMe && m.find() && (best == null || m.start() < best.trigger())) {
			int[] verb = ActionPhrase.word(clause, m.end());
			String lemma = verb == null ? null : PromiseLexicon.actionLemma(clause.substring(verb[0], verb[1]));
			if (lemma != null && PromiseLexicon.LET_ME_ACTIONS.contains(lemma)) {
				best = new Candidate(0, 0, m.start(), verb[1], Kind.LET_ME,
						ActionPhrase.describe(clause, lemma, verb[1]), false,
						false);
			}
		}
		m = progressive ? PromiseLexicon.PROGRESSIVE.matcher(clause) : null;
		if (progressive && m.find() && (best == null || m.start() < best.trigger())) {
			String lemma = PromiseLexicon.actionLemma(m.group(1));
			String next = ActionPhrase.firstWord(clause, m.end());
			boolean purpose = PURPOSE.contains(next) && !(lemma != null && ((next.equals("in") || next.equals("on"))
					&& PromiseLexicon.TRANSFERS.contains(lemma) || lemma.equals("put")));
			if (lemma != null && !purpose) { // "I'm writing in to ..." states a purpose; "I'm putting in a request" acts
				boolean firm = ClockTimes.findsAt(NOW, clause, "now") || (PromiseLexicon.TRANSFERS.contains(lemma)
						&& !clause.substring(0, m.end()).contains("currently"));
				best = new Candidate(0, 0, m.start(), m.end(), Kind.PROGRESSIVE,
						ActionPhrase.describe(clause, lemma, m.end()),
						!firm, false);
			}
		}
		m = future ? YOU_RECEIVE.matcher(clause) : null;
		if (future && clause.contains("you") && YOU_RECEIVE.find(m, clause, 0) && (best == null || m.start() < best.trigger())
				&& !ActionPhrase.followedByTo(clause, m.end())) {
			String verb = m.group(1);
			String what = verb.startsWith("hear") || verb.contains("hearing") || verb.contains("contacted")
					? "contact" : verb.contains("called") ? "call" : ActionPhrase.object(clause, m.end());
			boolean vague = verb.equals("see") || verb.equals("have") || verb.equals("get");
			boolean deliverable = what != null && PromiseLexicon.DELIVERABLES.contains(ActionPhrase.lastWord(what));
			best = new Candidate(0, 0, m.start(), m.end(), Kind.YOU_RECEIVE, what == null ? verb : what,
					vague && !deliverable, false);
		}
		m = expect ? PromiseLexicon.EXPECT.matcher(clause) : null;
		if (expect && m.find() && (best == null || m.start() < best.trigger())) {
			int verbEnd = clause.indexOf("expect", m.start()) + 6;
			String what = ActionPhrase.object(clause, verbEnd);
			best = new Candidate(0, 0, m.start(), verbEnd, Kind.EXPECT, what == null ? "update" : what, false, false);
		}
		boolean passiveCue = future && PromiseSearch.mayHavePassive(clause);
		m = passiveCue ? PASSIVE.matcher(clause) : null;
		if (passiveCue && PASSIVE.find(m, clause, 0) && (best == null || m.start() < best.trigger())) {
			String subject = clause.substring(m.start(), m.start(1)).trim();
			String what = ActionPhrase.object(clause, m.start());
			best = new Candidate(0, 0, m.start(), m.end(), Kind.PASSIVE, what == null ? subject : what, true, false);
		}
		if (best == null && informal) {
			best = InformalPromises.openingProgressive(clause);
		}
		if (best == null && passiveCue) {
			best = InformalPromises.barePassive(clause);
		}
		if (best == null) {
			best = InformalPromises.presentOrTeam(clause);
		}
		if (best == null || negated(clause, best.afterTrigger())) {
			return null;
		}
		boolean conditional = false;
		Matcher cond = CONDITION.matcher(clause);
		for (int next = 0; CONDITION.find(cond, clause, next); next = FastFind.after(cond)) {
			conditional = true;
			boolean generic = "if".equals(cond.group(1)) && GENERIC_SUBJECTS.contains(cond.group(3));
			if (generic) {
				return null; // "we will refund any item if an order arrives damaged" states a policy
			}
			boolean ownedCondition = PromiseLexicon.OWN_SUBJECTS.contains(cond.group(3))
					|| !UNCERTAIN_CONDITIONS.contains(cond.group(1))
					|| (cond.start() > best.trigger() && !"the".equals(cond.group(2))); // "... if anything changes"
			boolean agentActs = best.kind() == Kind.FIRST_PERSON || best.kind() == Kind.LET_ME
					|| best.kind() == Kind.PROGRESSIVE;
			if (!ownedCondition && !agentActs) {
				return null;
			}
		}
		return new Candidate(from, to, from + best.trigger(), from + best.afterTrigger(), best.kind(), best.what(),
				best.needsDue(), conditional);
	}

	/** Reads the verb after a first-person or team trigger; null when the clause promises nothing. */
	static Candidate firstPerson(String clause, int start, int end, Kind kind) {
		int pos = end;
		for (int guard = 0; guard < 8; guard++) {
			int[] w = ActionPhrase.word(clause, pos);
			if (w == null) {
				return null;
			}
			String token = clause.substring(w[0], w[1]);
			if (PromiseLexicon.ADVERBS.contains(token)) {
				pos = w[1];
				continue;
			}
			if (token.equals("make") || token.equals("be") || token.equals("go")) {
				int[] next = ActionPhrase.word(clause, w[1]);
				String nextToken = next == null ? "" : clause.substring(next[0], next[1]);
				if (nextToken.equals("sure") || nextToken.equals("ahead")) {
					int[] after = ActionPhrase.word(clause, next[1]);
					if (after != null && (clause.startsWith("to", after[0]) || clause.startsWith("and", after[0])
							|| clause.startsWith("that", after[0]))
							&& (after[1] - after[0] <= 4)) {
						pos = after[1];
					}
					else {
						pos = next[1];
					}
					if (token.equals("make") && ActionPhrase.word(clause, pos) != null
							&& PromiseLexicon.actionLemma(ActionPhrase.firstWord(clause, pos)) == null) {
						return new Candidate(0, 0, start, pos, kind, "follow up", false, false);
					}
					continue;
				}
				if (token.equals("be")) {
					return beClause(clause, start, next, nextToken, kind);
				}
			}
			if (token.equals("have") && "to".equals(ActionPhrase.firstWord(clause, w[1]))) {
				pos = ActionPhrase.word(clause, w[1])[1]; // "we'll have to ..." reads the verb after "to"
				continue;
			}
			if ("see".equals(token) && "to".equals(ActionPhrase.firstWord(clause, w[1]))) {
				return new Candidate(0, 0, start, w[1], kind, "follow up", false, false); // "I'll see to it"
			}
			if (token.equals("not") || token.equals("never") || PromiseLexicon.NOT_ACTIONS.contains(token)) {
				return null;
			}
			String lemma = PromiseLexicon.actionLemma(token);
			if ("do".equals(lemma) && ActionPhrase.firstWord(clause, w[1]).isEmpty()) {
				return null; // a bare "Will do!" names no action
			}
			if ("look".equals(lemma) && "forward".equals(ActionPhrase.firstWord(clause, w[1]))) {
				return null; // "we'll look forward to hearing from you"
			}
			if ("keep".equals(lemma) && !KEEP_OBJECTS.contains(ActionPhrase.firstWord(clause, w[1]))
					&& !KEEP_STATES.matcher(clause).find()) {
				return null; // "I'll keep this short"
			}
			if (lemma == null) {
				return new Candidate(0, 0, start, w[1], kind, token, true, false);
			}
			return new Candidate(0, 0, start, w[1], kind, ActionPhrase.describe(clause, lemma, w[1]), false, false);
		}
		return null;
	}

	private static Candidate beClause(String clause, int start, int[] next, String nextToken, Kind kind) {
		if (next == null) {
			return null;
		}
		if (nextToken.equals("in") && clause.startsWith("in touch", next[0])) {
			return new Candidate(0, 0, start, next[1] + 6, kind, "contact", false, false);
		}
		if (nextToken.equals("back") && (clause.startsWith("back in touch", next[0])
				|| clause.startsWith("back to you", next[0]))) {
			return new Candidate(0, 0, start, next[1], kind, "get back", false, false);
		}
		if (nextToken.equals("there") || nextToken.equals("over") || nextToken.equals("round")
				|| nextToken.equals("onsite") || clause.startsWith("on site", next[0])
				|| clause.startsWith("on-site", next[0]) || clause.startsWith("with you", next[0])) {
			return new Candidate(0, 0, start, next[1], kind, "visit", true, false);
		}
		if (nextToken.equals("able")) {
			int[] to = ActionPhrase.word(clause, next[1]);
			int[] verb = to == null ? null : ActionPhrase.word(clause, to[1]);
			String lemma = verb == null ? null : PromiseLexicon.actionLemma(clause.substring(verb[0], verb[1]));
			return lemma == null ? null
					: new Candidate(0, 0, start, verb[1], kind, ActionPhrase.describe(clause, lemma, verb[1]), false,
							false);
		}
		if (nextToken.endsWith("ing")) {
			String lemma = PromiseLexicon.actionLemma(nextToken);
			return lemma == null ? null
					: new Candidate(0, 0, start, next[1], kind, ActionPhrase.describe(clause, lemma, next[1]), false,
							false);
		}
		return null;
	}

	private static final String[] FUTURE_CUES = { "'ll", "will", "shall", "going to", "gonna", "promise to",
			"commit to", "count on", "rely on" };

	private static final String[] PROGRESSIVE_CUES = { "i'm", "i am", "we're", "we are" };

	private static boolean has(String text, String[] cues) {
		for (String cue : cues) {
			if (text.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	private static boolean negated(String clause, int pos) {
		int[] w = ActionPhrase.word(clause, pos);
		return w != null && w[0] - pos <= 1 && (clause.startsWith("not", w[0]) && w[1] - w[0] == 3);
	}
}
