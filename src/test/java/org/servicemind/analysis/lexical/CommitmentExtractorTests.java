package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Commitment;
import org.servicemind.analysis.Role;

class CommitmentExtractorTests {

	private static final Instant AT = BerlinWednesday.AT;

	private final CommitmentExtractor extractor = new CommitmentExtractor();

	private static List<Commitment> agent(String text) {
		return BerlinWednesday.agent(text);
	}

	@Test
	void findsACallBackWithItsDueTime() {
		List<Commitment> found = agent("I'll call you back tomorrow morning.");
		assertThat(found).singleElement().satisfies(c -> {
			assertThat(c.what()).isEqualTo("call back");
			assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-05T12:00+01:00"));
			assertThat(c.confidence()).isBetween(0.0, 1.0);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "You'll have the refund by Friday.",
			"I will check with our billing team and get back to you within 24 hours.",
			"We'll ship the replacement by end of day.", "I'll send the invoice next week.",
			"Expect an update in 2 hours.", "I'll follow up before 5pm.", "First thing Monday I'll reset it.",
			"I'm going to escalate this today.", "Let me look into it and get back to you.",
			"Our billing team will contact you on Monday.", "Your refund will be processed within 3 business days.",
			"If you send me the logs, I'll look at them today.", "Count on me to get it fixed by noon.",
			"I've escalated this and will update you by 3pm.", "Will call you in ten minutes.",
			"We are sending you a replacement free of charge.", "Our apprentice will bring the keys at 3.",
			"Your claim has been approved and will be paid out within ten days.",
			"Someone from accounts will call you shortly.", "I'll personally see to it that it ships today.",
			"Give me ten minutes and I'll have the new key in your inbox.",
			"You'll see the refund on your card within 5 working days.",
			"I'll keep your booking on hold until Friday.",
			"Our night shift will monitor the server and call you if anything changes.",
			"I'll call you tomorrow at 10, does that work for you?" })
	void findsOwnedPromises(String text) {
		assertThat(agent(text)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I can't promise anything, but we'll see.", "We might be able to refund part of it.",
			"It may take a few days.", "If the courier delivers, you'll get it Monday.",
			"Shall I call you tomorrow?", "Can I call you tomorrow, or would you prefer email?",
			"I called you yesterday.",
			"Refunds take 5-7 days.", "We usually reply within a day.", "I'll try to call you tomorrow.",
			"I will not be able to change it.", "Let me know if you need anything else.",
			"I'll be out of the office tomorrow.", "Hopefully it will arrive by Friday.",
			"Would you like me to send it today", "I'll need your order number first.", "Will do!",
			"I'm writing to confirm that your refund was processed today.", "We'll look forward to hearing from you.",
			"We will refund the full amount if an item arrives damaged.", "Nobody from our side will visit today.",
			"Our delivery partner will confirm a slot tomorrow.", "Our prices will go up next month.",
			"Our systems will automatically retry the payment tomorrow.", "I'll keep this short.",
			"We'll have to wait for the manufacturer.", "Let me explain how billing works.",
			"You said you will send the logs tomorrow.", "I hope we'll have it fixed by Friday.",
			"I think I'll be able to send it tomorrow.", "Hope you'll have a great weekend!",
			"Our engineers will investigate if the issue persists after the update." })
	void ignoresHedgesQuestionsHabitsAndPastTense(String text) {
		assertThat(agent(text)).isEmpty();
	}

	@Test
	void returnsNothingForCustomerOrJournalText() {
		String text = "I'll call you back tomorrow morning.";
		assertThat(BerlinWednesday.extract(text, Role.CUSTOMER)).isEmpty();
		assertThat(BerlinWednesday.extract(text, Role.JOURNAL)).isEmpty();
	}

	@Test
	void ignoresQuotedCustomerText() {
		assertThat(agent("You said \"I'll send the photos tomorrow\" and that is fine.")).isEmpty();
		assertThat(agent("Thanks!\n> I'll send the photos tomorrow\nNoted.")).isEmpty();
		assertThat(agent("I'll check it today.\n\nOn Tue, 3 Mar 2026, Sam wrote:\nI'll call you tomorrow."))
			.singleElement()
			.satisfies(c -> assertThat(c.what()).isEqualTo("check"));
		assertThat(agent("I'll check it today.\n\nFrom: Sam\nSent: Tuesday\nSubject: help\n\nI'll call you tomorrow."))
			.singleElement()
			.satisfies(c -> assertThat(c.what()).isEqualTo("check"));
	}

	@Test
	void reportsSpansThatMatchTheOriginalText() {
		String text = "Hi Ana,\n\nThanks for your patience. I\u2019ll send the NEW label by Friday; "
				+ "you'll have the refund within 3 business days.\nBest, Tom";
		List<Commitment> found = agent(text);
		assertThat(found).hasSize(2);
		for (Commitment c : found) {
			assertThat(text.substring(c.start(), c.end())).isEqualTo(c.span());
		}
		assertThat(found.get(0).span()).isEqualTo("I\u2019ll send the NEW label by Friday");
		assertThat(found.get(0).start()).isLessThan(found.get(1).start());
	}

	@Test
	void splitsTwoPromisesInOneSentence() {
		List<Commitment> found = agent("I'll reset the password now and we'll post the new card on Monday.");
		assertThat(found).extracting(Commitment::what).containsExactly("reset password", "post card");
		assertThat(found.get(1).due()).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
	}

	@Test
	void takesTheDueTimeFromBeforeThePromiseButNotFromItsCondition() {
		assertThat(agent("By Friday you'll have the refund.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-06T17:30+01:00")));
		assertThat(agent("If you send the logs by Friday, I'll look at them.")).singleElement()
			.satisfies(c -> assertThat(c.due()).isNull());
	}

	@Test
	void returnsDueInTheCustomersZone() {
		AnalysisContext tokyo = AnalysisContext.of(Role.AGENT, AT, ZoneId.of("Asia/Tokyo"));
		assertThat(extractor.extract("I'll call you tomorrow.", tokyo)).singleElement()
			.satisfies(c -> assertThat(c.due()).isEqualTo(OffsetDateTime.parse("2026-03-05T17:30+09:00")));
	}

	@Test
	void lowersConfidenceForConditionalPromises() {
		double plain = agent("I'll look at the logs today.").get(0).confidence();
		double conditional = agent("If you send them, I'll look at the logs today.").get(0).confidence();
		assertThat(conditional).isLessThan(plain);
	}

	@Test
	void neverThrowsOnHostileInput() {
		StringBuilder big = new StringBuilder();
		while (big.length() < 1_000_000) {
			big.append("I'll call you back tomorrow. Refunds take 5 days! ");
		}
		byte[] bytes = new byte[5000];
		new Random(7).nextBytes(bytes);
		String binary = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		String[] inputs = { "", " ", "?", "'", "\"", ">", "\n\n\n", binary,
				"<p>I&#39;ll call you <b>tomorrow</b></p><script>x()</script>",
				"\uD83D\uDE00 I'll fix it today \uD83D\uDC4D",
				"\u05D0\u05E0\u05D9 I'll send it by Friday \u0645\u0631\u062D\u0628\u0627", "\uD800 broken surrogate",
				"I'll " + "a".repeat(100_000), "by ".repeat(50_000), "within within within 999999999 days" };
		for (String input : inputs) {
			List<Commitment> found = agent(input);
			for (Commitment c : found) {
				assertThat(input.substring(c.start(), c.end())).isEqualTo(c.span());
				assertThat(c.confidence()).isBetween(0.0, 1.0);
			}
		}
		assertThat(agent("<p>I'll call you tomorrow</p>")).hasSize(1);
	}

	@Test
	void truncatesAMegabyteToTheLengthLimit() {
		StringBuilder big = new StringBuilder();
		while (big.length() < 1_000_000) {
			big.append("I'll call you back tomorrow at 10am and we'll ship it by Friday, ok. ");
		}
		List<Commitment> found = agent(big.toString());
		assertThat(found).isNotEmpty();
		assertThat(found.get(found.size() - 1).end()).isLessThanOrEqualTo(CommitmentExtractor.MAX_CHARS);
	}

	@Test
	void findsEveryRepeatedPromiseInLongReplies() {
		String unit = "Thanks for waiting, I'll check with the warehouse and get back to you within 2 hours. ";
		assertThat(agent(unit.repeat(200))).hasSize(200);
		assertThat(agent(unit.repeat(800))).hasSize(800);
	}
}
