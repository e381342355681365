package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;
import org.servicemind.analysis.LabelScores;

/**
 * Rules alone vs rules plus the shipped never-say phrase model on the blind4 set, which no training or threshold choice
 * reads. The assertions are regression guards (the model must add recall, keep precision at 0.9 or more, flag few
 * hard negatives, and cost one model call per text), not targets: figures are printed for the record. Distortions are
 * rules-only (no weights ship), so they have no case here.
 */
class PhraseModelBlindEvaluationTests {

	private static final Embedder EMBEDDER = new Embedder();

	@Test
	void addsNeverSayRecallAndKeepsPrecisionOnTheBlindSet() throws Exception {
		PhraseFamily family = PhraseFamily.NEVER_SAY;
		PhraseModelEvaluation.Result r = PhraseModelEvaluation.evaluate(family, family.read(family.blindSet),
				PhraseCategoryModel.neverSay(), EMBEDDER);
		System.out.printf(Locale.ROOT, "[phrase-model] %s %s: rules %s[phrase-model] rules + model %s", family.name,
				family.blindSet, r.rules().report(), r.union().report());
		assertThat(r.union().recall()).isGreaterThan(r.rules().recall() + 0.04);
		assertThat(r.union().precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(r.union().cleanFlagged()).isLessThanOrEqualTo(r.rules().cleanFlagged() + 2);
		assertThat(r.embedCalls()).isEqualTo(r.texts());
	}
}
