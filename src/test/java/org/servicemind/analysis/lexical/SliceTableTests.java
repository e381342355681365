package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SliceTableTests {

	@Test
	void findsEveryKeyBySliceAndByString() {
		Map<String, Double> entries = new HashMap<>();
		for (int i = 0; i < 500; i++) {
			entries.put("w" + i, i / 4.0);
		}
		entries.put("", -1.0);
		SliceTable table = new SliceTable(entries);
		char[] text = "xx w137 yy".toCharArray();
		assertThat(table.get(text, 3, 4, SliceTable.hash(text, 3, 4), Double.NaN)).isEqualTo(137 / 4.0);
		assertThat(table.get("w499", Double.NaN)).isEqualTo(499 / 4.0);
		assertThat(table.get("", Double.NaN)).isEqualTo(-1.0);
	}

	@Test
	void returnsTheAbsentValueForAMissingKeyOrAPrefix() {
		SliceTable table = new SliceTable(Map.of("good", 1.9, "goods", 0.5));
		char[] text = "goo".toCharArray();
		assertThat(table.get(text, 0, 3, SliceTable.hash(text, 0, 3), 7.0)).isEqualTo(7.0);
		assertThat(table.get("goodness", Double.NaN)).isNaN();
	}

	@Test
	void hashesLikeString() {
		char[] text = "a caf\u00e9 here".toCharArray();
		assertThat(SliceTable.hash(text, 2, 4)).isEqualTo("caf\u00e9".hashCode());
	}

	@Test
	void rejectsANanValue() {
		assertThatThrownBy(() -> new SliceTable(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
	}
}
