package org.servicemind.analysis.lexical;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promises in chat and informal English that the main cues miss: "ill get it sorted", "gonna sort the refund now",
 * "imma call you at 3" (a chat first person at the start of a clause or after "and/so/ok", counted only with a known
 * action verb), a subject-less progressive with a named time ("Adding it now", "Sending the label over today"), and
 * the courtesy question trailing a promise ("I'll ring you at 8 if that suits?", "... - ok?"), which is cut off so the
 * promise before it still counts. Own wording.
 */
final class InformalPromises {

	/** Chat first person: group 1 is the cue. */
	private static final Pattern CHAT = Pattern.compile("(?:^|[,;(.!-]|\\b(?:and|so|then|but|ok|okay|sure|yes|yep"
			+ "|np|alright|right|cool|kk|k)\\b)\\s*(ill|i ll|gonna|imma|ima|i'ma|im gonna|im going to|i wil|we wil|going to)"
			+ "(?=\\s)");

	/** A clause opening with an -ing verb (after an optional "ok,"): group 1 is the verb. */
	private static final Pattern OPENING_ING = Pattern.compile("^\\s*(?:(?:ok|okay|sure|right|np|no worries|noted"
			+ "|thanks|will do|done|on it)[,!.:]*\\s+)?([a-z]+ing)\\b");

	/** -ing verbs that report or frame the message rather than promise ("Attaching the invoice", "Following up"). */
	private static final Set<String> NOT_PROMISES = Set.of("attach", "reach", "write", "follow", "note", "copy", "cc",
			"confirm", "reply", "respond", "answer", "share", "hold", "keep", "have", "get", "take", "make",
			"do", "let", "work", "record", "document", "log");

	/** Words after an -ing verb that describe a state, not an action ("Running late today"). */
	private static final Set<String> LATE = Set.of("late", "behind", "short", "low", "slow", "out");

	/** Verbs whose "to" names a person, not a purpose ("Speaking to my manager this afternoon"). */
	private static final Set<String> TALK = Set.of("speak", "talk", "chat", "reach", "send", "forward", "post",
			"ship", "pass", "escalate", "return");

	/** What one sends in a greeting rather than a promise ("Sending you good vibes for the new year"). */
	private static final Pattern GREETING = Pattern.compile("\\b(?:wishes|vibes|love|hugs|thanks|regards|greetings"
			+ "|cheer|thoughts|prayers|kudos|congratulations)\\b");

	/** A courtesy question after a promise: "if that suits?", ", ok?", "- does that work for you?". */
	private static final Pattern TRAILING_TAG = Pattern.compile("(?:,|\\s[-\u2013\u2014]|(?=\\sif\\s)|\\s(?=(?:ok|okay|yeah|yah|right|can|alright)\\s*\\?))"
			+ "\\s*(?:if"
			+ " (?:that|this|it)(?:'s| is)? ?(?:suits?|works?|ok|okay|alright|all right|fine|good|convenient|helps"
			+ "|easier)?(?: (?:you|for you|with you))?|ok(?:ay)?|alright|all right|right|yeah|yes|cool|fine|good"
			+ "|sound good|sounds good|that ok|that okay|fair enough|hope that's (?:ok|okay|alright|fine)"
			+ "|(?:does|would|will|is) (?:that|this|it) (?:suit|work|sound|help|be ok|be okay|ok|okay|alright|fine)"
			+ "[a-z ]{0,20}|(?:is|would) that be (?:ok|okay|alright|fine)[a-z ]{0,12})\\s*\\?+[\\s)!.]*$");

	/** Non-native present tense with a named time: "I arrange the pick-up tomorrow 2pm" (group 1 the verb). */
	private static final Pattern PRESENT = Pattern.compile("(?:^|[,;(.!:-]|\\b(?:and|so|then|ok|okay|sure|lah|can)\\b)"
			+ "\\s*(?:i|we)\\s+(?:will\\s+)?([a-z]+)\\b");

	/** A team named without an article: "legal will countersign", "(2) billing will refund" (group 1 the team). */
	private static final Pattern BARE_TEAM = Pattern.compile("^\\W*(?:\\d{1,2}[.)]\\s*)?(legal|billing|accounts|finance"
			+ "|ops|operations|dispatch|payroll|procurement|logistics|engineering|support|tech support|it support"
			+ "|customer care|customer service|the depot|the warehouse)(?:'ll|\\s+will)(?![a-z'])");

	/** "Jess from billing will", "Omar from the returns team will": a named colleague and their team. */
	private static final Pattern NAMED_FROM_TEAM = Pattern.compile("\\b[a-z]+\\s+from\\s+(?:our\\s+|the\\s+)?(?:billing"
			+ "|accounts|support|finance|sales|dispatch|logistics|tech|it|hr|payroll|legal|engineering|returns|claims"
			+ "|[a-z]+\\s+team)(?:'ll|\\s+will|\\s+shall)(?![a-z'])");

	/** "The technician comes on Thursday": a visit by the agent's people in the present tense. */
	private static final Pattern VISIT = Pattern.compile("\\b(?:the|our|your)\\s+(?:technician|engineer|fitter"
			+ "|installer|plumber|electrician|surveyor|inspector|nurse|tech|team|driver|crew)\\s+(?:comes|arrives"
			+ "|visits|delivers|collects|installs|calls)\\b");

	private static boolean has(String text, String... cues) {
		for (String cue : cues) {
			if (text.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	/** A named day or hour, which a present-tense promise needs. */
	private static final Pattern DAY_WORD = Pattern.compile("\\b(?:today|tonight|tomorrow|tmrw|tmr|2moro|monday|tuesday"
			+ "|wednesday|thursday|friday|saturday|sunday|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)|this (?:morning|afternoon"
			+ "|evening)|arvo|now|next week|the \\d{1,2}(?:st|nd|rd|th))\\b");

	/** Words of habit that make a present tense a routine, not a promise. */
	private static final Pattern HABIT = Pattern.compile("\\b(?:every|each|always|whenever|often|sometimes|never"
			+ "|mondays|tuesdays|wednesdays|thursdays|fridays|weekends|daily|weekly|monthly)\\b");

	/** Verbs whose present tense reports a state or a feeling rather than an action. */
	private static final Set<String> NOT_PRESENT = Set.of("have", "do", "get", "take", "make", "let", "keep", "hold",
			"look", "see", "note", "work", "help", "handle", "deal", "record", "log", "copy", "cc", "share", "answer",
			"reply", "respond", "apologise", "apologize", "confirm", "understand", "know", "hope", "need", "want");

	private InformalPromises() {
	}

	/** @return whether {@code clause} may hold a present-tense promise: a day word and "I/we" + an action verb */
	static boolean mayHoldPresent(String clause) {
		boolean dayWord = clause.contains("day") || clause.contains("tonight") || clause.contains("tom")
				|| clause.contains("tmr") || clause.contains("2moro") || clause.contains("pm")
				|| clause.contains("am") || clause.contains("now") || clause.contains("arvo") || clause.contains("week")
				|| clause.contains("morning") || clause.contains("afternoon") || clause.contains("evening")
				|| hasDigit(clause);
		return dayWord && (hasPresentAction(clause)
				|| has(clause, "comes", "arrives", "visits", "delivers", "collects", "installs", "calls")
				&& has(clause, "technician", "engineer", "fitter", "installer", "plumber", "electrician", "surveyor",
						"inspector", "nurse", "tech ", "team", "driver", "crew"));
	}

	/**
	 * @return a promise in the non-native present tense ("I arrange the pick-up tomorrow 2pm"; counts only with a
	 * named time and without words of habit) or by a team named without an article ("legal will countersign by
	 * Wednesday"), or null
	 */
	static PromiseDetector.Candidate presentOrTeam(String clause) {
		if (clause.contains(" from ") && (clause.contains("will") || clause.contains("'ll"))) {
			Matcher named = NAMED_FROM_TEAM.matcher(clause);
			if (named.find()) {
				return PromiseDetector.firstPerson(clause, named.start(), named.end(), PromiseDetector.Kind.ORG);
			}
		}
		if (has(clause, "comes", "arrives", "visits", "delivers", "collects", "installs", "calls")) {
			Matcher visit = VISIT.matcher(clause);
			if (visit.find() && DAY_WORD.matcher(clause).find()) {
				return new PromiseDetector.Candidate(0, 0, visit.start(), visit.end(), PromiseDetector.Kind.ORG,
						"visit", false, false);
			}
		}
		if (clause.contains("will") || clause.contains("'ll")) {
			Matcher team = BARE_TEAM.matcher(clause);
			return team.find()
					? PromiseDetector.firstPerson(clause, team.start(1), team.end(), PromiseDetector.Kind.ORG) : null;
		}
		if (!mayHoldPresent(clause) || !hasPresentAction(clause)) {
			return null;
		}
		Matcher m = PRESENT.matcher(clause);
		if (!m.find() || HABIT.matcher(clause).find()) {
			return null;
		}
		String verb = m.group(1);
		if (!PromiseLexicon.ACTIONS.contains(verb) || NOT_PRESENT.contains(verb)
				|| PromiseLexicon.NOT_ACTIONS.contains(verb)) {
			return null;
		}
		if (!DAY_WORD.matcher(clause).find()) {
			return null; // "we refund within 14 days" states a policy
		}
		return new PromiseDetector.Candidate(0, 0, m.start(), m.end(1), PromiseDetector.Kind.FIRST_PERSON,
				ActionPhrase.describe(clause, verb, m.end(1)), true, false);
	}

	/** A short tag question after the last comma: ", does that work?", ", ok?". */
	private static final Pattern TAG_QUESTION = Pattern.compile("\\s*(?:does that|would that|will that|is that|is this"
			+ "|ok|okay|alright|all right|right|sound good|sounds good|hope that|if that|how does that|can you"
			+ "|could you"
			+ "|would you|let me know)[^,]{0,40}\\?[\\s)]*");

	/**
	 * @return {@code sentence} when it is no question; the promise before a trailing courtesy or short tag question
	 * ("I'll call you at 10, does that work?"); null for any other question
	 */
	static String withoutTagQuestion(String sentence) {
		if (!endsWithQuestion(sentence)) {
			return sentence;
		}
		int comma = sentence.lastIndexOf(',');
		int tag = beforeTrailingTag(sentence);
		if (tag >= 0) {
			return sentence.substring(0, tag);
		}
		if (comma < 0 || !TAG_QUESTION.matcher(sentence.substring(comma + 1)).matches()) {
			return null;
		}
		return sentence.substring(0, comma);
	}

	/** @return whether the sentence ends with a question mark (closing brackets and quotes aside) */
	static boolean endsWithQuestion(String lower) {
		for (int i = lower.length() - 1; i >= 0; i--) {
			char c = lower.charAt(i);
			if (!Character.isWhitespace(c) && c != ')' && c != '\'' && !Character.isSurrogate(c)) {
				return c == '?';
			}
		}
		return false;
	}

	/** @return the end of the promise before a trailing courtesy question, or -1 when there is none */
	static int beforeTrailingTag(String sentence) {
		Matcher m = TRAILING_TAG.matcher(sentence);
		return m.find() ? m.start() : -1;
	}

	/** @return whether {@code clause} may hold a chat or subject-less promise (a cheap check) */
	static boolean mayHold(String clause) {
		return mayBeChat(clause) || openingIng(clause);
	}

	private static boolean mayBeChat(String clause) {
		return wordAt(clause, "ill ") || clause.contains("gonna") || clause.contains("going to") || clause.contains("imma")
				|| clause.contains("i ll") || wordAt(clause, "ima ") || clause.contains(" wil ")
				|| clause.contains("im going") || clause.contains("i'ma");
	}

	/** Whether the clause's first word (after an optional "ok," and the like) ends in -ing: a cheap check. */
	private static boolean openingIng(String clause) {
		int pos = 0;
		for (int word = 0; word < 3; word++) {
			int[] w = ActionPhrase.word(clause, pos);
			if (w == null) {
				return false;
			}
			if (w[1] - w[0] > 4 && clause.startsWith("ing", w[1] - 3)) {
				return true;
			}
			pos = w[1];
		}
		return false;
	}

	/** A cheap check for "i"/"we" followed by a known action verb, before any regular expression runs. */
	private static boolean hasPresentAction(String clause) {
		for (int i = 0; i < clause.length(); i++) {
			char c = clause.charAt(i);
			if ((c == 'i' || c == 'w') && (i == 0 || !Character.isLetter(clause.charAt(i - 1)))) {
				int after = c == 'i' ? i + 1 : clause.startsWith("we", i) ? i + 2 : -1;
				if (after > 0 && after < clause.length() && clause.charAt(after) == ' ') {
					int[] w = ActionPhrase.word(clause, after);
					String verb = w == null ? "" : clause.substring(w[0], w[1]);
					if (PromiseLexicon.ACTIONS.contains(verb) && !NOT_PRESENT.contains(verb)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	/** @return whether {@code word} occurs in {@code text} at the start of a word */
	private static boolean wordAt(String text, String word) {
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
			if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** @return an article-less future passive at the start of {@code clause} ("Pickup will happen by Monday"), or null */
	static PromiseDetector.Candidate barePassive(String clause) {
		Matcher m = PromiseLexicon.BARE_PASSIVE.matcher(clause);
		if (!m.lookingAt()) {
			return null;
		}
		String what = ActionPhrase.object(clause, 0);
		return new PromiseDetector.Candidate(0, 0, m.start(), m.end(), PromiseDetector.Kind.PASSIVE,
				what == null ? "deliver" : what, true, false);
	}

	/** @return a chat first-person promise in {@code clause}, or null */
	static PromiseDetector.Candidate chat(String clause) {
		if (!mayBeChat(clause)) {
			return null;
		}
		Matcher m = CHAT.matcher(clause);
		if (!m.find()) {
			return null;
		}
		int pos = m.end(1);
		int[] w = ActionPhrase.word(clause, pos);
		for (int guard = 0; w != null && guard < 3 && PromiseLexicon.ADVERBS.contains(clause.substring(w[0], w[1]));
				guard++) {
			w = ActionPhrase.word(clause, w[1]);
		}
		String lemma = w == null ? null : PromiseLexicon.actionLemma(clause.substring(w[0], w[1]));
		if (lemma == null || !clause.substring(w[0], w[1]).equals(lemma)) {
			return null; // "ill" is also the adjective: only a base-form action verb makes it "I'll"
		}
		return new PromiseDetector.Candidate(0, 0, m.start(1), w[1], PromiseDetector.Kind.FIRST_PERSON,
				ActionPhrase.describe(clause, lemma, w[1]), false, false);
	}

	/** @return a subject-less progressive promise ("Adding it now"), which counts only with a named time, or null */
	static PromiseDetector.Candidate openingProgressive(String clause) {
		if (!openingIng(clause)) {
			return null;
		}
		Matcher m = OPENING_ING.matcher(clause);
		if (!m.lookingAt()) {
			return null;
		}
		String lemma = PromiseLexicon.actionLemma(m.group(1));
		String next = ActionPhrase.firstWord(clause, m.end(1));
		if (lemma == null || NOT_PROMISES.contains(lemma) || (next.equals("to") && !TALK.contains(lemma))
				|| next.equals("about") || next.equals("forward") || next.equals("because") || LATE.contains(next)
				|| (lemma.equals("run") && (clause.contains(" behind") || clause.contains(" late")))
				|| GREETING.matcher(clause).find()) {
			return null;
		}
		return new PromiseDetector.Candidate(0, 0, m.start(1), m.end(1), PromiseDetector.Kind.PROGRESSIVE,
				ActionPhrase.describe(clause, lemma, m.end(1)), true, false);
	}
}
