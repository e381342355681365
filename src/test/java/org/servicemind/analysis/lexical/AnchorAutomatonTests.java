package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorAutomatonTests {

	private final AnchorAutomaton automaton = new AnchorAutomaton(List.of("he", "she", "his", "hers", "policy",
			"i'm sorry", "caf\u00e9", "", "\uD83D\uDE44", "no \uD83D\uDE43"));

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
	void neverReportsTheEmptyLiteral() {
		assertThat(found("")).isEmpty();
		assertThat(found("a b c")).isEmpty();
	}

	@Test
	void findsLiteralsWithCharactersOutsideAscii() {
		assertThat(found("caf\u00e9 au lait")).containsExactly(6);
		assertThat(found("sure \uD83D\uDE44 no \uD83D\uDE43")).as("emoji, two UTF-16 characters each")
			.containsExactly(8, 9);
		assertThat(found("caf\u00e8 \uD83D\uDE43 \uD83D x\uDE44")).as("other or lone surrogates").isEmpty();
		assertThat(found("\u00e9policy \u00e0 i'm sorry")).containsExactly(4, 5);
	}

	@Test
	void findsTheSameLiteralsWithTheCompactAndTheWideTable() {
		// 5,000 literals of 12 letters need more than 32,768 nodes, so their automaton keeps int transitions
		Random random = new Random(7);
		List<String> literals = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			literals.add(word(random, 12));
		}
		List<String> few = literals.subList(0, 300);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			text.append(i % 3 == 0 ? literals.get(random.nextInt(literals.size())) : word(random, 1 + i % 5)).append(' ');
		}
		String t = text.toString();
		assertThat(ids(new AnchorAutomaton(literals), literals.size(), t)).isEqualTo(naive(literals, t))
			.hasSizeGreaterThan(100);
		assertThat(ids(new AnchorAutomaton(few), few.size(), t)).isEqualTo(naive(few, t)).isNotEmpty();
	}

	private static String word(Random random, int length) {
		StringBuilder w = new StringBuilder();
		for (int i = 0; i < length; i++) {
			w.append((char) ('a' + random.nextInt(6)));
		}
		return w.toString();
	}

	private static List<Integer> naive(List<String> literals, String text) {
		List<Integer> ids = new ArrayList<>();
		for (int id = 0; id < literals.size(); id++) {
			if (text.contains(literals.get(id))) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static List<Integer> ids(AnchorAutomaton automaton, int size, String text) {
		long[] present = automaton.scan(text);
		List<Integer> ids = new ArrayList<>();
		for (int id = 0; id < size; id++) {
			if (AnchorAutomaton.present(present, id)) {
				ids.add(id);
			}
		}
		return ids;
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
