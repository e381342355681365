package org.servicemind.analysis.lexical;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Commitment;
import org.servicemind.analysis.Role;

/**
 * Finds promises in agent text and resolves their due time. Thread-safe.
 *
 * <p>What counts: a clause in which the agent, or their organisation, owns a future action towards the customer:
 * "I'll call you back tomorrow morning", "let me look into it", "you'll have the refund by Friday", "expect an update
 * in 2 hours", "our billing team will contact you", "your replacement will be shipped today". Not: questions and
 * offers, hedges ("we might", "I can't promise"), habits ("refunds usually take 5-7 days"), past tense, negations,
 * quoted text (lines starting with {@code >}, text in double quotes, everything after an "On ... wrote:" header), and
 * promises whose "if" condition a third party owns. A first-person promise under a condition is a commitment (the
 * agent owns it once the condition holds). See {@link PromiseDetector} for the rules; they are English only.
 *
 * <p>Each commitment's span is its clause: a sentence, or the part of it that one promise occupies when a sentence
 * holds several ("I'll reset it now and we'll post the card on Monday" gives two). {@code what} is a short action
 * built from the verb and its object ("call back", "send invoice"); confidence is 0.7-0.95 by kind of cue, plus 0.05
 * when a time is named, minus 0.1 under a condition.
 *
 * <p>Due times: see {@link DueTimeResolver}; the time expression is taken from the clause after the promise cue,
 * else from before it (leaving out an "if/once/when ..." condition). The result is in {@link AnalysisContext#zone()},
 * or null when no time is named.
 *
 * <p>Quality on the own labelled set {@code src/test/resources/analysis/commitments.jsonl} and speed: see
 * docs/analysis/commitments.md.
 *
 * <p>Bounds: only the first {@value #MAX_CHARS} characters are read and sentences over 2,000 characters are
 * skipped, so any input is processed in time linear in its length; no exception escapes for any string.
 */
public final class CommitmentExtractor {

	/** Characters of a text that are read; later text is ignored. */
	public static final int MAX_CHARS = 100_000;

	/** @return commitments in {@code text} ordered by start offset; empty for non-agent text */
	public List<Commitment> extract(String text, AnalysisContext context) {
		if (text == null || text.isEmpty() || context == null || context.role() != Role.AGENT) {
			return List.of();
		}
		try {
			return find(text, context);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return List.of(); // a rule bug must never break message analysis
		}
	}

	private static List<Commitment> find(String text, AnalysisContext context) {
		ZonedDateTime now = context.at().atZone(context.zone());
		List<Commitment> out = new ArrayList<>();
		ZonedDateTime previous = null; // "... and I'll send the receipt the same day" takes this promise's day
		for (ReplySegmenter.Sentence sentence : ReplySegmenter.split(text, MAX_CHARS)) {
			String lower = sentence.lower();
			for (PromiseDetector.Candidate c : PromiseDetector.detect(lower)) {
				ZonedDateTime due = due(lower, c, now, context, previous);
				previous = due != null ? due : previous;
				if (c.needsDue() && due == null) {
					continue;
				}
				int start = sentence.start() + c.clauseStart();
				int end = sentence.start() + c.clauseEnd();
				while (start < end && Character.isWhitespace(text.charAt(start))) {
					start++;
				}
				while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ','
						|| text.charAt(end - 1) == ';' || text.charAt(end - 1) == ':')) {
					end--;
				}
				double confidence = c.kind().confidence + (due != null ? 0.05 : 0) - (c.conditional() ? 0.1 : 0)
						- (c.needsDue() && c.kind() == PromiseDetector.Kind.FIRST_PERSON ? 0.25 : 0);
				out.add(new Commitment(text.substring(start, end), start, end, c.what(),
						due == null ? null : due.toOffsetDateTime(), Math.max(0, Math.min(1, confidence))));
			}
		}
		return List.copyOf(out);
	}

	private static ZonedDateTime due(String lower, PromiseDetector.Candidate c, ZonedDateTime now,
			AnalysisContext context, ZonedDateTime previous) {
		ZonedDateTime due = DueTimeResolver.resolve(lower, c.trigger(), c.clauseEnd(), now, context.calendar(),
				previous);
		if (due != null || c.trigger() <= c.clauseStart()) {
			return due;
		}
		int end = c.trigger();
		Matcher cond = PromiseLexicon.CONDITION.matcher(lower).region(c.clauseStart(), c.trigger());
		if (cond.find()) {
			int comma = lower.indexOf(',', cond.start());
			if (comma < 0 || comma >= c.trigger()) {
				end = cond.start();
			}
			else {
				ZonedDateTime lead = DueTimeResolver.resolve(lower, c.clauseStart(), cond.start(), now,
						context.calendar());
				return lead != null ? lead
						: DueTimeResolver.resolve(lower, comma, c.trigger(), now, context.calendar());
			}
		}
		return DueTimeResolver.resolve(lower, c.clauseStart(), end, now, context.calendar());
	}
}
