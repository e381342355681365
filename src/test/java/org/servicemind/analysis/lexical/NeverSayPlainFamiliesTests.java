package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayPlainFamilies}: flat contradictions, closed doors, counted repetition, tone orders, and hard negatives. */
class NeverSayPlainFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAFlatContradiction() {
		assertThat(categories("We checked the logs. That simply didn't happen.")).contains("you_are_mistaken");
		assertThat(categories("I think you're remembering a different appointment.")).contains("you_are_mistaken");
		assertThat(categories("Whatever you saw on the forum is wrong.")).contains("you_are_mistaken");
		assertThat(categories("Nobody from our office ever promised a discount.")).contains("you_are_mistaken");
		assertThat(categories("The heater doesn't 'cut out at random'.")).contains("you_are_mistaken");
		assertThat(categories("Nope, the app never deleted your photos.")).contains("you_are_mistaken");
		assertThat(categories("You weren't charged twice.")).contains("you_are_mistaken");
	}

	@Test
	void leavesAdmissionsAndConditionsAlone() {
		assertThat(categories("If that didn't happen, please tell me and I'll raise it.")).doesNotContain("you_are_mistaken");
		assertThat(categories("Nobody from our team told you about the change, and I'm sorry for that.")).isEmpty();
		assertThat(categories("Nope, that's a retail team thing.")).doesNotContain("you_are_mistaken");
		assertThat(categories("Whatever you see on the screen, press Continue and it will pick the right plan."))
			.doesNotContain("you_are_mistaken");
	}

	@Test
	void flagsADoorClosedByAnIdiom() {
		assertThat(categories("I'm afraid that ship has sailed.")).contains("nothing_i_can_do");
		assertThat(categories("That's as far as I can take it.")).contains("nothing_i_can_do");
		assertThat(categories("Tickets are released on Monday and when they're gone, they're gone.")).contains("nothing_i_can_do");
		assertThat(categories("I can't go back in time, unfortunately.")).contains("nothing_i_can_do");
	}

	@Test
	void leavesAClosedDoorWithANextStepAlone() {
		assertThat(categories("That ship has sailed, but I'll book you onto the next course and send the dates by Friday."))
			.doesNotContain("nothing_i_can_do");
	}

	@Test
	void flagsRepetitionCountedOutLoud() {
		assertThat(categories("For the fourth time, the store opens at nine.")).contains("as_i_said");
		assertThat(categories("As mentioned in my last three emails, the refund has been sent.")).contains("as_i_said");
		assertThat(categories("I have explained the deposit rules to you twice now.")).contains("as_i_said");
		assertThat(categories("Fine, I'll go over the fees one more time.")).contains("as_i_said");
	}

	@Test
	void leavesRepetitionOfOwnWorkAlone() {
		assertThat(categories("I've explained it to the warehouse twice and they've now confirmed the swap.")).isEmpty();
		assertThat(categories("It failed for the third time this month, and I'm sorry.")).isEmpty();
		assertThat(categories("My last two emails had the wrong date, sorry about that.")).isEmpty();
	}

	@Test
	void flagsOrdersAboutTone() {
		assertThat(categories("Shouting at the drivers won't make the bus come sooner.")).contains("calm_down");
		assertThat(categories("I'd ask you to keep this conversation civil.")).contains("calm_down");
		assertThat(categories("Once you've cooled off, reply and we'll continue.")).contains("calm_down");
		assertThat(categories("Let's not exaggerate, it was a short outage.")).contains("calm_down");
	}

	@Test
	void leavesSupportiveWordsAboutFeelingsAlone() {
		assertThat(categories("You have every right to be upset, and I'm going to fix this today.")).isEmpty();
		assertThat(categories("The cooling fan keeps the unit from overheating.")).isEmpty();
	}
}
