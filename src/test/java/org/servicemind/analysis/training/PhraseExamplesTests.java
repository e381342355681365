package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PhraseExamplesTests {

	private static final List<String> CATEGORIES = List.of("alpha", "beta");

	private static final String TEXT = "First the greeting sentence here. Second sentence carries alpha. Third one is plain too.";

	@Test
	void markedSpansMakeTheirSentencesPositiveAndTheOtherSentencesNegative() {
		int at = TEXT.indexOf("carries alpha");
		PhraseFamily.Item item = new PhraseFamily.Item("s", "1", TEXT, Set.of("alpha"),
				List.of(new PhraseFamily.Span("alpha", at, at + "carries alpha".length())));

		List<TrainPhraseModels.Example> out = PhraseExamples.of(CATEGORIES, 0, item, List.of(), true);

		assertThat(out).hasSize(3).noneMatch(TrainPhraseModels.Example::whole);
		assertThat(out.get(0).label()).containsExactly(0, 0);
		assertThat(out.get(1).label()).containsExactly(1, 0);
		assertThat(out.get(2).label()).containsExactly(0, 0);
	}

	@Test
	void aMarkedSpanAcrossTwoSentencesLabelsBothAndRuleSpansOnlyMarkCoverage() {
		int from = TEXT.indexOf("here.");
		int to = TEXT.indexOf("Second") + "Second".length();
		int rule = TEXT.indexOf("plain");
		PhraseFamily.Item item = new PhraseFamily.Item("s", "1", TEXT, Set.of("beta"),
				List.of(new PhraseFamily.Span("beta", from, to)));

		List<TrainPhraseModels.Example> out = PhraseExamples.of(CATEGORIES, 0, item,
				List.of(new PhraseFamily.Span("beta", rule, rule + 5)), true);

		assertThat(out.get(0).label()).containsExactly(0, 1);
		assertThat(out.get(1).label()).containsExactly(0, 1);
		assertThat(out.get(2).label()).containsExactly(0, 0);
		assertThat(out.get(2).ruleCovered()).isTrue();
		assertThat(out.get(0).ruleCovered()).isFalse();
	}

	@Test
	void unmarkedSentencesCanBeLeftOutInsteadOfNegative() {
		int at = TEXT.indexOf("carries alpha");
		PhraseFamily.Item item = new PhraseFamily.Item("s", "1", TEXT, Set.of("alpha"),
				List.of(new PhraseFamily.Span("alpha", at, at + "carries alpha".length())));

		List<TrainPhraseModels.Example> out = PhraseExamples.of(CATEGORIES, 0, item, List.of(), false);

		assertThat(out.get(0).label()).containsExactly(-1, 0);
		assertThat(out.get(1).label()).containsExactly(1, 0);
		assertThat(out.get(2).label()).containsExactly(-1, 0);
	}

	@Test
	void withoutMarkedSpansAnUnlocatedCategoryFallsBackOnTheWholeText() {
		PhraseFamily.Item item = new PhraseFamily.Item("s", "1", TEXT, Set.of("alpha"));

		List<TrainPhraseModels.Example> out = PhraseExamples.of(CATEGORIES, 0, item, List.of(), true);

		assertThat(out).hasSize(4);
		assertThat(out.get(0).label()).containsExactly(-1, 0);
		assertThat(out.get(3).whole()).isTrue();
		assertThat(out.get(3).label()).containsExactly(1, 0);
	}

	@Test
	void withoutMarkedSpansARuleSpanLocatesTheCategory() {
		int at = TEXT.indexOf("plain");
		PhraseFamily.Item item = new PhraseFamily.Item("s", "1", TEXT, Set.of("alpha"));

		List<TrainPhraseModels.Example> out = PhraseExamples.of(CATEGORIES, 0, item,
				List.of(new PhraseFamily.Span("alpha", at, at + 5)), true);

		assertThat(out).hasSize(3);
		assertThat(out.get(1).label()).containsExactly(0, 0);
		assertThat(out.get(2).label()).containsExactly(1, 0);
	}

	@Test
	void readsSpansOfEitherLabelKeyAsOffsetsAndDropsTextNotFound() throws Exception {
		String json = "[{\"category\":\"alpha\",\"text\":\"carries alpha\"},{\"type\":\"beta\",\"text\":\"Third one\"},"
				+ "{\"category\":\"beta\",\"text\":\"not in the text\"}]";

		List<PhraseFamily.Span> spans = PhraseFamily.labelledSpans(TEXT, JsonMapper.builder().build().readTree(json));

		assertThat(spans).containsExactly(
				new PhraseFamily.Span("alpha", TEXT.indexOf("carries"), TEXT.indexOf("carries") + 13),
				new PhraseFamily.Span("beta", TEXT.indexOf("Third"), TEXT.indexOf("Third") + 9));
		assertThat(PhraseFamily.labelledSpans(TEXT, null)).isNull();
	}
}
