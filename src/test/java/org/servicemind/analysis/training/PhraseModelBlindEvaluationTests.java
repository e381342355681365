package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;
import org.servicemind.analysis.LabelScores;

/**
 * Rules alone vs rules plus the shipped never-say phrase model on the sets no model training or threshold choice reads
 * (blind4, never-say-check, never-say-unseen). The rules were widened on their misses in session 4, so the rules now
 * find nearly everything there and the model has little left to add: the assertions are regression guards (the model
 * must not lose recall, must keep precision at 0.9 or more, flag few hard negatives, and cost one model call per
 * text), not targets; figures are printed for the record. The distortion model is checked on journal-blind5 and
 * journal-blind6, which its training and thresholds never read: it must add recall and keep the rules' precision.
 */
class PhraseModelBlindEvaluationTests {

	private static final Embedder EMBEDDER = new Embedder();

	@ParameterizedTest
	@ValueSource(strings = { "never-say-blind4.jsonl", "never-say-check.jsonl", "never-say-unseen.jsonl" })
	void keepsNeverSayPrecisionOnSetsOutsideTraining(String set) throws Exception {
		PhraseFamily family = PhraseFamily.NEVER_SAY;
		PhraseModelEvaluation.Result r = PhraseModelEvaluation.evaluate(family, family.read(set),
				PhraseCategoryModel.neverSay(), EMBEDDER);
		System.out.printf(Locale.ROOT, "[phrase-model] %s %s: rules %s[phrase-model] rules + model %s", family.name, set,
				r.rules().report(), r.union().report());
		assertThat(r.union().recall()).isGreaterThanOrEqualTo(r.rules().recall());
		assertThat(r.union().precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(r.union().cleanFlagged()).isLessThanOrEqualTo(r.rules().cleanFlagged() + 3);
		assertThat(r.embedCalls()).isEqualTo(r.texts());
	}

	@ParameterizedTest
	@ValueSource(strings = { "journal-blind5.jsonl", "journal-blind6.jsonl" })
	void addsDistortionRecallOnSetsOutsideTraining(String set) throws Exception {
		PhraseFamily family = PhraseFamily.DISTORTION;
		PhraseModelEvaluation.Result r = PhraseModelEvaluation.evaluate(family, family.read(set),
				PhraseCategoryModel.distortions(), EMBEDDER);
		System.out.printf(Locale.ROOT, "[phrase-model] %s %s: rules %s[phrase-model] rules + model %s", family.name, set,
				r.rules().report(), r.union().report());
		assertThat(r.union().recall()).isGreaterThan(r.rules().recall() + 0.05);
		assertThat(r.union().precision()).isGreaterThanOrEqualTo(r.rules().precision() - 0.01);
		assertThat(r.union().cleanFlagged()).isLessThanOrEqualTo(r.rules().cleanFlagged() + 2);
		assertThat(r.embedCalls()).isEqualTo(r.texts());
	}
}
