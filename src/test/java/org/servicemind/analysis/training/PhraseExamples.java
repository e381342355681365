package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.List;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * Turns one labelled text into the phrase model's training examples: its {@link PhraseCategoryModel#classifiable}
 * sentences, each with a label per category (1 positive, 0 negative, -1 unknown), and for some texts one whole-text
 * example.
 *
 * <p>For a labelled category of the text, the spans that locate it are the writer's marked spans of that category when
 * the item has them ({@link PhraseFamily.Item#labelled}), else the rule tier's spans of that category:
 * <ul>
 * <li>writer's spans: every sentence overlapping one is positive, every other sentence of the text negative (the set's
 * labelling is complete, so an unmarked sentence is clean); no whole-text example;</li>
 * <li>rule spans: every sentence overlapping one is positive; when none does, the text's only sentence, or else the
 * whole text, is the positive example and the text's sentences are unknown for that category.</li>
 * </ul>
 * Every sentence is negative for a category the text is not labelled with. {@link TrainPhraseModels.Example#ruleCovered}
 * always records the rule tier's spans (the engine's model reads only sentences the rules left unflagged).
 */
final class PhraseExamples {

	private PhraseExamples() {
	}

	/**
	 * @param index the item's index in the training list (stored in each example)
	 * @param ruleSpans the rule tier's spans in the item's text ({@link PhraseFamily#ruleSpans})
	 * @return the sentence examples in text order, then the whole-text example when one is needed
	 */
	static List<TrainPhraseModels.Example> of(PhraseFamily family, int index, PhraseFamily.Item item,
			List<PhraseFamily.Span> ruleSpans) {
		return of(family.categories, index, item, ruleSpans, true);
	}

	/**
	 * As {@link #of(PhraseFamily, int, PhraseFamily.Item, List)}, with the category list given.
	 *
	 * @param unmarkedNegative whether the sentences of a text that no marked span of one of its labelled categories
	 *     touches are negatives for that category ({@code true}, the default) or left out ({@code false}, an
	 *     experiment: a neighbour of a marked sentence shares much of its context in the pooled vector)
	 */
	static List<TrainPhraseModels.Example> of(List<String> categories, int index, PhraseFamily.Item item,
			List<PhraseFamily.Span> ruleSpans, boolean unmarkedNegative) {
		String text = item.text();
		List<int[]> sentences = PhraseCategoryModel.candidates(text);
		int cats = categories.size();
		int[][] labels = new int[sentences.size()][cats];
		int[] whole = new int[cats];
		boolean needWhole = false;
		for (int c = 0; c < cats; c++) {
			String category = categories.get(c);
			if (!item.gold().contains(category)) {
				continue;
			}
			boolean marked = item.labelled() != null
					&& item.labelled().stream().anyMatch(sp -> sp.category().equals(category));
			List<PhraseFamily.Span> locating = marked ? item.labelled() : ruleSpans;
			boolean located = false;
			for (int k = 0; k < sentences.size(); k++) {
				if (overlaps(sentences.get(k), locating, category)) {
					labels[k][c] = 1;
					located = true;
				}
				else if (marked && !unmarkedNegative) {
					labels[k][c] = -1;
				}
			}
			if (located || marked) {
				continue;
			}
			if (sentences.size() == 1) {
				labels[0][c] = 1;
			}
			else {
				for (int[] l : labels) {
					l[c] = -1;
				}
				whole[c] = 1;
				needWhole = true;
			}
		}
		List<TrainPhraseModels.Example> out = new ArrayList<>();
		for (int k = 0; k < sentences.size(); k++) {
			int[] s = sentences.get(k);
			out.add(new TrainPhraseModels.Example(index, s[0], s[1], false, overlaps(s, ruleSpans, null), labels[k]));
		}
		if (needWhole) {
			// categories that the whole text does not show are unknown for it, not negative
			for (int c = 0; c < cats; c++) {
				if (whole[c] == 0) {
					whole[c] = item.gold().contains(categories.get(c)) ? -1 : 0;
				}
			}
			out.add(new TrainPhraseModels.Example(index, 0, text.length(), true, false, whole));
		}
		return out;
	}

	/** @return whether a span of {@code category} (any category when {@code null}) overlaps sentence {@code s} */
	private static boolean overlaps(int[] s, List<PhraseFamily.Span> spans, String category) {
		for (PhraseFamily.Span sp : spans) {
			if ((category == null || sp.category().equals(category)) && sp.start() < s[1] && s[0] < sp.end()) {
				return true;
			}
		}
		return false;
	}
}
