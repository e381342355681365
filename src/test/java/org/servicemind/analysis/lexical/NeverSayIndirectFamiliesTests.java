package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** Each family of {@link NeverSayIndirectFamilies} with replies it flags and hard negatives it must leave alone. */
class NeverSayIndirectFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsRulesQuotedAsTheReasonForANo() {
		assertThat(categories("Under the refund guidelines, late claims are not accepted.")).contains("blaming_policy");
		assertThat(categories("The system doesn't give agents any discretion on late fees.")).contains("blaming_policy");
		assertThat(categories("Legal won't let us send the file by email.")).contains("blaming_policy");
		assertThat(categories("That's just how they've set us up here.")).contains("blaming_policy");
	}

	@Test
	void ignoresRulesQuotedInTheCustomersFavour() {
		assertThat(categories("As per our guidelines, I've refunded the delivery charge as well.")).isEmpty();
		assertThat(categories("Head office decided to extend the warranty for everyone, so you're covered.")).isEmpty();
	}

	@Test
	void flagsOrdersAboutCapitalsBreathingAndRelaxing() {
		assertThat(categories("There's no need for all the capitals.")).contains("calm_down");
		assertThat(categories("Let's just take a breath, shall we?")).contains("calm_down");
		assertThat(categories("Steady on, nobody is out to get you.")).contains("calm_down");
		assertThat(categories("Please don't take it so personally.")).contains("calm_down");
		assertThat(categories("Just breathe. Deep breaths.")).contains("calm_down");
	}

	@Test
	void ignoresReassuranceWithoutOrders() {
		assertThat(categories("Take your time, there's no rush at all.")).isEmpty();
		assertThat(categories("The new filter lets the unit breathe better, so it runs quieter.")).isEmpty();
		assertThat(categories("The cabin was relaxed and quiet, according to the crew report.")).isEmpty();
	}

	@Test
	void flagsADepartmentPointedAtAndTheCustomerLeftWithIt() {
		assertThat(categories("That's a warranty matter, you'd need to call them.")).contains("not_my_job");
		assertThat(categories("The landlord set that up, so they're the ones to chase.")).contains("not_my_job");
		assertThat(categories("Wrong desk, sorry. Open another case with Returns.")).contains("not_my_job");
		assertThat(categories("Our team doesn't handle pension transfers.")).contains("not_my_job");
		assertThat(categories("I'm on the hardware side, so no idea.")).contains("not_my_job");
		assertThat(categories("Your insurer would know.")).contains("not_my_job");
	}

	@Test
	void ignoresADepartmentContactedForTheCustomer() {
		assertThat(categories("I've phoned the courier myself, so you won't need to contact them.")).isEmpty();
		assertThat(categories("Your bank would know, so I've asked them and will pass on the answer.")).isEmpty();
	}

	@Test
	void flagsDocumentsThatDidSaySoAndTheCustomerNamedAsTheReason() {
		assertThat(categories("The welcome letter did say to activate within a week.")).contains("you_should_have");
		assertThat(categories("Maybe next time order a size up.")).contains("you_should_have");
		assertThat(categories("Paying on time was your end of the bargain.")).contains("you_should_have");
		assertThat(categories("Notices went out four times before the cut-off.")).contains("you_should_have");
		assertThat(categories("You're the reason the visit failed; the gate was locked.")).contains("you_should_have");
	}

	@Test
	void ignoresRemindersSentInErrorAndPlainFutureTips() {
		assertThat(categories("The text was sent three times because of a glitch on our side, sorry.")).isEmpty();
		assertThat(categories("Next time you order, the discount applies automatically.")).isEmpty();
	}

	@Test
	void flagsRepetitionAnnouncedInOtherWords() {
		assertThat(categories("Per my last message, the parcel is with the depot.")).contains("as_i_said");
		assertThat(categories("This is the fourth time I've explained the fee.")).contains("as_i_said");
		assertThat(categories("As already stated, the booking cannot move.")).contains("as_i_said");
		assertThat(categories("See my earlier reply for the steps.")).contains("as_i_said");
	}

	@Test
	void ignoresApologiesForRepeatingAndPlainThanks() {
		assertThat(categories("Sorry for repeating myself earlier, I misread your note.")).isEmpty();
		assertThat(categories("Once again, thank you for your patience.")).isEmpty();
	}

	@Test
	void flagsMockHelpAndMockSurprise() {
		assertThat(categories("Slow wifi on a Sunday. Stop the presses.")).contains("sarcasm");
		assertThat(categories("Ah yes, the old 'I never got the email'.")).contains("sarcasm");
		assertThat(categories("Thanks for the nine messages in an hour.")).contains("sarcasm");
	}

	@Test
	void ignoresSincereThanks() {
		assertThat(categories("Thanks for the photos, they really help us fix it faster.")).isEmpty();
		assertThat(categories("We'll manage the move together, I promise.")).isEmpty();
	}

	@Test
	void flagsSimplicityRubbedIn() {
		assertThat(categories("Even my niece can set up a printer.")).contains("belittling");
		assertThat(categories("It seriously isn't that hard to log in.")).contains("belittling");
		assertThat(categories("Perhaps ask someone younger to do the update.")).contains("belittling");
	}

	@Test
	void ignoresSharedDifficulty() {
		assertThat(categories("Even my team found the new layout confusing, so you're not alone.")).isEmpty();
		assertThat(categories("Honestly, the old form was hard to use, which is why we replaced it.")).isEmpty();
		assertThat(categories("Sorry if this is a silly question, but is the charger plugged in at the wall?")).isEmpty();
	}

	@Test
	void flagsVagueSpansAndMysteries() {
		assertThat(categories("It's a total mystery to me.")).contains("vague_dont_know");
		assertThat(categories("Could be between a few days and a few months.")).contains("vague_dont_know");
	}

	@Test
	void ignoresUncertaintyWithAPlan() {
		assertThat(categories("I can't say when exactly yet, but I'll call you by Friday with a date.")).isEmpty();
		assertThat(categories("The only customer who knows the code is you, so keep it safe.")).isEmpty();
	}

	@Test
	void flagsFaultMovedToTheCustomersSide() {
		assertThat(categories("It's your router, not our exchange.")).contains("you_are_mistaken");
		assertThat(categories("You've got your account numbers mixed up.")).contains("you_are_mistaken");
		assertThat(categories("That isn't what happened on the call.")).contains("you_are_mistaken");
		assertThat(categories("Our records say otherwise.")).contains("you_are_mistaken");
	}

	@Test
	void ignoresFaultOwnedByTheAgent() {
		assertThat(categories("That charge was our error, not yours, and it's been reversed.")).isEmpty();
		assertThat(categories("You never got the code, so I've sent a fresh one.")).isEmpty();
		assertThat(categories("Our records show the refund left on Monday, reference 4471.")).isEmpty();
	}

	@Test
	void flagsSoftenersBeforeABluntRemark() {
		assertThat(categories("I mean this kindly, but the form was filled in wrong.")).contains("no_offense");
		assertThat(categories("Forgive my bluntness, that plan won't suit you.")).contains("no_offense");
		assertThat(categories("Hate to be harsh, but the deadline passed.")).contains("no_offense");
	}

	@Test
	void ignoresApologiesThatOffendNobody() {
		assertThat(categories("Please don't be offended by the survey email; it goes to everyone.")).isEmpty();
	}

	@Test
	void flagsProblemsCountedSmall() {
		assertThat(categories("A short outage won't hurt anybody.")).contains("dismissive");
		assertThat(categories("Plenty of users live with the lag.")).contains("dismissive");
		assertThat(categories("It's a budget phone, you can't expect miracles.")).contains("dismissive");
		assertThat(categories("It's only two cups missing out of the set.")).contains("dismissive");
		assertThat(categories("Slow streaming is a first-world problem, really.")).contains("dismissive");
	}

	@Test
	void ignoresSmallNumbersGivenAsFacts() {
		assertThat(categories("It's only one step now: tap Pay and you're done.")).isEmpty();
		assertThat(categories("We're dealing with the outage first, and your ticket is next in line.")).isEmpty();
	}

	@Test
	void spellsOutOptionalApostrophesOnlyInsideGroups() {
		assertThat(NeverSayIndirectFamilies.spelledOut("(?:i|we) (?:can'?t|cannot) do"))
			.isEqualTo("(?:i|we) (?:can't|cant|cannot) do");
		assertThat(NeverSayIndirectFamilies.spelledOut("don'?t go|(?:x|won'?t)")).isEqualTo("don'?t go|(?:x|won't|wont)");
		assertThat(NeverSayIndirectFamilies.spelledOut("[(?:a'?b)]x")).isEqualTo("[(?:a'?b)]x");
		assertThat(NeverSayIndirectFamilies.spelledOut("(\\(?:a'?b)")).isEqualTo("(\\(?:a'?b)");
	}

	@Test
	void flagsBothSpellingsOfASpelledOutContraction() {
		assertThat(categories("I can't do anything more for you.")).contains("nothing_i_can_do");
		assertThat(categories("I cant do anything more for you.")).contains("nothing_i_can_do");
		assertThat(categories("Honestly, there's nothing more we can do.")).contains("nothing_i_can_do");
		assertThat(categories("Honestly, theres nothing more we can do.")).contains("nothing_i_can_do");
	}
}
