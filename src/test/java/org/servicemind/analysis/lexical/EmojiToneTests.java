package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmojiToneTests {

	@Test
	void findsNoToneWithoutEmojiOfTheTable() {
		assertThat(EmojiTone.of("Where is my parcel?")).isEqualTo(EmojiTone.Tone.NONE);
		assertThat(EmojiTone.of("")).isEqualTo(EmojiTone.Tone.NONE);
		assertThat(EmojiTone.of(null)).isEqualTo(EmojiTone.Tone.NONE);
		assertThat(EmojiTone.of("hmm 🤔 🤷 ✅ →")).isEqualTo(EmojiTone.Tone.NONE);
	}

	@Test
	void countsAngryEmojiAndNormalisesTheirValenceLikeVader() {
		EmojiTone.Tone tone = EmojiTone.of("Still nothing 😡😡");
		assertThat(tone.angry()).isEqualTo(2);
		assertThat(tone.emoji()).isEqualTo(2);
		assertThat(tone.valence()).isCloseTo(-6 / Math.sqrt(36 + 15), within(1e-9));
		assertThat(tone.angerFloor()).isCloseTo(0.75, within(1e-9));
		assertThat(EmojiTone.of("😠").angerFloor()).isCloseTo(0.6, within(1e-9));
	}

	@Test
	void readsSadEmojiAsNegativeButNotAngry() {
		EmojiTone.Tone tone = EmojiTone.of("my order never came 😢💔");
		assertThat(tone.valence()).isNegative();
		assertThat(tone.angry()).isZero();
		assertThat(tone.angerFloor()).isZero();
	}

	@Test
	void readsSmilesAndHeartsAsPositiveWhateverFollowsThem() {
		assertThat(EmojiTone.of("thanks 🙂").valence()).isPositive();
		assertThat(EmojiTone.of("love it ❤\uFE0F").valence()).isPositive();
		assertThat(EmojiTone.of("great 👍\uD83C\uDFFD").emoji()).isEqualTo(1);
	}

	@Test
	void mixedEmojiOffsetEachOther() {
		assertThat(EmojiTone.of("🙂😞").valence()).isCloseTo(-0.5 / Math.sqrt(0.25 + 15), within(1e-9));
	}
}
