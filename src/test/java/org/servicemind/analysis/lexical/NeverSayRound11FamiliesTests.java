package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayRound11Families}: brush-offs, talking down, mock apology, contradiction, blame after the fact; hard negatives. */
class NeverSayRound11FamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAProblemShrunkOrWeighedAgainstOthers() {
		assertThat(categories("Honestly, it's only a dented lid.")).contains("dismissive");
		assertThat(categories("Most of our tenants actually prefer the heating on a timer.")).contains("dismissive");
		assertThat(categories("We get hundreds of these emails every week.")).contains("dismissive");
		assertThat(categories("A bit of rattling is not unusual in older boilers.")).contains("dismissive");
		assertThat(categories("It's not something you need to be worrying the surgery about.")).contains("dismissive");
		assertThat(categories("I don't see what the big problem is.")).contains("dismissive");
		assertThat(categories("Is a 40p fee really worth complaining about?")).contains("dismissive");
		assertThat(categories("We have bigger problems on our plate this week.")).contains("dismissive");
	}

	@Test
	void flagsAConversationEndedCurtly() {
		assertThat(categories("The refund window has closed.\nNext?")).contains("dismissive");
		assertThat(categories("The label says fragile. The box was signed for. So.")).contains("dismissive");
		assertThat(categories("You keep calling it an emergency but the lift is working.")).contains("dismissive");
		assertThat(categories("We're a furniture shop, not a counselling service.")).contains("dismissive");
		assertThat(categories("I don't have time for this.")).contains("dismissive");
		assertThat(categories("Can we move on?")).contains("dismissive");
		assertThat(categories("Noted.")).contains("dismissive");
	}

	@Test
	void leavesReassuranceTransitionsAndOwnedHelpAlone() {
		assertThat(categories("It's only a temporary hold, and I'm sorry it gave you a fright.")).doesNotContain("dismissive");
		assertThat(categories("Many customers prefer the app, but I'll post the form if you'd rather.")).isEmpty();
		assertThat(categories("We get lots of these questions, so I've written the steps below.")).isEmpty();
		assertThat(categories("A short delay is not unusual for this route, but I'll chase the depot today.")).isEmpty();
		assertThat(categories("Let's move on to your second question: the invoice.")).isEmpty();
		assertThat(categories("Ok, I've refunded the £12 to your card.")).isEmpty();
		assertThat(categories("So the parcel will reach you on Thursday. I've added tracking below.")).isEmpty();
	}

	@Test
	void flagsTheObviousPointedAt() {
		assertThat(categories("It's a kettle, Sam. It boils water.")).contains("belittling");
		assertThat(categories("The voltage is clearly printed on the back of the adapter.")).contains("belittling");
		assertThat(categories("The dose is printed on the label in large print.")).contains("belittling");
		assertThat(categories("That's literally what the reset button is for.")).contains("belittling");
		assertThat(categories("Please read your contract properly.")).contains("belittling");
		assertThat(categories("I'll talk really slowly this time.")).contains("belittling");
		assertThat(categories("The clue is in the name: 'auto-renew'.")).contains("belittling");
		assertThat(categories("Try to keep up, the code is on the screen.")).contains("belittling");
	}

	@Test
	void leavesPlainStatementsAndOwnedFaultsAlone() {
		assertThat(categories("It's a bug, sorry. I've reported it to the developers.")).isEmpty();
		assertThat(categories("It's a pleasure. Enjoy the new sofa!")).isEmpty();
		assertThat(categories("Your order number is printed on the receipt; if it has faded, I can look it up by email."))
			.doesNotContain("belittling");
		assertThat(categories("Next time, please read the listing properly before you order.")).doesNotContain("belittling");
	}

	@Test
	void flagsMockApologyAndInsinuation() {
		assertThat(categories("So sorry the plumber didn't arrive at the exact minute you'd planned.")).contains("sarcasm");
		assertThat(categories("And the fourth remote has mysteriously stopped working too.")).contains("sarcasm");
		assertThat(categories("Thanks for the two-word fault report. Very helpful.")).contains("sarcasm");
		assertThat(categories("Well done on finding the delete button.")).contains("sarcasm");
		assertThat(categories("Funny how the card only fails on a Friday night.")).contains("sarcasm");
		assertThat(categories("Who would have thought a paper bag could tear in the rain.")).contains("sarcasm");
		assertThat(categories("The voucher conveniently went missing after the sale ended.")).contains("sarcasm");
	}

	@Test
	void leavesSincereApologyAndPlainDescriptionAlone() {
		assertThat(categories("I'm sorry the engineer didn't arrive when we said; I've booked the first slot tomorrow."))
			.isEmpty();
		assertThat(categories("The branch is conveniently located next to the station.")).isEmpty();
		assertThat(categories("Thanks for the detailed fault report, it helped us find the cause.")).isEmpty();
	}

	@Test
	void flagsTheCustomersAccountContradicted() {
		assertThat(categories("The scratch wasn't caused by our fitter like you're suggesting.")).contains("you_are_mistaken");
		assertThat(categories("Our call records show you never rang on the 4th.")).contains("you_are_mistaken");
		assertThat(categories("It's more likely your modem.")).contains("you_are_mistaken");
		assertThat(categories("That's not how roaming works.")).contains("you_are_mistaken");
		assertThat(categories("The reading is right. If it doesn't match your notebook, your notebook is wrong."))
			.contains("you_are_mistaken");
		assertThat(categories("The fault lies with your own router.")).contains("you_are_mistaken");
		assertThat(categories("Contrary to what you believe, the fee was on the quote.")).contains("you_are_mistaken");
		assertThat(categories("Actually, the bundle never included a tablet.")).contains("you_are_mistaken");
	}

	@Test
	void leavesOwnedFaultsAndOpenQuestionsAlone() {
		assertThat(categories("Actually, it wasn't your fault at all; the page timed out and I've fixed it.")).isEmpty();
		assertThat(categories("Is the fault with your own router or the line? Let's test both.")).isEmpty();
		assertThat(categories("That's nothing to do with us, the card issuer handles it.")).doesNotContain("you_are_mistaken");
	}

	@Test
	void flagsBlameSetAfterTheEvent() {
		assertThat(categories("That's exactly what the grace period is there for.")).contains("you_should_have");
		assertThat(categories("A two-minute phone call would have saved all of this.")).contains("you_should_have");
		assertThat(categories("You left it rather late to tell us you'd moved.")).contains("you_should_have");
		assertThat(categories("If you'd kept the receipt we'd have swapped it on the spot.")).contains("you_should_have");
		assertThat(categories("You were warned at the counter that it was non-returnable.")).contains("you_should_have");
		assertThat(categories("You only have yourself to blame.")).contains("you_should_have");
		assertThat(categories("That was your decision, not ours.")).contains("you_should_have");
		assertThat(categories("Maybe double-check the postcode next time.")).contains("you_should_have");
	}

	@Test
	void leavesInstructionsAndOwnedMistakesAlone() {
		assertThat(categories("All you need to do is click the link in the email.")).isEmpty();
		assertThat(categories("A quicker reply from us would've spared you the trip, and I'm sorry it didn't come.")).isEmpty();
		assertThat(categories("Please keep this reference for next time.")).isEmpty();
		assertThat(categories("If you'd like, I can book the engineer for Tuesday.")).isEmpty();
	}
}
