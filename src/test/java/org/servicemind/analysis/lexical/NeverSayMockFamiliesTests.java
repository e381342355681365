package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayMockFamilies}: mock sympathy, spelling out, shrugs, passing on, hindsight, and hard negatives. */
class NeverSayMockFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsMockSympathyAndMockHelp() {
		assertThat(categories("A late pizza. However will you cope.")).contains("sarcasm");
		assertThat(categories("Oh dear, a whole ten minutes in the queue.")).contains("sarcasm");
		assertThat(categories("Sure, I'll just print you a new passport.")).contains("sarcasm");
		assertThat(categories("Yes, we moved the bins to annoy you \uD83D\uDE44")).contains("sarcasm");
		assertThat(categories("Thank you for your ninth email today.")).contains("sarcasm");
	}

	@Test
	void leavesSincereSympathyAlone() {
		assertThat(categories("Sure, let me just check your order history.")).isEmpty();
		assertThat(categories("I'm so sorry about the wait, I've added a credit to your account.")).isEmpty();
		assertThat(categories("Thanks for your email, the parts are on their way.")).isEmpty();
	}

	@Test
	void flagsSpellingOutTheObvious() {
		assertThat(categories("OK, let's go really slowly this time.")).contains("belittling");
		assertThat(categories("The screen literally says 'Next'.")).contains("belittling");
		assertThat(categories("Any ten year old with a phone could do it.")).contains("belittling");
		assertThat(categories("Most members book it online without any help.")).contains("belittling");
	}

	@Test
	void leavesPlainInstructionsAlone() {
		assertThat(categories("My junior colleague can help you set it up tomorrow.")).isEmpty();
		assertThat(categories("Press the green button to start the treadmill.")).isEmpty();
	}

	@Test
	void flagsAShrug() {
		assertThat(categories("It's a pound, not the hill to die on.")).contains("dismissive");
		assertThat(categories("The repair will get done when it gets done.")).contains("dismissive");
		assertThat(categories("I wouldn't hold your breath on a fix.")).contains("dismissive");
		assertThat(categories("I'm not going to get into a debate about it.")).contains("dismissive");
	}

	@Test
	void leavesReassuranceAlone() {
		assertThat(categories("The parcel will arrive on Tuesday; I'll send you the tracking link.")).isEmpty();
		assertThat(categories("No need to hold anything back, tell me everything that went wrong.")).isEmpty();
	}

	@Test
	void flagsTheCustomerSentElsewhere() {
		assertThat(categories("I'm afraid that's a matter for the landlord.")).contains("not_my_job");
		assertThat(categories("Questions about the loan should be directed to the dealer.")).contains("not_my_job");
		assertThat(categories("Chase them.")).contains("not_my_job");
		assertThat(categories("The noise is between you and your neighbour now.")).contains("not_my_job");
	}

	@Test
	void leavesAHandoverDoneForTheCustomerAlone() {
		assertThat(categories("Questions like this should be directed to billing, and I've forwarded yours to them already."))
			.doesNotContain("not_my_job");
		assertThat(categories("Just between you and me, the new model is better.")).doesNotContain("not_my_job");
	}

	@Test
	void flagsHindsightAimedAtTheCustomer() {
		assertThat(categories("Had you kept the receipt, we could have refunded it.")).contains("you_should_have");
		assertThat(categories("If you'd chosen express delivery this would have arrived.")).contains("you_should_have");
		assertThat(categories("We sent two letters, so there was plenty of notice.")).contains("you_should_have");
		assertThat(categories("We did warn you the part might not fit.")).contains("you_should_have");
	}

	@Test
	void leavesOffersAndOwnedMistakesAlone() {
		assertThat(categories("If you'd like, I could have it sent to your office instead.")).isEmpty();
		assertThat(categories("You were told the wrong date by our branch, and I'm sorry.")).isEmpty();
	}
}
