package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTableTests {

	@Test
	void findsEveryAddedWordFromASliceOfChars() {
		WordTable table = new WordTable();
		for (int i = 0; i < 500; i++) {
			assertThat(table.add("w" + i)).isEqualTo(i);
		}
		assertThat(table.add("w7")).isEqualTo(7);
		char[] chars = "xx w123 yy".toCharArray();
		assertThat(table.find(chars, 3, 4, "w123".hashCode())).isEqualTo(123);
		assertThat(table.find(chars, 3, 3, "w12".hashCode())).isEqualTo(12);
		assertThat(table.find(chars, 0, 2, "xx".hashCode())).isEqualTo(-1);
		assertThat(table.size()).isEqualTo(500);
	}
}
