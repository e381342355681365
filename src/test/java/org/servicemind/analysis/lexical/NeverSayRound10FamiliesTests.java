package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayRound10Families}: corrections, rules, shrugs, comparisons, mock delight, passive blame; hard negatives. */
class NeverSayRound10FamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsACorrectionSetAgainstTheCustomersAccount() {
		assertThat(categories("You didn't order the large frame, you ordered the medium one.")).contains("you_are_mistaken");
		assertThat(categories("The voucher was never requested from this account.")).contains("you_are_mistaken");
		assertThat(categories("The portal is fine, so the fault is probably at your end.")).contains("you_are_mistaken");
		assertThat(categories("What you're describing can't happen with this model.")).contains("you_are_mistaken");
		assertThat(categories("The lamp is exactly as pictured on the product page.")).contains("you_are_mistaken");
		assertThat(categories("You might be thinking of a different branch.")).contains("you_are_mistaken");
		assertThat(categories("The scanner works just fine for everybody else.")).contains("you_are_mistaken");
		assertThat(categories("That isn't a bug.")).contains("you_are_mistaken");
	}

	@Test
	void leavesOwnedFaultsQuestionsAndReassuranceAlone() {
		assertThat(categories("The parcel was never booked with the courier, which is our mistake; I've rebooked it."))
			.doesNotContain("you_are_mistaken");
		assertThat(categories("Is the problem on your end or ours? Let's check together.")).isEmpty();
		assertThat(categories("It isn't a bug in your setup, it's a fault we've found in the last release and I'm sorry."))
			.doesNotContain("you_are_mistaken");
		assertThat(categories("You didn't do anything wrong; the form lost your answers.")).isEmpty();
	}

	@Test
	void flagsARuleCitedAsTheReasonForALimit() {
		assertThat(categories("In line with our account review framework, name changes cannot be made by chat."))
			.contains("blaming_policy");
		assertThat(categories("The portal automatically cancels unpaid bookings after an hour, that's simply how the system works."))
			.contains("blaming_policy");
		assertThat(categories("Per our terms, refunds can only go back to the original card.")).contains("blaming_policy");
	}

	@Test
	void leavesARuleWithANextStepAlone() {
		assertThat(categories("Per our terms, refunds can only go back to the original card, so I'll send it there today."))
			.isEmpty();
		assertThat(categories("In line with our guidelines I've escalated it to the duty manager.")).isEmpty();
	}

	@Test
	void flagsNormalityAndQueuesOfferedInsteadOfHelp() {
		assertThat(categories("Noise from the lifts is an unavoidable part of city living.")).contains("dismissive");
		assertThat(categories("A slow week is not grounds for a refund.")).contains("dismissive");
		assertThat(categories("You'll have to queue like everybody else.")).contains("dismissive");
		assertThat(categories("Noted. Closing this now.")).contains("dismissive");
		assertThat(categories("You're not the only customer I'm helping this morning.")).contains("dismissive");
	}

	@Test
	void leavesSympathyAndNextStepsAlone() {
		assertThat(categories("These things happen, and I'm sorry it was on your birthday.")).isEmpty();
		assertThat(categories("Delays are a routine part of travel in winter, but I'll rebook you on the first train."))
			.isEmpty();
		assertThat(categories("Your case is urgent and I've put it first.")).isEmpty();
	}

	@Test
	void flagsComparisonsAndSimplicityRubbedIn() {
		assertThat(categories("Most owners get used to the beeping within a week.")).contains("belittling");
		assertThat(categories("The app wasn't built for people who won't update their phones.")).contains("belittling");
		assertThat(categories("Let me keep it really simple: press the red button.")).contains("belittling");
		assertThat(categories("It's easy once you actually read the leaflet.")).contains("belittling");
	}

	@Test
	void leavesHelpfulComparisonsAlone() {
		assertThat(categories("Many customers find it easier to pay by app, if that suits you.")).doesNotContain("belittling");
		assertThat(categories("It was a hard lesson for us and we've changed the process.")).isEmpty();
	}

	@Test
	void flagsMockDelightAndPointedAsides() {
		assertThat(categories("We're thrilled you found the time to review us six times.")).contains("sarcasm");
		assertThat(categories("I checked the depot again (it hadn't moved).")).isEmpty();
		assertThat(categories("I checked whether the price had dropped (it didn't).")).contains("sarcasm");
		assertThat(categories("Oh lovely, another forgotten PIN.")).contains("sarcasm");
		assertThat(categories("Great, so you binned the receipt and now it's our fault?")).contains("sarcasm");
		assertThat(categories("Yes, because we love nothing more than losing orders.")).contains("sarcasm");
	}

	@Test
	void leavesSincereThanksAlone() {
		assertThat(categories("Thank you for taking the time to write such a detailed review.")).isEmpty();
		assertThat(categories("Great, so you're all set for Friday.")).isEmpty();
	}

	@Test
	void flagsBlameMovedIntoThePassive() {
		assertThat(categories("The cut-off date was on the home page for three weeks.")).contains("you_should_have");
		assertThat(categories("The alarm should have been switched off back in May.")).contains("you_should_have");
		assertThat(categories("It would have been easier if the form had come back on time.")).contains("you_should_have");
		assertThat(categories("Your cover lapsed because you missed two payments.")).contains("you_should_have");
		assertThat(categories("Did you not think to keep the box?")).contains("you_should_have");
	}

	@Test
	void leavesOwnedMissesAlone() {
		assertThat(categories("It would have been easier if we had called you first, and I'm sorry we didn't.")).isEmpty();
		assertThat(categories("The sale banner was on the site for two days only, and I've applied the price anyway."))
			.doesNotContain("you_should_have");
	}

	@Test
	void flagsOwnersNamedAwayAndRepetitionCounted() {
		assertThat(categories("Returns are handled by the marketplace seller, not by us.")).contains("not_my_job");
		assertThat(categories("Questions about your pension belong with the trustees.")).contains("not_my_job");
		assertThat(categories("That's an HR matter.")).contains("not_my_job");
		assertThat(categories("The answer is in my three previous replies.")).contains("as_i_said");
	}

	@Test
	void leavesOwnedHandoversAlone() {
		assertThat(categories("Returns are handled by our warehouse team, and I've booked your collection for Monday."))
			.doesNotContain("not_my_job");
		assertThat(categories("I've answered all three previous questions below in one place.")).isEmpty();
	}

	@Test
	void leavesNoIdeaUsedAsANounAlone() {
		assertThat(categories("No idea is too small for the suggestions board, so thank you.")).isEmpty();
		assertThat(categories("No idea would be a bad one here, honestly.")).isEmpty();
		assertThat(categories("No idea. Try the shop.")).contains("vague_dont_know");
	}

	@Test
	void flagsAnUnclearCauseWithNoNextStep() {
		assertThat(categories("It's unclear why the transfer bounced.")).contains("vague_dont_know");
		assertThat(categories("It's unclear why the transfer bounced, so I've asked the bank and will reply tomorrow."))
			.isEmpty();
	}
}
