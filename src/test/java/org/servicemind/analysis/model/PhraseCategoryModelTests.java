package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PhraseCategoryModelTests {

	/** fires "calm_down" when dimension 0 is positive */
	private static final PhraseCategoryModel MODEL = new PhraseCategoryModel(Map.of("calm_down", axis(0, -0.5)));

	/** embeds a sentence as dimension 0 = 1 when it mentions "relax", else all zeros */
	private static final Function<String, float[]> FAKE = s -> {
		float[] v = new float[Embedder.DIMENSION];
		v[0] = s.contains("relax") ? 1 : 0;
		return v;
	};

	private static LinearModel axis(int dimension, double bias) {
		double[] w = new double[Embedder.DIMENSION];
		w[dimension] = 1;
		return new LinearModel(bias, w);
	}

	private static List<String> split(String text) {
		List<String> out = new ArrayList<>();
		for (int[] s : PhraseCategoryModel.sentences(text)) {
			out.add(text.substring(s[0], s[1]));
		}
		return out;
	}

	/** @return a range lookup that embeds the range's text with {@code embed} */
	private static Function<int[], float[]> bySpan(String text, Function<String, float[]> embed) {
		return s -> embed.apply(text.substring(s[0], s[1]));
	}

	@Test
	void looksUpVectorsByRange() {
		String text = "We have sent it. Please relax about it now.";
		List<int[]> ranges = PhraseCategoryModel.candidates(text);
		assertThat(ranges).hasSize(2);
		float[][] vectors = { FAKE.apply(text.substring(ranges.get(0)[0], ranges.get(0)[1])),
				FAKE.apply(text.substring(ranges.get(1)[0], ranges.get(1)[1])) };
		assertThat(MODEL.find(text, List.of(), PhraseCategoryModel.lookup(ranges, vectors))).singleElement()
			.satisfies(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo("Please relax about it now."));
		assertThat(MODEL.find(text, List.of(), PhraseCategoryModel.lookup(ranges, new float[2][]))).isEmpty();
		assertThat(PhraseCategoryModel.lookup(ranges, vectors).apply(new int[] { 0, 3 })).isNull();
	}

	@Test
	void splitsSentencesAtStopsAndLineBreaks() {
		assertThat(split("Hi Sam!  Please relax, it is fine... We looked at it.\nThanks\n\n- Jo"))
			.containsExactly("Hi Sam!", "Please relax, it is fine...", "We looked at it.", "Thanks", "- Jo");
	}

	@Test
	void keepsDecimalsAndAddressesInsideOneSentence() {
		assertThat(split("The fee is 4.50 today. See example.com for it")).containsExactly("The fee is 4.50 today.",
				"See example.com for it");
	}

	@Test
	void reportsTheWholeSentenceAsSpan() {
		String text = "Thanks for writing. Just relax and wait a bit.";
		List<PhraseCategoryModel.Hit> hits = MODEL.find(text, List.of(), bySpan(text, FAKE));
		assertThat(hits).singleElement().satisfies(h -> {
			assertThat(h.category()).isEqualTo("calm_down");
			assertThat(text.substring(h.start(), h.end())).isEqualTo("Just relax and wait a bit.");
			assertThat(h.score()).isPositive();
		});
	}

	@Test
	void skipsSentencesTheRulesCovered() {
		String text = "Thanks for writing. Just relax and wait a bit.";
		int at = text.indexOf("relax");
		assertThat(MODEL.find(text, List.<int[]>of(new int[] { at, at + 5 }), bySpan(text, FAKE))).isEmpty();
	}

	@Test
	void skipsQuotedLinesAndVeryShortSentences() {
		List<String> embedded = new ArrayList<>();
		Function<String, float[]> spy = s -> {
			embedded.add(s);
			return FAKE.apply(s);
		};
		String text = "> you told me to relax about it\nRelax, ok.\nWe have sent the parts today.";
		assertThat(MODEL.find(text, List.of(), bySpan(text, spy))).isEmpty();
		assertThat(embedded).containsExactly("We have sent the parts today.");
	}

	@Test
	void skipsQuestionsAndSentencesWithFewWordsOfLetters() {
		List<String> embedded = new ArrayList<>();
		Function<String, float[]> spy = s -> {
			embedded.add(s);
			return FAKE.apply(s);
		};
		String text = "Could you relax about it?\n2026-02-08T14:00:00Z\nWe relax the rule today.";
		assertThat(MODEL.find(text, List.of(), bySpan(text, spy)))
			.singleElement().satisfies(h -> assertThat(h.category()).isEqualTo("calm_down"));
		assertThat(embedded).containsExactly("We relax the rule today.");
	}

	@Test
	void embedsAtMostTheSentenceLimit() {
		int[] calls = { 0 };
		String text = "We have looked at it. ".repeat(PhraseCategoryModel.MAX_SENTENCES + 5);
		MODEL.find(text, List.of(), bySpan(text, s -> {
			calls[0]++;
			return FAKE.apply(s);
		}));
		assertThat(calls[0]).isEqualTo(PhraseCategoryModel.MAX_SENTENCES);
	}

	@Test
	void embedsNothingWithoutCategories() {
		PhraseCategoryModel empty = new PhraseCategoryModel(Map.of());
		assertThat(empty.find("Please relax about it now.", List.of(), s -> {
			throw new AssertionError("embedded " + s);
		})).isEmpty();
	}

	@Test
	void ignoresEmbeddingsOfTheWrongSize() {
		assertThat(MODEL.find("Please relax about it now.", List.of(), s -> new float[3])).isEmpty();
		assertThat(MODEL.find("Please relax about it now.", List.of(), s -> null)).isEmpty();
	}

	@Test
	void rejectsModelsOfTheWrongDimension() {
		assertThatThrownBy(() -> new PhraseCategoryModel(Map.of("x", new LinearModel(0, new double[5]))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void loadsTheShippedCategoriesOnly() {
		PhraseCategoryModel neverSay = PhraseCategoryModel.neverSay();
		PhraseCategoryModel distortions = PhraseCategoryModel.distortions();
		assertThat(neverSay.categories()).isNotEmpty().isSubsetOf(PhraseCategoryModel.NEVER_SAY_CATEGORIES);
		assertThat(distortions.categories()).isNotEmpty().isSubsetOf(PhraseCategoryModel.DISTORTION_TYPES);
		assertThat(PhraseCategoryModel.load("never-say", List.of("no_such_category")).categories()).isEmpty();
		assertThat(neverSay.score("no_such_category", new float[Embedder.DIMENSION])).isNaN();
	}

	@Test
	void leavesAZeroVectorBelowEveryThreshold() {
		float[] zero = new float[Embedder.DIMENSION];
		assertThat(PhraseCategoryModel.neverSay().categoriesOf(zero)).isEmpty();
		assertThat(PhraseCategoryModel.distortions().categoriesOf(zero)).isEmpty();
	}
}
