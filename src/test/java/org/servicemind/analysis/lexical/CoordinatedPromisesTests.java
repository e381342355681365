package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Commitment;

/** Several promises in one sentence, chat and subject-less promises, courtesy questions after a promise. */
class CoordinatedPromisesTests {

	private static List<Commitment> agent(String text) {
		return BerlinWednesday.agent(text);
	}

	@Test
	void splitsPromisesJoinedByAndWhenEachNamesItsTime() {
		List<Commitment> found = agent("I'll chase the courier this afternoon and send you an update by 10am tomorrow.");
		assertThat(found).hasSize(2);
		assertThat(found.get(0).span()).isEqualTo("I'll chase the courier this afternoon");
		assertThat(found.get(0).due()).isEqualTo(OffsetDateTime.parse("2026-03-04T17:30+01:00"));
		assertThat(found.get(1).span()).isEqualTo("send you an update by 10am tomorrow.");
		assertThat(found.get(1).what()).isEqualTo("send update");
		assertThat(found.get(1).due()).isEqualTo(OffsetDateTime.parse("2026-03-05T10:00+01:00"));
	}

	@Test
	void splitsThreeActionsEachWithItsOwnTime() {
		List<Commitment> found = agent("We'll cancel the old plan today and activate the new one on Friday and "
				+ "email you the contract next week.");
		assertThat(found).extracting(Commitment::due)
			.containsExactly(OffsetDateTime.parse("2026-03-04T17:30+01:00"),
					OffsetDateTime.parse("2026-03-06T17:30+01:00"), OffsetDateTime.parse("2026-03-13T17:30+01:00"));
	}

	@Test
	void splitsAnActionTiedToAnEventWithoutADue() {
		List<Commitment> found = agent("We'll migrate the account by Friday and let you know once it's done.");
		assertThat(found).hasSize(2);
		assertThat(found.get(1).due()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'll check with the warehouse and revert within 48 hours.",
			"We'll look at it early next week and come back to you.",
			"I'll send the invoice and receipt by Friday.", "I'll call the clinic this afternoon and confirm your slot." })
	void keepsOnePromiseWhenOneTimeCoversBothActions(String text) {
		assertThat(agent(text)).hasSize(1);
	}

	@Test
	void readsASubjectlessActionAfterCommaAndAsAFurtherPromise() {
		List<Commitment> found = agent("I'll chase the refund on Monday, and update you by Tuesday.");
		assertThat(found).hasSize(2);
		assertThat(found.get(1).due()).isEqualTo(OffsetDateTime.parse("2026-03-10T17:30+01:00"));
	}

	@Test
	void takesTheSameEveningFromThePromiseBefore() {
		List<Commitment> found = agent("We shall dispatch the part on Monday, and I will share the tracking number "
				+ "the same evening.");
		assertThat(found).extracting(Commitment::due)
			.containsExactly(OffsetDateTime.parse("2026-03-09T17:30+01:00"),
					OffsetDateTime.parse("2026-03-09T21:00+01:00"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ill get the invoice corrected by wednesday", "Gonna sort the refund for you now.",
			"ok imma call you at 3", "Adding the credit to your account now.",
			"Sending the label over this afternoon.", "Will revert by EOD.",
			"I'll ring you at 8 if that suits?", "I'll pop the form in the post today - ok?",
			"I'll be on site between 9 and 11 on Monday to fit the meter.",
			"A new modem is being couriered to you and will arrive by 5pm Wednesday.",
			"we'll definately get that fixed b4 the weekend",
			"We'll take care of it: the corrected payslip will be uploaded by Wednesday." })
	void findsInformalPromises(String text) {
		assertThat(agent(text)).hasSize(1).allSatisfy(c -> assertThat(c.due()).isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "I feel ill today.", "Running late today, sorry.", "Attaching the invoice now.",
			"Looking forward to hearing from you tomorrow.", "Following up on your request from Monday.",
			"Checking the logs, I can see the payment failed.", "Should I call you at 8 if that suits?",
			"Will you be home tomorrow?", "Thanks, we'll see how it goes on Friday." })
	void ignoresInformalLookAlikes(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void leavesAPromiseTiedToAnUnknownEventWithoutDue() {
		assertThat(agent("I'll fit the new part once it arrives.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isNull());
	}

	@Test
	void dueRightNowIsWithinMinutes() {
		assertThat(agent("I'm refunding the delivery fee right now.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-04T11:25+01:00")));
	}

	@Test
	void splitsASecondObjectThatSharesTheVerb() {
		List<Commitment> found = agent("I'll send the signed forms by Friday and the originals after New Year.");
		assertThat(found).hasSize(2);
		assertThat(found.get(0).span()).isEqualTo("I'll send the signed forms by Friday");
		assertThat(found.get(1).due()).isEqualTo(OffsetDateTime.parse("2027-01-04T17:30+01:00"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yep will get that sorted for you tomorrow morning",
			"No worries, will ring you at 4.", "My colleague Dana will call you at 11am.",
			"Refund for the second order will be back on your card in 3-5 days.",
			"I'll text you a new code in a sec.", "Will do the needful at the earliest.",
			"lemme check with the warehouse, back to u in 10 mins", "I'll ensure the refund goes through by Friday." })
	void findsPromisesInRegionalAndChatWording(String text) {
		assertThat(agent(text)).hasSize(1).allSatisfy(c -> assertThat(c.due()).isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "The courier reckons it'll be with you by Thursday.",
			"Refunds will be processed within 14 days of the return.", "Sending you good vibes for the new year!",
			"Running a bit behind today, sorry.", "We're closed today, and our team will be back on Monday.",
			"You'll have it by Friday, all going well." })
	void ignoresRelayedGenericAndGreetingLookAlikes(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void keepsNamedShoppingDaysOutOfDeadlines() {
		assertThat(agent("We'll honour the Black Friday price and adjust your invoice by Monday.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00")));
	}

	@Test
	void dueOfABookingMadeNowIsNowNotTheSlot() {
		assertThat(agent("Booking your slot for the 2nd of April now.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-04T11:25+01:00")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Can lah, I arrange the courier pick up tomorrow 2pm, you pass the box to him ok?",
			"Legal will countersign by Wednesday.", "Amount will be reversed in 24-48 hrs in your source account.",
			"Our field engineer will visit your premises within 48 working hours." })
	void findsNonNativePresentTenseTeamAndPassivePromises(String text) {
		assertThat(agent(text)).hasSize(1).allSatisfy(c -> assertThat(c.due()).isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "We refund within 14 days of the return.", "I check the queue every morning.",
			"Please note that the branch will be closed on Chinese New Year.",
			"We dispatch orders on Mondays and Thursdays." })
	void ignoresPresentTensePoliciesAndClosures(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void splitsANumberedList() {
		assertThat(agent("Per our call: (1) I'll email the SOW today, (2) legal will countersign by Friday.")).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'll push the fix tonight, then Monday I'll confirm with you it's all good.",
			"gonna send the replacement today n you'll get tracking by tmrw",
			"I'll refund you now, plus I'll waive next month's fee.",
			"We'll send the certificate within the week, then the original by courier after Christmas.",
			"I'll escalate it today. You can expect feedback before month end." })
	void findsTwoPromisesJoinedByThenPlusOrChatAnd(String text) {
		assertThat(agent(text)).hasSize(2);
	}

	@Test
	void keepsTheFirmPartBeforeAHedgedSecondVerb() {
		assertThat(agent("The replacement will ship mid-April and should reach you before Easter.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-04-15T17:30+02:00")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "I called the bank; they confirmed the transfer will reach you by Sunday.",
			"I am closing this ticket for now." })
	void ignoresRelayedConfirmationsAndForNow(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void readsShallForATeam() {
		assertThat(agent("Our technician shall visit on Friday morning.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-06T12:00+01:00")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Going to call the depot now.", "The said amount shall be refunded within seven working days.",
			"Jess from billing will email you Tuesday.", "The technician comes on Thursday between 8 and 12.",
			"ok ive logged it, will chase tmrw am", "Your documents are ready and will be couriered tomorrow.",
			"Pickup will happen by Monday." })
	void findsScheduledTeamAndSubjectlessPromises(String text) {
		assertThat(agent(text)).hasSize(1).allSatisfy(c -> assertThat(c.due()).isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "It's going to rain on Thursday.", "The courier comes on Thursday, not us.",
			"An engineer visits every Monday." })
	void ignoresWeatherAndRoutineLookAlikes(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void readsMondayAmAsTheMorning() {
		assertThat(agent("I'll be in touch Monday AM.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-09T12:00+01:00")));
	}

	@Test
	void readsKnockOffAsTheEndOfTheAgentsDay() {
		assertThat(agent("I'll whip up a new quote and flick it over before knock-off.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-04T17:30+01:00")));
	}

	@Test
	void countsPuttingInARequestNowButNotWritingInToSay() {
		assertThat(agent("I'm putting in the return label request now.")).hasSize(1);
		assertThat(agent("I'm writing in to say the office is closed now.")).isEmpty();
	}
}
