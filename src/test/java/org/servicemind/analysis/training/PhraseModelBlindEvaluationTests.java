package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * Rules alone vs rules plus the phrase model on the blind4 sets, which no training or threshold choice reads. The
 * assertions are regression guards (the model must add recall and must not cost much precision or flag many hard
 * negatives), not targets: figures are printed for the record.
 */
class PhraseModelBlindEvaluationTests {

	private static final Embedder EMBEDDER = new Embedder();

	@ParameterizedTest
	@EnumSource(PhraseFamily.class)
	void addsRecallWithoutLosingMuchPrecisionOnTheBlindSet(PhraseFamily family) throws Exception {
		PhraseCategoryModel model = family == PhraseFamily.NEVER_SAY ? PhraseCategoryModel.neverSay()
				: PhraseCategoryModel.distortions();
		PhraseModelEvaluation.Result r = PhraseModelEvaluation.evaluate(family, family.read(family.blindSet), model,
				EMBEDDER);
		System.out.printf(Locale.ROOT, "[phrase-model] %s %s: rules %s[phrase-model] rules + model %s", family.name,
				family.blindSet, r.rules().report(), r.union().report());
		assertThat(r.union().recall()).isGreaterThan(r.rules().recall() + 0.04);
		assertThat(r.union().precision()).isGreaterThanOrEqualTo(r.rules().precision() - 0.06);
		assertThat(r.union().cleanFlagged).isLessThanOrEqualTo(r.rules().cleanFlagged + 2);
	}
}
