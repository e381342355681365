package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorAutomatonTests {

	private final AnchorAutomaton automaton = new AnchorAutomaton(List.of("he", "she", "his", "hers", "policy",
			"i'm sorry", "caf\u00e9", ""));

	@Test
	void reportsEveryLiteralEndingInsideAnotherOne() {
		assertThat(found("ushers")).containsExactly(0, 1, 3);
	}

	@Test
	void startsOverAtACharacterOutsideTheLiterals() {
		assertThat(found("s-he")).containsExactly(0);
		assertThat(found("hi!s")).isEmpty();
	}

	@Test
	void findsLiteralsWithSpacesAndApostrophes() {
		assertThat(found("well, i'm sorry, our policy")).containsExactly(4, 5);
	}

	@Test
	void neverReportsEmptyOrNonAsciiLiterals() {
		assertThat(found("caf\u00e9 au lait")).isEmpty();
		assertThat(found("")).isEmpty();
	}

	private List<Integer> found(String text) {
		long[] present = automaton.scan(text);
		List<Integer> ids = new ArrayList<>();
		for (int id = 0; id < automaton.size(); id++) {
			if (AnchorAutomaton.present(present, id)) {
				ids.add(id);
			}
		}
		return ids;
	}
}
