package org.servicemind.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmotionTrainingTests {

	@Test
	void trainsTheEmbeddingTierAngerAndEmpathyModelsLongerThanTheOthers() {
		assertThat(EmotionTraining.embeddingEpochs(target("anger"), 6)).isEqualTo(15);
		assertThat(EmotionTraining.embeddingEpochs(target("empathy"), 6)).isEqualTo(10);
		assertThat(EmotionTraining.embeddingEpochs(target("disapproval"), 6)).isEqualTo(6);
		assertThat(EmotionTraining.embeddingEpochs(target("amusement"), 8)).isEqualTo(8);
	}

	private static EmotionTraining.Target target(String name) {
		return EmotionTraining.TARGETS.stream().filter(t -> t.name().equals(name)).findFirst()
				.orElse(new EmotionTraining.Target(name, List.of(name)));
	}
}
