package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PolitenessNgramsTests {

	@Test
	void returnsUnitLengthVectorsOfTheBucketCount() {
		double[] x = PolitenessNgrams.extract("Could you have a look at the log, please? Thanks!");
		assertThat(x).hasSize(PolitenessNgrams.BUCKETS);
		assertThat(Math.sqrt(Arrays.stream(x).map(v -> v * v).sum())).isCloseTo(1, within(1e-9));
		assertThat(Arrays.stream(x).min().getAsDouble()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void returnsZerosForATextWithoutWords() {
		assertThat(PolitenessNgrams.extract("")).containsOnly(0.0);
		assertThat(PolitenessNgrams.extract("   ")).containsOnly(0.0);
	}

	@Test
	void ignoresCaseAndApostrophes() {
		assertThat(PolitenessNgrams.extract("DON'T do that")).containsExactly(PolitenessNgrams.extract("dont do that"));
	}

	@Test
	void tellsASentenceInitialWordFromTheSameWordInside() {
		assertThat(PolitenessNgrams.extract("Please send the file."))
				.isNotEqualTo(PolitenessNgrams.extract("Send the file please."));
		assertThat(PolitenessNgrams.extract("Ok. You fixed it"))
				.isNotEqualTo(PolitenessNgrams.extract("Ok you fixed it"));
	}

	@Test
	void countsQuestionMarksInlineCodeAndLinksAsWords() {
		assertThat(PolitenessNgrams.extract("is it set"))
				.isNotEqualTo(PolitenessNgrams.extract("is it set?"));
		assertThat(PolitenessNgrams.extract("see the docs"))
				.isNotEqualTo(PolitenessNgrams.extract("see the docs <url>"));
		assertThat(PolitenessNgrams.extract("call init"))
				.isNotEqualTo(PolitenessNgrams.extract("call `init`"));
	}
}
