package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleInstanceTests {

	@Test
	void movesAWholeTextPositiveToTheBestScoredSentenceOfThatText() {
		// item 0: two sentences unknown for category 0, and the whole text positive for it, negative for category 1
		// item 1: one sentence, positive for category 0 (rule-located); must not be touched
		List<TrainPhraseModels.Example> examples = List.of(
				new TrainPhraseModels.Example(0, 0, 10, false, false, new int[] { -1, 0 }),
				new TrainPhraseModels.Example(0, 11, 20, false, false, new int[] { -1, 0 }),
				new TrainPhraseModels.Example(0, 0, 20, true, false, new int[] { 1, 0 }),
				new TrainPhraseModels.Example(1, 0, 8, false, true, new int[] { 1, 0 }));
		double[][] oof = { { 0.2, 1.5, 3.0, 9.0 }, { 0, 0, 0, 0 } };

		List<TrainPhraseModels.Example> out = MultipleInstance.relabel(examples, oof);

		assertThat(out.get(0).label()).containsExactly(-1, 0);
		assertThat(out.get(1).label()).containsExactly(1, 0);
		assertThat(out.get(2).whole()).isTrue();
		assertThat(out.get(2).label()).containsExactly(-1, 0);
		assertThat(out.get(3).label()).containsExactly(1, 0);
		assertThat(examples.get(2).label()).containsExactly(1, 0);
	}
}
