package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Finding;

class NeverSayGuardTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).toList();
	}

	@Test
	void flagsBlamingPolicy() {
		assertThat(categories("Sorry, a refund isn't possible after 30 days. That's company policy."))
			.containsExactly("blaming_policy");
	}

	@Test
	void ignoresPolicyUsedToHelp() {
		assertThat(categories("Our refund policy gives you 30 days, so you're covered.")).isEmpty();
		assertThat(categories("It's not our policy to make you wait, so I've escalated it.")).isEmpty();
	}

	@Test
	void flagsCalmDownEvenWhenNegated() {
		assertThat(categories("Please calm down, sir.")).containsExactly("calm_down");
		assertThat(categories("That is our policy, calm down.")).containsExactly("blaming_policy", "calm_down");
		assertThat(categories("I'm not telling you to calm down, but the engineer is booked.")).containsExactly("calm_down");
	}

	@Test
	void leavesADisownedCalmDownWithNoButAlone() {
		assertThat(categories("I won't ask you to calm down; a month without heating would upset anyone.")).isEmpty();
		assertThat(categories("I get why you're cross and I'm not going to tell you to calm down.")).isEmpty();
		assertThat(categories("No need to calm down for my sake, I'd be livid too.")).isEmpty();
		assertThat(categories("I'm not going to tell you to calm down. However, swearing at the driver won't help."))
			.contains("calm_down");
	}

	@Test
	void countsAnOfferAndANextStepTwoSentencesOnAsNextSteps() {
		assertThat(categories("There's nothing I can do about the strike itself, but the coach leaves at six. Want me to book you on it?"))
			.isEmpty();
		assertThat(categories("I can't say whether the shop will restock. Stock plans aren't sent to us. What I can do is watch the"
				+ " listing for you.")).isEmpty();
		assertThat(categories("There's nothing I can do about the strike.")).containsExactly("nothing_i_can_do");
	}

	@Test
	void cancelsOtherPhrasesAfterANegation() {
		assertThat(categories("I'd never say it's company policy and leave it there.")).isEmpty();
		assertThat(categories("I wouldnt say it's company policy.")).isEmpty();
		assertThat(categories("I won't say it's company policy.")).isEmpty();
		assertThat(categories("Not it's company policy.")).isEmpty();
		assertThat(categories("Honestly, it's company policy.")).containsExactly("blaming_policy");
		assertThat(categories("I don't think you're wrong about the fee.")).isEmpty();
	}

	@Test
	void ignoresTheCustomersOwnWords() {
		assertThat(categories("You said \"calm down\" was what you heard last time. I'm sorry.")).isEmpty();
		assertThat(categories("You wrote that it's not my job to help, and I want to prove otherwise.")).isEmpty();
		assertThat(categories("> That's company policy, they told me.\nI've overridden it and refunded you.")).isEmpty();
		assertThat(categories("Refund sent.\n\nOn Tue, 4 Mar 2025, Ann wrote:\nJust relax, my foot. This is not my problem."))
			.isEmpty();
	}

	@Test
	void acceptsIDontKnowWithANextStep() {
		assertThat(categories("I don't know yet, but I'll check with billing and reply by 3pm.")).isEmpty();
		assertThat(categories("I'm not sure. Let me ask the warehouse and I'll update you tomorrow.")).isEmpty();
	}

	@Test
	void flagsABareIDontKnow() {
		assertThat(categories("I don't know why the parcel is late.")).containsExactly("vague_dont_know");
	}

	@Test
	void readsCurlyApostrophesAndAnyCase() {
		assertThat(categories("THAT\u2019S COMPANY POLICY.")).containsExactly("blaming_policy");
		assertThat(categories("As I\u2019ve already explained, the code expires.")).containsExactly("as_i_said");
	}

	@Test
	void reportsSpansAsOffsetsIntoTheOriginalText() {
		String text = "\uD83D\uDE00 Hi! Obviously you didn\u2019t read it. It\u2019s really simple.";
		List<Finding> findings = guard.scan(text);
		assertThat(findings).extracting(Finding::category).containsExactly("sarcasm", "belittling");
		for (Finding f : findings) {
			assertThat(text.substring(f.start(), f.end())).isEqualTo(f.span());
			assertThat(f.why()).isNotBlank();
			assertThat(f.suggestion()).isNotBlank();
		}
		assertThat(findings.get(0).span()).startsWith("Obviously");
	}

	@Test
	void ordersFindingsByStart() {
		List<Finding> findings = guard.scan("No offense, but you should have read it. As I said, rules are rules.");
		assertThat(findings).extracting(Finding::start).isSorted();
		assertThat(findings).extracting(Finding::category)
			.contains("no_offense", "you_should_have", "as_i_said", "blaming_policy");
	}

	@Test
	void leavesClearRepliesAlone() {
		assertThat(categories("You should have received a confirmation email; I've resent it just in case.")).isEmpty();
		assertThat(categories("It's easy to miss that setting, so here is a screenshot.")).isEmpty();
		assertThat(categories("Not sure which model you have? The serial is under the base.")).isEmpty();
	}

	@Test
	void readsObviouslyAboutOurselvesAsSincere() {
		assertThat(categories("Obviously we want this fixed as much as you do, so I've escalated it.")).isEmpty();
		assertThat(categories("Obviously you didn't check the spam folder.")).containsExactly("sarcasm");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\u0000\u0001\uFFFF\uD800", "<p>Calm down</p><script>x</script>",
			"\u0645\u0631\u062D\u0628\u0627 that's company policy \u05E9\u05DC\u05D5\u05DD", "\uD83D\uDE21\uD83D\uDE21\uD83D\uDE21" })
	void neverThrowsAndStaysInRange(String text) {
		for (Finding f : guard.scan(text)) {
			assertThat(f.start()).isBetween(0, f.end());
			assertThat(f.end()).isLessThanOrEqualTo(text.length());
			assertThat(text.substring(f.start(), f.end())).isEqualTo(f.span());
		}
	}

	@Test
	void survivesRandomBinaryAndAMegabyteOfText() {
		Random random = new Random(7);
		char[] junk = new char[50_000];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (char) random.nextInt(0x3000);
		}
		assertThat(guard.scan(new String(junk))).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(junk.length));
		String sentence = "Thanks for waiting, that's company policy, \"calm down\" she said. ";
		String big = sentence.repeat(1_000_000 / sentence.length() + 1);
		List<Finding> findings = guard.scan(big);
		assertThat(findings).isNotEmpty()
			.allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(NeverSayGuard.MAX_CHARS));
	}

	@ParameterizedTest
	@ValueSource(strings = { "- ", "* ", "\u2022 ", "\u2013 ", "\u2014 ", "+ ", "-", "  - ", "2) ", "\uD83D\uDE42 ",
			"\uD83D\uDE42\uD83D\uDE42 ", "\uD83D\uDC4D\uD83C\uDFFD ", "\u2705 ", "- \uD83D\uDE42 " })
	void takesABulletOrEmojiThatOpensALineAsASentenceStartOutsideTheSpan(String opener) {
		for (String text : List.of(opener + "Calm down.", "Thanks for the photos.\n" + opener + "Calm down, please.",
				"Thanks for the photos.\r\n\r\n" + opener + "Calm down.")) {
			assertThat(guard.scan(text)).as(text).singleElement().satisfies(f -> {
				assertThat(f.category()).isEqualTo("calm_down");
				assertThat(f.span()).isEqualTo("Calm down");
				assertThat(f.start()).isEqualTo(text.indexOf("Calm"));
			});
		}
	}

	@Test
	void readsEveryLexiconsSentenceStartAfterABullet() {
		for (String phrase : List.of("Search me.", "Whatever.", "Sure, sure.", "You'll live.", "Breathe.",
				"Again: the form is on page two.", "Wrong department for that.", "Meh.")) {
			List<String> plain = categories(phrase);
			assertThat(plain).as(phrase).isNotEmpty();
			assertThat(categories("Noted.\n- " + phrase)).as("- " + phrase).isEqualTo(plain);
			assertThat(categories("\uD83D\uDE44 " + phrase)).as("emoji " + phrase).isEqualTo(plain);
		}
	}

	@Test
	void admitsAModelSentenceOnlyWhenTheRulesFiltersWouldKeepIt() {
		String plain = "Honestly, I have nothing for you today.";
		assertThat(guard.admits(plain, "nothing_i_can_do", 0, plain.length())).isTrue();
		String quoted = "You wrote \"nothing you can do for me\" and I hear you.";
		assertThat(guard.admits(quoted, "nothing_i_can_do", 0, quoted.length())).isFalse();
		String withStep = "Nothing comes to mind yet, but I'll ask the warehouse and reply by noon.";
		assertThat(guard.admits(withStep, "vague_dont_know", 0, withStep.length())).isFalse();
		String negated = "I'd never say you should have read the terms.";
		assertThat(guard.admits(negated, "you_should_have", 0, negated.length())).isFalse();
		assertThat(guard.admits(plain, "no_such_category", 0, plain.length())).isFalse();
		assertThat(guard.admits(plain, "calm_down", 5, 3)).isFalse();
	}
}
