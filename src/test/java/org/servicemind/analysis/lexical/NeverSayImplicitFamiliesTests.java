package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** Each family of {@link NeverSayImplicitFamilies} with replies it flags and hard negatives it must leave alone. */
class NeverSayImplicitFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAToolOrAnAuthorityThatDecided() {
		assertThat(categories("The ticketing tool only lets me refund the fare difference.")).contains("blaming_policy");
		assertThat(categories("The dashboard only lets me waive one late fee a year.")).contains("blaming_policy");
		assertThat(categories("Sorry, the portal won't allow changes once it's dispatched.")).contains("blaming_policy");
		assertThat(categories("The standing charge is set by the regulator.")).contains("blaming_policy");
		assertThat(categories("Your booking was auto-cancelled at midnight.")).contains("blaming_policy");
		assertThat(categories("Head office have said no to the goodwill credit.")).contains("blaming_policy");
		assertThat(categories("Releasing the hold is the fraud team's call, not mine.")).contains("blaming_policy");
	}

	@Test
	void ignoresAnAuthorityNamedWithTheAgentsOwnStep() {
		assertThat(categories("The standing charge is set by the regulator, but I've applied the discount you qualify for."))
			.isEmpty();
		assertThat(categories("Your booking was auto-cancelled at midnight, so I've rebooked the same seat for you.")).isEmpty();
		assertThat(categories("The airline says it will pay out, though that's their decision, not ours.")).isEmpty();
	}

	@Test
	void flagsCapitalsCarryingOnAndCivilityDemanded() {
		assertThat(categories("Ok, take a breath.")).contains("calm_down");
		assertThat(categories("Easy on the exclamation marks, please.")).contains("calm_down");
		assertThat(categories("Let's not get hysterical about a login page.")).contains("calm_down");
		assertThat(categories("Please keep this civil.")).contains("calm_down");
	}

	@Test
	void ignoresAnEchoedOrderThatIsRefused() {
		assertThat(categories("Calm down? No, you're right to be furious and I'm fixing it now.")).isEmpty();
		assertThat(categories("Take a breath whenever you need to, I'm staying on the line.")).isEmpty();
	}

	@Test
	void flagsADepartmentNamedWithNothingButItsDoor() {
		assertThat(categories("Pension questions go to Finance, not us.")).contains("not_my_job");
		assertThat(categories("Please contact the leasing office directly.")).contains("not_my_job");
		assertThat(categories("Kindly follow up with the regional office for updates.")).contains("not_my_job");
		assertThat(categories("Gift cards are run by a third-party supplier.")).contains("not_my_job");
		assertThat(categories("That's the bank's helpdesk, not ours.")).contains("not_my_job");
		assertThat(categories("They don't take complaints through support.")).contains("not_my_job");
	}

	@Test
	void ignoresAHandoverTheAgentOwns() {
		assertThat(categories("I'll contact the leasing office directly and call you back by four.")).isEmpty();
		assertThat(categories("Gift cards are run by a third-party supplier, so I've emailed them your card number.")).isEmpty();
	}

	@Test
	void flagsTheCounterfactualAndTheRemindersWeDidSend() {
		assertThat(categories("If you'd ticked express delivery, it would have arrived on Monday.")).contains("you_should_have");
		assertThat(categories("It would have been worth reading the confirmation.")).contains("you_should_have");
		assertThat(categories("We did email you twice about the renewal.")).contains("you_should_have");
		assertThat(categories("Should've checked the size chart first.")).contains("you_should_have");
	}

	@Test
	void ignoresCounterfactualsThatExcuseTheCustomer() {
		assertThat(categories("We did email you twice, but both bounced, sorry, so I've updated the address.")).isEmpty();
		assertThat(categories("No problem if you missed the deadline, I've extended it to Friday.")).isEmpty();
		assertThat(categories("If you'd like, I can post it today.")).isEmpty();
	}

	@Test
	void flagsRepetitionWithoutItsUsualWords() {
		assertThat(categories("Again: the voucher expired in March.")).contains("as_i_said");
		assertThat(categories("This was already explained in our reply of the 3rd.")).contains("as_i_said");
		assertThat(categories("already told you, it ships monday")).contains("as_i_said");
		assertThat(categories("I've explained this every way I can.")).contains("as_i_said");
	}

	@Test
	void ignoresRepeatedThanksAndOwnedConfusion() {
		assertThat(categories("Once again, thank you for bearing with us.")).isEmpty();
		assertThat(categories("Again, sorry for the wait.")).isEmpty();
		assertThat(categories("I think we're going round in circles, which is my fault, so let me call you.")).isEmpty();
	}

	@Test
	void flagsMockCongratulationsAndLuckWishedForTheImpossible() {
		assertThat(categories("Congrats, you've found the only bug we knew about.")).contains("sarcasm");
		assertThat(categories("Good luck getting the council to answer on a bank holiday.")).contains("sarcasm");
		assertThat(categories("The parcel went to the address you typed? Who knew.")).contains("sarcasm");
	}

	@Test
	void ignoresSincereCongratulationsAndLuck() {
		assertThat(categories("Congratulations, you've been upgraded to the premium plan!")).isEmpty();
		assertThat(categories("Good luck with the interview tomorrow!")).isEmpty();
	}

	@Test
	void flagsTheMajorityWhoCopeAndTheFoolproofTool() {
		assertThat(categories("Most of our users figure it out without calling.")).contains("belittling");
		assertThat(categories("Any grown adult can reset a router.")).contains("belittling");
		assertThat(categories("The form is foolproof.")).contains("belittling");
		assertThat(categories("A quick google would tell you that.")).contains("belittling");
	}

	@Test
	void ignoresMajoritiesStatedAsInformation() {
		assertThat(categories("Most customers get their refund within three days.")).isEmpty();
		assertThat(categories("Our checks aren't foolproof, so I've reviewed it by hand as well.")).isEmpty();
	}

	@Test
	void flagsClosedMattersAndUnchangedPositions() {
		assertThat(categories("We are not in a position to assist further.")).contains("nothing_i_can_do");
		assertThat(categories("Our decision, as stated, remains final.")).contains("nothing_i_can_do");
		assertThat(categories("It's all down to the courier now.")).contains("nothing_i_can_do");
	}

	@Test
	void flagsTheFaultPlacedInTheCustomersSetup() {
		assertThat(categories("The lag will be something in your home network.")).contains("you_are_mistaken");
		assertThat(categories("The app works fine for everyone else.")).contains("you_are_mistaken");
		assertThat(categories("It failed because you entered the postcode wrong.")).contains("you_are_mistaken");
		assertThat(categories("We tested the kettle and found no fault.")).contains("you_are_mistaken");
		assertThat(categories("Nobody else on the estate has reported this.")).contains("you_are_mistaken");
	}

	@Test
	void ignoresTestsFollowedByTheAgentsOwnStep() {
		assertThat(categories("We tested the kettle and found no fault, but I'll send a replacement anyway.")).isEmpty();
		assertThat(categories("Nobody else has that voucher, it was made for you.")).isEmpty();
	}

	@Test
	void flagsSoftenersAndSmallSumsNamed() {
		assertThat(categories("Without wishing to cause offence, the seal was broken.")).contains("no_offense");
		assertThat(categories("I see where you're coming from, but the seal was broken.")).contains("no_offense");
		assertThat(categories("It's a £2 admin fee.")).contains("dismissive");
		assertThat(categories("Every streaming app buffers sometimes. You'll survive.")).contains("dismissive");
		assertThat(categories("The behaviour you describe is expected.")).contains("dismissive");
	}

	@Test
	void ignoresFeesExplainedAndExpectedBehaviourFixed() {
		assertThat(categories("It's a one-off charge for the new meter.")).isEmpty();
		assertThat(categories("The behaviour you describe is expected after the update, so I've switched it back for you."))
			.isEmpty();
	}

	@Test
	void staysFastOnALongTextBuiltToHitTheGaps() {
		String chunk = "If you'd only ticked the box it went to the place and was sent and so on, "
				+ "the fault lies with the thing that the router and the cable and the plug you ";
		String text = chunk.repeat(300);
		long start = System.nanoTime();
		guard.scan(text);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
	}
}
