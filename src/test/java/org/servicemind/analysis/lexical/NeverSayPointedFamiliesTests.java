package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/**
 * {@link NeverSayPointedFamilies} and the round-9 second-batch fixes to earlier rules: sentences written for these
 * tests that must be found, and near misses that must not.
 */
class NeverSayPointedFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsRemarksAboutHowSimpleItIs() {
		assertThat(categories("Pop the lid off and twist, it isn't exactly brain surgery.")).contains("belittling");
		assertThat(categories("The leaflet has pictures.")).contains("belittling");
		assertThat(categories("The contract is written in perfectly normal English.")).contains("belittling");
		assertThat(categories("Even the interns manage the rota app.")).contains("belittling");
		assertThat(categories("You do know the shop shuts at six, right?")).contains("belittling");
		assertThat(categories("The voucher. is. in. your. inbox.")).contains("belittling");
		assertThat(categories("Scroll up.")).contains("belittling");
	}

	@Test
	void leavesKindExplanationsAlone() {
		assertThat(categories("The guide has pictures for every step, which I've attached.")).isEmpty();
		assertThat(categories("Even the interns found this screen confusing, so we're redesigning it.")).isEmpty();
		assertThat(categories("Scroll up to the top of the page and tap Settings.")).isEmpty();
		assertThat(categories("The fridge is fine. The door seal was loose. I've reseated it.")).isEmpty();
	}

	@Test
	void flagsHandOffsThatLeaveTheCustomerToFindTheirOwnWay() {
		assertThat(categories("The courier has a claims form somewhere on their site.")).contains("not_my_job");
		assertThat(categories("I just do the tills, I don't do refunds.")).contains("not_my_job");
		assertThat(categories("Ring the shop.")).contains("not_my_job");
		assertThat(categories("I'm not going to fix your spreadsheet macros for you.")).contains("not_my_job");
	}

	@Test
	void leavesAHandOffWithTheDetailsAlone() {
		assertThat(categories("Ring the shop on 0161 496 0000 and quote your order number.")).isEmpty();
		assertThat(categories("Their claims form is on the first page of their site; I've linked it below.")).isEmpty();
	}

	@Test
	void flagsShrugsAboutSize() {
		assertThat(categories("It's one delayed parcel.")).contains("dismissive");
		assertThat(categories("A week either way is neither here nor there.")).contains("dismissive");
		assertThat(categories("Knots are part of the deal with reclaimed oak.")).contains("dismissive");
		assertThat(categories("Works on ours.")).contains("dismissive");
		assertThat(categories("While I have you, did you know we sell extended warranties?")).contains("dismissive");
	}

	@Test
	void leavesFactsAboutSizeAlone() {
		assertThat(categories("It's a late fee of £12, and I've waived it.")).isEmpty();
		assertThat(categories("It works on ours when we use the latest app, so could you update yours?")).isEmpty();
	}

	@Test
	void flagsDoorsClosedByFormula() {
		assertThat(categories("Once the window's closed, it's closed.")).contains("nothing_i_can_do");
		assertThat(categories("The ferry is full, so there's no way round it.")).contains("nothing_i_can_do");
		assertThat(categories("I don't know what you expect me to do about the weather.")).contains("nothing_i_can_do");
		assertThat(categories("We have nothing further to add.")).contains("nothing_i_can_do");
	}

	@Test
	void leavesAClosedDoorWithAnotherRouteAlone() {
		assertThat(categories("There's no way round it this month, but I can book you first thing on the 1st.")).isEmpty();
		assertThat(categories("Closing the ticket now that the refund has landed. Thanks for your patience!")).isEmpty();
	}

	@Test
	void flagsRepetitionCountedByChannel() {
		assertThat(categories("I explained the deposit on the phone, by email and in the letter.")).contains("as_i_said");
		assertThat(categories("This is the third time I've sent the link.")).contains("as_i_said");
		assertThat(categories("The invoice has already been corrected twice.")).isEmpty();
		assertThat(categories("This has already been answered twice.")).contains("as_i_said");
		assertThat(categories("Per my email from Monday, the fee stands.")).contains("as_i_said");
	}

	@Test
	void leavesARecapOfACallAndAnApologeticRepeatAlone() {
		assertThat(categories("As I mentioned on the phone, I've attached the claim form.")).isEmpty();
		assertThat(categories("Sorry if I'm repeating myself: your new card is in the post.")).isEmpty();
		assertThat(categories("I can't see that we told you again before the price went up, and we should have."))
			.doesNotContain("as_i_said");
	}

	@Test
	void flagsMockDelight() {
		assertThat(categories("Oh no, the pillows are the wrong shade of grey, what a tragedy.")).contains("sarcasm");
		assertThat(categories("Thanks for the urgent ticket about your mouse mat, we've dropped everything."))
			.contains("sarcasm");
		assertThat(categories("I'm sure the chef will be delighted to hear it.")).contains("sarcasm");
		assertThat(categories("Ha, 'unusable', from someone who logged in twice.")).contains("sarcasm");
	}

	@Test
	void flagsNonAnswersAndSoftenersSpelledDifferently() {
		assertThat(categories("I genuinely have no clue when the parts will come.")).contains("vague_dont_know");
		assertThat(categories("Might be a glitch.")).contains("vague_dont_know");
		assertThat(categories("I mean this in the nicest way, but the photos are blurry.")).contains("no_offense");
		assertThat(categories("The booking was made for Tuesday, so, respectfully, we did nothing wrong."))
			.contains("no_offense");
	}

	@Test
	void leavesANonAnswerWithANextStepAlone() {
		assertThat(categories("I genuinely have no clue why, so I'll ask the warehouse and reply by noon.")).isEmpty();
	}

	@Test
	void flagsHindsightAndOrdersAboutPerspective() {
		assertThat(categories("That's on you, not the airline.")).contains("you_should_have");
		assertThat(categories("The insurance was offered at the desk and you declined.")).contains("you_should_have");
		assertThat(categories("We gave three months' notice of the change.")).contains("you_should_have");
		assertThat(categories("Maybe don't book a table at 8pm on a Saturday.")).contains("you_should_have");
		assertThat(categories("Please look at this rationally.")).contains("calm_down");
		assertThat(categories("There's no need to copy in the CEO over a late sofa.")).contains("calm_down");
	}

	@Test
	void leavesAnOwnedMistakeAlone() {
		assertThat(categories("That's on us, not you, and I've refunded the fee.")).isEmpty();
		assertThat(categories("It's on you to choose the date that suits, and I'll book it.")).doesNotContain("you_should_have");
	}

	@Test
	void letsACitedRuleWithAConcreteNextStepPass() {
		assertThat(categories("Under our rules the deposit can't go back to the card, so I've issued it as credit today."))
			.isEmpty();
		assertThat(categories("Those are the rules.")).containsExactly("blaming_policy");
		assertThat(categories("Those are the rules. We can't make exceptions.")).contains("blaming_policy");
	}

	@Test
	void doesNotTakeWellForANextStep() {
		assertThat(categories("Well, rules are rules.")).containsExactly("blaming_policy");
		assertThat(categories("Well, I don't know.")).containsExactly("vague_dont_know");
		assertThat(categories("Rules are rules, but we'll refund the fee this once.")).isEmpty();
	}

	@Test
	void takesAConcessionForAgreementNotDismissal() {
		assertThat(categories("It isn't on the handover sheet, so I'm not going to argue it was there before.")).isEmpty();
		assertThat(categories("I'm not going to argue with that, and the fee is refunded.")).isEmpty();
		assertThat(categories("I'm not going to argue with you about this.")).contains("dismissive");
	}

}
