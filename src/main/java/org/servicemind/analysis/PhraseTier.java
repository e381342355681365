package org.servicemind.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.RuleAdvice;
import org.servicemind.analysis.lexical.SelfTalk;
import org.servicemind.analysis.lexical.SelfTalkAdditions;
import org.servicemind.analysis.lexical.SentenceStart;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * The model tier of the never-say guard and of the self-talk analyser: adds what the sentence-level {@link PhraseCategoryModel} finds in the
 * sentences of an agent text the rules left unflagged. A model finding's span is its whole sentence without a bullet
 * or emoji that opens it ({@link SentenceStart#skip}); it carries its
 * category's standard why and suggestion from {@link RuleAdvice}. A category without advice text is dropped, and so is a
 * finding the rules' filters reject ({@link NeverSayGuard#admits}: the customer's words, or an "I don't know" with a
 * next step).
 * For journal text it does the same for distortions: the distortion model's types found in sentences the self-talk
 * rules left without a distortion are added with {@link SelfTalkAdditions} (span: the whole sentence; the type's
 * reframing question; counted in the {@code distortion} score like a rule hit). Makes no model call: the sentence
 * vectors are pooled from the message's own embedding run ({@code Embedder.embedPooled} over
 * {@link PhraseCategoryModel#candidates}). Thread-safe.
 */
final class PhraseTier {

	/** filters model findings like rule findings: customer words, and next steps for the "no answer" categories */
	private static final NeverSayGuard GUARD = new NeverSayGuard();

	private final PhraseCategoryModel neverSay;

	private final PhraseCategoryModel distortions;

	PhraseTier(PhraseCategoryModel neverSay, PhraseCategoryModel distortions) {
		this.neverSay = neverSay;
		this.distortions = distortions;
	}

	/** @return the tier with the shipped weights */
	static PhraseTier load() {
		return new PhraseTier(PhraseCategoryModel.neverSay(), PhraseCategoryModel.distortions());
	}

	/**
	 * @return {@code rules} plus the distortion model's findings in the sentences of journal {@code text} that no
	 *     rule distortion overlaps; {@code rules} itself when the model adds nothing
	 */
	SelfTalk selfTalk(String text, SelfTalk rules, Function<int[], float[]> vectorOf) {
		List<int[]> covered = new ArrayList<>(rules.distortions().size());
		rules.distortions().forEach(d -> covered.add(new int[] { d.start(), d.end() }));
		List<SelfTalkAdditions.Added> added = new ArrayList<>();
		for (PhraseCategoryModel.Hit hit : distortions.find(text, covered, vectorOf)) {
			added.add(new SelfTalkAdditions.Added(hit.category(), SentenceStart.skip(text, hit.start(), hit.end()),
					hit.end()));
		}
		return SelfTalkAdditions.add(text, rules, added);
	}

	/** @return {@code rules} plus the model's never-say findings in {@code text}, ordered like the guard's */
	List<Finding> findings(String text, List<Finding> rules, Function<int[], float[]> vectorOf) {
		List<int[]> covered = new ArrayList<>(rules.size());
		rules.forEach(f -> covered.add(new int[] { f.start(), f.end() }));
		List<Finding> out = new ArrayList<>(rules);
		for (PhraseCategoryModel.Hit hit : neverSay.find(text, covered, vectorOf)) {
			if (!GUARD.admits(text, hit.category(), hit.start(), hit.end())) {
				continue;
			}
			String why = RuleAdvice.why(hit.category());
			String suggestion = RuleAdvice.suggestion(hit.category());
			if (why != null && suggestion != null) {
				int start = SentenceStart.skip(text, hit.start(), hit.end());
				out.add(new Finding(hit.category(), text.substring(start, hit.end()), start, hit.end(), why, suggestion));
			}
		}
		if (out.size() == rules.size()) {
			return rules;
		}
		out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::category));
		return List.copyOf(out);
	}
}
