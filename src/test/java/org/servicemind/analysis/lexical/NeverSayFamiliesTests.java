package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** Each phrasing family of {@link NeverSayFamilies} with a reply it flags and hard negatives it must leave alone. */
class NeverSayFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAMachineOrHigherUpThatRefuses() {
		assertThat(categories("The till just won't let me take a return without a receipt.")).containsExactly("blaming_policy");
		assertThat(categories("Head office refused to sign off on the credit.")).containsExactly("blaming_policy");
		assertThat(categories("My team leader said no, so that's that.")).containsExactly("blaming_policy");
	}

	@Test
	void ignoresAMachineThatProtectsTheCustomer() {
		assertThat(categories("The portal won't let me read your password, which protects your account.")).isEmpty();
		assertThat(categories("Management approved the goodwill credit this morning.")).isEmpty();
	}

	@Test
	void flagsRulesRestatedOrNeverBent() {
		assertThat(categories("Policy is the policy, I'm afraid.")).containsExactly("blaming_policy");
		assertThat(categories("We never make exceptions to that.")).containsExactly("blaming_policy");
		assertThat(categories("That would breach our terms of sale.")).containsExactly("blaming_policy");
	}

	@Test
	void ignoresRulesThatWorkForTheCustomer() {
		assertThat(categories("We don't usually make exceptions, but after this week I've made one for you.")).isEmpty();
		assertThat(categories("No exceptions needed: your claim is inside the window.")).isEmpty();
		assertThat(categories("Our data rules are strict, so nobody outside the team sees your file.")).isEmpty();
		assertThat(categories("The bank's rules say we must check your ID, so here is a secure link.")).isEmpty();
	}

	@Test
	void flagsOrdersAboutVoiceAndTone() {
		assertThat(categories("I'll have to ask you to lower your voice.")).containsExactly("calm_down");
		assertThat(categories("Can we keep this civil, please?")).containsExactly("calm_down");
		assertThat(categories("There's no need for that language.")).containsExactly("calm_down");
	}

	@Test
	void ignoresSharedFeelings() {
		assertThat(categories("I'd be getting worked up too after three missed visits.")).isEmpty();
		assertThat(categories("There's no reason to worry, your deposit is protected.")).isEmpty();
	}

	@Test
	void flagsSendingTheCustomerElsewhereAlone() {
		assertThat(categories("Card disputes aren't something my team handles, sorry.")).containsExactly("not_my_job");
		assertThat(categories("That's one for the letting agent, not us.")).containsExactly("not_my_job");
		assertThat(categories("You'll need to email the seller yourself.")).containsExactly("not_my_job");
		assertThat(categories("Wrong department for that, this is returns.")).containsExactly("not_my_job");
	}

	@Test
	void ignoresAnOwnedHandover() {
		assertThat(categories("That's a good question for our fitter, so I've asked him to ring you at two.")).isEmpty();
		assertThat(categories("Try a different browser if the form still freezes.")).isEmpty();
		assertThat(categories("Sorry, your email landed with the wrong size in the order; the right one ships today.")).isEmpty();
	}

	@Test
	void flagsBlameSetInTheFutureOrAskedWhy() {
		assertThat(categories("Next time, please read the description properly before buying.")).containsExactly("you_should_have");
		assertThat(categories("Why on earth did you not report it sooner?")).containsExactly("you_should_have");
		assertThat(categories("Pity you didn't keep the packaging.")).containsExactly("you_should_have");
	}

	@Test
	void ignoresTipsAndGenuineQuestions() {
		assertThat(categories("Next time you log in, the new menu will be on the left.")).isEmpty();
		assertThat(categories("Going forward, please check the junk folder first, since our mail can land there.")).isEmpty();
		assertThat(categories("Why did you send the first one back? It helps us fix the design.")).isEmpty();
	}

	@Test
	void flagsPointedRepetition() {
		assertThat(categories("I've told you this three times already.")).containsExactly("as_i_said");
		assertThat(categories("We've been through this.")).containsExactly("as_i_said");
		assertThat(categories("It was all explained in my previous email.")).containsExactly("as_i_said");
	}

	@Test
	void ignoresWorkGoneOverWithOthers() {
		assertThat(categories("We've been through this with the courier and they've found your parcel.")).isEmpty();
		assertThat(categories("I've been over the invoice and it's correct.")).isEmpty();
	}

	@Test
	void flagsMockEnthusiasm() {
		assertThat(categories("Oh great, another password reset.")).containsExactly("sarcasm");
		assertThat(categories("Let me guess, you didn't charge it?")).containsExactly("sarcasm");
		assertThat(categories("How kind of you to finally reply.")).containsExactly("sarcasm");
	}

	@Test
	void ignoresSincereWarmth() {
		assertThat(categories("Let me guess the size from your photo: is it the medium?")).isEmpty();
		assertThat(categories("Nice of you to write in so quickly!")).isEmpty();
		assertThat(categories("Good luck with the new job, and the refund is on its way.")).isEmpty();
	}

	@Test
	void flagsComparisonsAndTestsOfBasics() {
		assertThat(categories("Most users figure it out in seconds.")).containsExactly("belittling");
		assertThat(categories("Surely you know where the settings are?")).containsExactly("belittling");
		assertThat(categories("Even my son manages it.")).containsExactly("belittling");
	}

	@Test
	void ignoresHelpfulComparisons() {
		assertThat(categories("Most customers find the yearly plan cheaper, but it's your call.")).isEmpty();
		assertThat(categories("Anyone with the link can open the shared folder.")).isEmpty();
		assertThat(categories("Not hard to see why this upset you, and I'm sorry.")).isEmpty();
	}

	@Test
	void flagsNonAnswers() {
		assertThat(categories("Impossible to say.")).containsExactly("vague_dont_know");
		assertThat(categories("It'll arrive when it arrives.")).containsExactly("vague_dont_know");
		assertThat(categories("idk tbh")).containsExactly("vague_dont_know");
	}

	@Test
	void ignoresNonAnswersWithANextStepOrAQuestion() {
		assertThat(categories("Hard to tell from here, but I've asked the engineer and I'll update you by 5pm.")).isEmpty();
		assertThat(categories("I couldn't tell from the photo which plug it is, could you send another?")).isEmpty();
		assertThat(categories("Heaven knows you've waited long enough, so I've upgraded the shipping.")).isEmpty();
		assertThat(categories("Couldn't say it better myself.")).isEmpty();
	}

	@Test
	void flagsAClosedDoor() {
		assertThat(categories("It's beyond my control.")).containsExactly("nothing_i_can_do");
		assertThat(categories("I can't do a thing about it.")).containsExactly("nothing_i_can_do");
		assertThat(categories("There's literally nothing I can do.")).containsExactly("nothing_i_can_do");
	}

	@Test
	void ignoresAClosedDoorWithAnAlternative() {
		assertThat(categories("The weather was beyond our control, and I've rebooked you for Monday.")).isEmpty();
		assertThat(categories("I can't undo the transfer, but I can raise a recall with the bank today.")).isEmpty();
	}

	@Test
	void flagsTellingTheCustomerTheyHaveItWrong() {
		assertThat(categories("You've got it backwards.")).containsExactly("you_are_mistaken");
		assertThat(categories("That's simply not correct.")).containsExactly("you_are_mistaken");
		assertThat(categories("You're not filling in the form correctly.")).containsExactly("you_are_mistaken");
	}

	@Test
	void ignoresTheAgentCorrectingItself() {
		assertThat(categories("That's not right, sorry, I gave you the wrong date: it's the 14th.")).isEmpty();
		assertThat(categories("You're not doing anything wrong, the app has a bug.")).isEmpty();
		assertThat(categories("You've got it right, the voucher works online too.")).isEmpty();
	}

	@Test
	void flagsDisclaimers() {
		assertThat(categories("Respectfully, you're mistaken about the dates.")).contains("no_offense");
		assertThat(categories("Nothing personal, but the answer is no.")).containsExactly("no_offense");
	}

	@Test
	void ignoresSignOffsAndCandidAdmissions() {
		assertThat(categories("Respectfully yours,\nSam")).isEmpty();
		assertThat(categories("I'll be blunt about our mistake: we sent the wrong colour, and it's on us.")).isEmpty();
	}

	@Test
	void flagsMinimising() {
		assertThat(categories("It's hardly the end of the world.")).containsExactly("dismissive");
		assertThat(categories("You'll have to live with it.")).containsExactly("dismissive");
		assertThat(categories("Other customers haven't complained.")).containsExactly("dismissive");
	}

	@Test
	void ignoresReassurance() {
		assertThat(categories("It's not a big deal for us to swap it, so I've booked the courier.")).isEmpty();
		assertThat(categories("Your complaint is a priority and I've escalated it.")).isEmpty();
		assertThat(categories("You don't need to put up with a faulty heater; a new one ships today.")).isEmpty();
	}

	@Test
	void cancelsPhrasesAfterANegatedSpeechVerb() {
		assertThat(categories("I would never tell you that you should have known.")).isEmpty();
		assertThat(categories("This isn't a case of user error at all.")).isEmpty();
	}

	@Test
	void flagsScriptsAndProcessesHiddenBehind() {
		assertThat(categories("I don't set the rules, I just have to enforce them.")).containsExactly("blaming_policy");
		assertThat(categories("There's no leeway on the deadline.")).containsExactly("blaming_policy");
		assertThat(categories("You're blowing this out of proportion.")).containsExactly("calm_down");
		assertThat(categories("Per my previous two emails, the parcel was delivered.")).containsExactly("as_i_said");
	}

	@Test
	void ignoresOffersOfRoomAndAcceptedApologies() {
		assertThat(categories("Take a breath if you need one, I'm staying on this with you.")).isEmpty();
		assertThat(categories("No offence taken, I know this has been a long week for you.")).isEmpty();
		assertThat(categories("Don't take this personally, but the card was declined by the bank."))
			.containsExactly("no_offense");
	}

	@Test
	void flagsCommonDeflections() {
		assertThat(categories("I'm just following orders.")).containsExactly("blaming_policy");
		assertThat(categories("What do you want me to do about it?")).containsExactly("dismissive");
		assertThat(categories("You're the first person to complain about this.")).containsExactly("dismissive");
		assertThat(categories("Read the instructions.")).containsExactly("belittling");
	}

	@Test
	void ignoresTheSameWordsOfferingChoicesOrNews() {
		assertThat(categories("What would you like me to do first, refund or swap?")).isEmpty();
		assertThat(categories("You should know that the refund has left our account.")).isEmpty();
		assertThat(categories("Read the instructions on page two, then plug it in; I'm here if it sticks.")).isEmpty();
	}
}
