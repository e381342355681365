package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicemind.analysis.Distortion;

/**
 * Adds distortions found by another tier (the sentence-level phrase model) to what {@link SelfTalkAnalyzer} found, so
 * that they read and count like rule hits: each carries its type's reframing questions (taken in turn, continuing
 * after the rule hits of that type) and adds its type's rule weight to the overall score, recomputed with the formula
 * of {@link SelfTalkAnalyzer}. Thread-safe and stateless.
 */
public final class SelfTalkAdditions {

	/**
	 * A distortion another tier found.
	 *
	 * @param type one of the types of {@link Distortion}
	 * @param start character offset into the analysed text (inclusive)
	 * @param end character offset (exclusive)
	 */
	public record Added(String type, int start, int end) {
	}

	private static final Map<String, SelfTalkRules.Rule> FIRST_RULE = firstRules();

	private SelfTalkAdditions() {
	}

	/**
	 * @param text the text {@code found} was computed from
	 * @param found what {@link SelfTalkAnalyzer#analyze} returned for {@code text}
	 * @param added further distortions, each over a whole sentence; one with an unknown type, a range outside the
	 *     analysed text, a range overlapping a distortion already kept, or one the context checks of the rules drop
	 *     ({@code SelfTalkAnalyzer.sentenceCheck}: reported words, quotes, coping steps, outgrown beliefs, a negated
	 *     opening) is skipped
	 * @return {@code found} when nothing is added; otherwise all distortions ordered by offset then type, and the
	 *     score recomputed over all of them
	 */
	public static SelfTalk add(String text, SelfTalk found, List<Added> added) {
		if (text == null || added.isEmpty()) {
			return found;
		}
		String analysed = text.length() > SelfTalkAnalyzer.MAX_CHARS ? text.substring(0, SelfTalkAnalyzer.MAX_CHARS)
				: text;
		List<Distortion> all = new ArrayList<>(found.distortions());
		Map<String, Integer> perType = new HashMap<>();
		double weight = 0;
		for (Distortion d : all) {
			perType.merge(d.type(), 1, Integer::sum);
			SelfTalkRules.Rule rule = FIRST_RULE.get(d.type());
			weight += rule != null ? rule.weight() : 1;
		}
		int before = all.size();
		SelfTalkAnalyzer.SentenceCheck check = SelfTalkAnalyzer.sentenceCheck(analysed);
		for (Added a : added) {
			SelfTalkRules.Rule rule = FIRST_RULE.get(a.type());
			if (rule == null || a.start() < 0 || a.end() > analysed.length() || a.end() <= a.start()
					|| overlaps(all, a) || !check.admits(a.type(), a.start(), a.end())) {
				continue;
			}
			int n = perType.merge(a.type(), 1, Integer::sum) - 1;
			all.add(new Distortion(a.type(), text.substring(a.start(), a.end()), a.start(), a.end(),
					rule.reframes().get(n % rule.reframes().size())));
			weight += rule.weight();
		}
		if (all.size() == before) {
			return found;
		}
		all.sort(Comparator.comparingInt(Distortion::start).thenComparing(Distortion::type));
		return new SelfTalk(SelfTalkAnalyzer.score(weight, analysed), List.copyOf(all));
	}

	private static boolean overlaps(List<Distortion> kept, Added a) {
		for (Distortion d : kept) {
			if (d.start() < a.end() && a.start() < d.end()) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, SelfTalkRules.Rule> firstRules() {
		Map<String, SelfTalkRules.Rule> out = new HashMap<>();
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			out.putIfAbsent(rule.type(), rule);
		}
		return Map.copyOf(out);
	}
}
