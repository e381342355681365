package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/**
 * Rhetorical "not sure" and "don't know" ({@link NeverSayRhetoricalFamilies}) and the round-7 next steps of
 * {@link NeverSayGuard}: each shape is reported under the category it carries, not as a vague non-answer, and an honest
 * "I don't know yet" followed by a step stays clean.
 */
class NeverSayRhetoricalFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void reportsEachRhetoricalShapeUnderItsOwnCategory() {
		assertThat(categories("The files cannot be recovered. I'm not sure what else you expect me to do."))
			.contains("dismissive").doesNotContain("vague_dont_know");
		assertThat(categories("Not sure why you're getting so worked up about a test server.")).contains("calm_down")
			.doesNotContain("vague_dont_know");
		assertThat(categories("I'm not sure how many more times I can explain the fee.")).contains("as_i_said")
			.doesNotContain("vague_dont_know");
		assertThat(categories("It's P to park and D to drive. Not sure how else to put it.")).contains("belittling")
			.doesNotContain("vague_dont_know");
		assertThat(categories("I'm not sure how to make it any simpler than that.")).contains("belittling");
		assertThat(categories("I'm not sure where you got the idea that we bill the wrong meter, but we don't."))
			.contains("you_are_mistaken").doesNotContain("vague_dont_know");
	}

	@Test
	void keepsAPlainDontKnowWithoutAStepAVagueAnswer() {
		assertThat(categories("No idea when it will ship, sorry.")).containsExactly("vague_dont_know");
		assertThat(categories("I'm not sure what went wrong with the order.")).containsExactly("vague_dont_know");
	}

	@Test
	void acceptsTheRoundSevenNextSteps() {
		assertThat(categories("I don't know yet why it is off by £412.50 on the ledger. I've asked our ledger team to pull the log."))
			.isEmpty();
		assertThat(categories("I can't say for certain when the restock lands. I've set a back-in-stock alert for you."))
			.isEmpty();
		assertThat(categories("I can't say for sure it's the dock yet. Could you plug the monitor straight into the laptop?"))
			.isEmpty();
		assertThat(categories("I don't know what caused the spike. The meter test is booked for Monday.")).isEmpty();
		assertThat(categories("I can't say yes to that until I've seen your certificate.")).isEmpty();
	}
}
