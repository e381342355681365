package org.servicemind.analysis.lexical;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicemind.analysis.BusinessCalendar;

/**
 * Splits one promising clause into several promises when the agent joins actions with "and", each with its own time:
 * "I'll chase the courier in the morning and send you an update by midday" gives two promises, "I'll reissue the
 * ticket now and forward it in ten minutes" too. Also reads a subject-less action after ", and" as a further promise
 * of the same speaker ("We'll refund it today, and email you the receipt").
 *
 * <p>Rule (own convention): inside a clause, "and" + a verb in its base form from {@link PromiseLexicon#ACTIONS}
 * (followed by an object, a particle or a time word, e.g. "and call you", "and make sure", "and revert by Friday")
 * starts a new promise only when the part before it names a time and the part after it names its own time or an event
 * ("... and let you know when it's done"); otherwise one time covers both actions ("I'll check with the warehouse and
 * revert within 48 hours" stays one promise). After a comma ("..., and update you by Tuesday") the action is a
 * promise of its own even without a time.
 */
final class CoordinatedPromises {

	private static final Pattern AND_VERB = Pattern.compile("\\s(?:and|&|n|plus)\\s+(?:then\\s+|also\\s+)?"
			+ "([a-z][a-z-]*)\\b");

	/** "and the originals", "and your new card": a second object (group 1 starts it). */
	private static final Pattern AND_OBJECT = Pattern.compile("(?:\\s(?:and|&|plus)|,?\\s(?:and\\s+)?then)\\s+((?:the|your|a|an"
			+ "|our|my)\\s+"
			+ "[a-z][a-z-]*)\\b");

	private static final Pattern COMMA_AND = Pattern.compile(",\\s*(?:and|then|and then|and also|plus)\\s+$");

	private static final Pattern LEADING = Pattern.compile("\\s*(?:then\\s+|also\\s+)?([a-z][a-z-]*)\\b");

	private static final Set<String> DETERMINERS = Set.of("the", "your", "a", "an", "our", "my");

	private static final Pattern EVENT = Pattern.compile("\\b(?:when|once|as soon as|the moment)\\b");

	/** Verbs of chat and regional English that promise a message ("flick you an update", "shoot you an email"). */
	private static final Set<String> EXTRA_VERBS = Set.of("flick", "shoot", "drop", "pop", "revert", "come");

	/** Words that may follow the verb of a coordinated action. */
	private static final Set<String> AFTER_VERB = Set.of("sure", "know", "someone", "somebody", "everything",
			"things", "whether", "what", "how", "why", "positively", "eod", "cob", "tonight", "u", "ya", "ur");

	/** A fixed reference instant: only whether a time is named matters here, not which. */
	private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2026, 3, 4, 11, 0, 0, 0, ZoneOffset.UTC);

	private static final BusinessCalendar STANDARD = BusinessCalendar.standard();

	private CoordinatedPromises() {
	}

	/** @return {@code c} cut into its coordinated promises (offsets relative to {@code lower}), or {@code c} alone */
	static List<PromiseDetector.Candidate> split(String lower, PromiseDetector.Candidate c) {
		if (c.clauseEnd() - c.afterTrigger() < 8 || !hasAnd(lower, c.afterTrigger(), c.clauseEnd())) {
			return List.of(c);
		}
		List<PromiseDetector.Candidate> out = new ArrayList<>(2);
		PromiseDetector.Candidate current = c;
		Matcher m = AND_VERB.matcher(lower).region(c.afterTrigger(), c.clauseEnd());
		while (m.find()) {
			String lemma = baseVerb(m.group(1));
			if (lemma == null || !fits(lower, m.end(1), c.clauseEnd())) {
				continue;
			}
			int segmentStart = Math.min(current.clauseStart(), current.trigger());
			if (!namesTime(lower, segmentStart, m.start())) {
				continue;
			}
			int nextAnd = nextAnd(lower, m.end(), c.clauseEnd());
			boolean ownTime = namesTime(lower, m.start(1), nextAnd)
					|| EVENT.matcher(lower).region(m.end(1), nextAnd).find();
			if (!ownTime) {
				continue;
			}
			out.add(new PromiseDetector.Candidate(current.clauseStart(), m.start(), current.trigger(),
					current.afterTrigger(), current.kind(), current.what(), current.needsDue(), current.conditional()));
			current = new PromiseDetector.Candidate(m.start(1), c.clauseEnd(), m.start(1), m.end(1), c.kind(),
					describe(lower, lemma, m.end(1)), false, c.conditional());
		}
		if (out.isEmpty()) {
			PromiseDetector.Candidate gapped = gapped(lower, c);
			if (gapped != null) {
				int cut = lower.lastIndexOf(' ', Math.max(c.afterTrigger(), gapped.clauseStart() - 2)); // " and"
				out.add(new PromiseDetector.Candidate(c.clauseStart(), Math.max(cut, c.afterTrigger()), c.trigger(),
						c.afterTrigger(), c.kind(), c.what(), c.needsDue(), c.conditional()));
				current = gapped;
			}
		}
		out.add(current);
		return out;
	}

	/**
	 * "I'll send the forms by Friday and the originals after New Year": a second object with its own time shares the
	 * verb; both parts must name a time. @return the second promise, or null
	 */
	private static PromiseDetector.Candidate gapped(String lower, PromiseDetector.Candidate c) {
		Matcher m = AND_OBJECT.matcher(lower).region(c.afterTrigger(), c.clauseEnd());
		if (!m.find() || !namesTime(lower, Math.min(c.clauseStart(), c.trigger()), m.start())
				|| !namesTime(lower, m.end(), c.clauseEnd())) {
			return null;
		}
		String object = ActionPhrase.object(lower, m.start(1));
		int space = c.what().indexOf(' ');
		String verb = space < 0 ? c.what() : c.what().substring(0, space);
		return new PromiseDetector.Candidate(m.start(1), c.clauseEnd(), m.start(1), m.end(), c.kind(),
				object == null ? verb : verb + " " + object, false, c.conditional());
	}

	/**
	 * @return a promise for a subject-less action opening the clause {@code from} up to, not including, {@code to} right after ", and", made by
	 * the speaker of {@code previous}; null when the clause does not open with such an action
	 */
	static PromiseDetector.Candidate continuation(String lower, int from, int to, PromiseDetector.Candidate previous) {
		if (previous == null || from < 2 || !COMMA_AND.matcher(lower.substring(Math.max(0, from - 16), from)).find()) {
			return null;
		}
		Matcher m = LEADING.matcher(lower).region(from, to);
		if (!m.lookingAt()) {
			return null;
		}
		String lemma = baseVerb(m.group(1));
		if (lemma == null && DETERMINERS.contains(m.group(1)) && namesTime(lower, m.end(1), to)) {
			// "..., then the original by courier after Christmas": a second object sharing the verb
			String object = ActionPhrase.object(lower, m.start(1));
			int space = previous.what().indexOf(' ');
			String verb = space < 0 ? previous.what() : previous.what().substring(0, space);
			return new PromiseDetector.Candidate(m.start(1), to, m.start(1), m.end(1), previous.kind(),
					object == null ? verb : verb + " " + object, false, previous.conditional());
		}
		if (lemma == null || !fits(lower, m.end(1), to)) {
			return null;
		}
		return new PromiseDetector.Candidate(from, to, m.start(1), m.end(1), previous.kind(),
				describe(lower, lemma, m.end(1)), false, previous.conditional());
	}

	private static boolean hasAnd(String lower, int from, int to) {
		int i = lower.indexOf(" and ", from);
		int j = lower.indexOf(" & ", from);
		int k = lower.indexOf(" n ", from);
		int l = lower.indexOf(" plus ", from);
		return (i >= 0 && i < to) || (j >= 0 && j < to) || (k >= 0 && k < to) || (l >= 0 && l < to);
	}

	private static int nextAnd(String lower, int from, int to) {
		Matcher m = AND_VERB.matcher(lower).region(from, to);
		while (m.find()) {
			if (baseVerb(m.group(1)) != null && fits(lower, m.end(1), to)) {
				return m.start();
			}
		}
		return to;
	}

	private static String baseVerb(String word) {
		if (EXTRA_VERBS.contains(word)) {
			return word.equals("revert") || word.equals("come") ? "get" : "send";
		}
		return PromiseLexicon.ACTIONS.contains(word) && !PromiseLexicon.NOT_ACTIONS.contains(word) ? word : null;
	}

	/** The verb is followed by an object, a particle, a time word or nothing: "and call you", "and make sure". */
	private static boolean fits(String lower, int afterVerb, int to) {
		String next = ActionPhrase.firstWord(lower.substring(0, to), afterVerb);
		return next.isEmpty() || PromiseLexicon.FILLERS.contains(next) || PromiseLexicon.OBJECT_STOPS.contains(next)
				|| AFTER_VERB.contains(next) || PromiseLexicon.OBJECT_STOPS.contains(TimePatterns.normalise(next));
	}

	private static String describe(String lower, String lemma, int afterVerb) {
		if (lemma.equals("make") && "sure".equals(ActionPhrase.firstWord(lower, afterVerb))) {
			return "follow up";
		}
		return ActionPhrase.describe(lower, lemma, afterVerb);
	}

	private static boolean namesTime(String lower, int from, int to) {
		return DueTimeResolver.resolve(lower, from, to, REFERENCE, STANDARD) != null;
	}
}
