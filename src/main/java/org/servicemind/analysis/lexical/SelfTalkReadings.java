package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One phrase, one reading: which of the rule matches of {@link SelfTalkAnalyzer} that overlap are reported. Stateless.
 */
final class SelfTalkReadings {

	/** the two readings of a bad prediction, of which one phrase states one */
	private static final Set<String> PREDICTIONS = Set.of("catastrophising", "fortune_telling");

	/** verdicts about oneself that emotional reasoning may conclude */
	private static final Set<String> SELF_VERDICTS = Set.of("labelling", "personalisation", "fortune_telling");

	/** a rule match over {@code start}..{@code end} of the folded text, before the choice of readings */
	record Candidate(SelfTalkRules.Rule rule, int start, int end) {

		int length() {
			return end - start;
		}

		boolean contains(Candidate other) {
			return start <= other.start && other.end <= end;
		}
	}

	private SelfTalkReadings() {
	}

	/**
	 * One phrase states one distortion: a match inside a strictly longer match of another type (the "disaster"
	 * inside "that caller was an absolute nightmare", the "I'm useless" inside "either ... or I'm useless") is dropped,
	 * and so is a verdict about oneself (labelling, personalisation, a prediction) that begins inside an
	 * emotional-reasoning match or right after it:
	 * in "I feel stupid, so I must be weak" the verdict is the conclusion drawn from the feeling. Overlapping
	 * catastrophising and fortune-telling matches keep one reading (see {@code onePrediction}).
	 */
	static List<Candidate> withoutShadowed(List<Candidate> candidates) {
		candidates.sort(Comparator.comparingInt(Candidate::start));
		int longest = 0;
		for (Candidate c : candidates) {
			longest = Math.max(longest, c.length());
		}
		List<Candidate> kept = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (!shadowed(candidates, i, longest)) {
				kept.add(candidates.get(i));
			}
		}
		return kept;
	}

	/** only candidates starting at most {@code longest} + 1 characters earlier (or at the same place) can shadow */
	private static boolean shadowed(List<Candidate> sorted, int i, int longest) {
		Candidate c = sorted.get(i);
		for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < c.end(); j++) {
			if (shadows(sorted.get(j), c)) {
				return true;
			}
		}
		for (int j = i - 1; j >= 0 && sorted.get(j).start() >= c.start() - longest - 1; j--) {
			if (shadows(sorted.get(j), c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean shadows(Candidate other, Candidate c) {
		return !other.rule().type().equals(c.rule().type())
				&& (other.length() > c.length() && other.contains(c) || concludes(other, c) || onePrediction(other, c));
	}

	/**
	 * A catastrophising and a fortune-telling match over the same words read one prediction: the longer match is kept,
	 * and on equal spans catastrophising, the reading that names the disaster ("I'll be finished", "nobody will hire me").
	 */
	private static boolean onePrediction(Candidate other, Candidate c) {
		return PREDICTIONS.contains(other.rule().type()) && PREDICTIONS.contains(c.rule().type())
				&& other.start() < c.end() && c.start() < other.end()
				&& (other.length() > c.length()
						|| other.length() == c.length() && "catastrophising".equals(other.rule().type()));
	}

	private static boolean concludes(Candidate feeling, Candidate verdict) {
		return "emotional_reasoning".equals(feeling.rule().type()) && SELF_VERDICTS.contains(verdict.rule().type())
				&& feeling.start() < verdict.start() && verdict.start() <= feeling.end() + 1;
	}
}
