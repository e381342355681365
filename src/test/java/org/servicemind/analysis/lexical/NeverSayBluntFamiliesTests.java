package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayBluntFamilies}: shrugs, non-answers, softeners, self-explaining rules, closed doors, and hard negatives. */
class NeverSayBluntFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAShrugThatEndsTheMatter() {
		assertThat(categories("The show started ten minutes late, so we won't be treating this as a service failure."))
			.contains("dismissive");
		assertThat(categories("If the new slot doesn't work for you, fine.")).contains("dismissive");
		assertThat(categories("You can escalate, not that it'll change anything.")).contains("dismissive");
		assertThat(categories("Your feedback has been noted.")).contains("dismissive");
	}

	@Test
	void leavesFeedbackThatGoesSomewhereAlone() {
		assertThat(categories("Your feedback has been noted and passed to the menu team, who meet on Friday.")).isEmpty();
		assertThat(categories("The promo doesn't work for you? Fine, I'll find you a better one.")).isEmpty();
	}

	@Test
	void flagsANonAnswerSpelledDifferently() {
		assertThat(categories("I've no idea why the driver left.")).contains("vague_dont_know");
		assertThat(categories("Honestly, no clue.")).contains("vague_dont_know");
		assertThat(categories("Might be a glitch, might not.")).contains("vague_dont_know");
	}

	@Test
	void leavesANonAnswerWithANextStepAlone() {
		assertThat(categories("Honestly no idea yet! Give me ten minutes to look at your logs.")).isEmpty();
		assertThat(categories("I've no idea why it failed, but I'll ask the payments team and reply by 3pm.")).isEmpty();
		assertThat(categories("I honestly couldn't tell you until the results come in on Thursday.")).isEmpty();
	}

	@Test
	void flagsASoftenerBeforeABluntRemark() {
		assertThat(categories("Forgive me for being blunt, but the form was incomplete.")).contains("no_offense");
		assertThat(categories("Not to put too fine a point on it, but that's the wrong bill.")).contains("no_offense");
	}

	@Test
	void flagsARuleThatExplainsItselfAndAClosedDoor() {
		assertThat(categories("Sorry, the contract is the contract.")).contains("blaming_policy");
		assertThat(categories("The fee cannot be varied for individual members.")).contains("blaming_policy");
		assertThat(categories("The sale ended last night, and gone is gone.")).contains("nothing_i_can_do");
		assertThat(categories("Honestly it's not up to me.")).contains("nothing_i_can_do");
	}

	@Test
	void leavesOwnedDecisionsAlone() {
		assertThat(categories("It's not up to me alone, so I've asked my manager and will call you by 4pm."))
			.doesNotContain("nothing_i_can_do");
		assertThat(categories("Our policy is that we refund in full within 30 days, so your refund is on its way.")).isEmpty();
	}

	@Test
	void flagsRepetitionPointedAtAndMockAwe() {
		assertThat(categories("I've now said this three times.")).contains("as_i_said");
		assertThat(categories("Everything you need is in my previous reply.")).contains("as_i_said");
		assertThat(categories("Four paragraphs about a teaspoon. Riveting.")).contains("sarcasm");
		assertThat(categories("Our couriers are quick, but they aren't mind readers.")).contains("sarcasm");
	}

	@Test
	void leavesCorrectionsOfOwnRepliesAlone() {
		assertThat(categories("The date in my previous reply was wrong, sorry, it's the 12th.")).isEmpty();
		assertThat(categories("That classic model is back in stock.")).isEmpty();
	}
}
