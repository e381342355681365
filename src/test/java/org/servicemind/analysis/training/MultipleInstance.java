package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Multiple-instance relabelling of phrase-model examples: a labelled category the rules do not locate in a text of
 * several sentences is first a whole-text positive ({@link PhraseExamples#of}); here it moves to the text's
 * sentence that a first cross-validation round scores highest for that category, so the positive is a sentence like
 * the ones the engine classifies.
 */
final class MultipleInstance {

	private MultipleInstance() {
	}

	/**
	 * @param oof per category, the out-of-fold score of every example (same order as {@code examples})
	 * @return the examples with each whole-text positive of a category moved to the item's sentence of highest
	 *     out-of-fold score for it (the whole-text example becomes unknown for that category)
	 */
	static List<TrainPhraseModels.Example> relabel(List<TrainPhraseModels.Example> examples, double[][] oof) {
		List<TrainPhraseModels.Example> out = new ArrayList<>(examples);
		for (int k = 0; k < examples.size(); k++) {
			TrainPhraseModels.Example whole = examples.get(k);
			if (!whole.whole()) {
				continue;
			}
			int[] wholeLabel = whole.label().clone();
			for (int c = 0; c < wholeLabel.length; c++) {
				if (wholeLabel[c] != 1) {
					continue;
				}
				int best = -1;
				for (int j = 0; j < examples.size(); j++) {
					TrainPhraseModels.Example e = examples.get(j);
					if (e.item() == whole.item() && !e.whole() && (best < 0 || oof[c][j] > oof[c][best])) {
						best = j;
					}
				}
				if (best >= 0) {
					TrainPhraseModels.Example e = out.get(best);
					int[] l = e.label().clone();
					l[c] = 1;
					out.set(best, new TrainPhraseModels.Example(e.item(), e.start(), e.end(), false, e.ruleCovered(), l));
					wholeLabel[c] = -1;
				}
			}
			out.set(k, new TrainPhraseModels.Example(whole.item(), whole.start(), whole.end(), true, false, wholeLabel));
		}
		return out;
	}

}
