package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DefaultTextAnalyzerTests {

	private final TextAnalyzer lexical = TextAnalyzers.lexicalOnly();

	private static void assertInRange(MessageAnalysis a) {
		assertThat(a.sentiment()).isBetween(-1.0, 1.0);
		assertThat(a.detailPreference()).isBetween(-1.0, 1.0);
		for (double v : List.of(a.anger(), a.politeness(), a.empathy(), a.dismissive(), a.condescending(), a.hostile(),
				a.antagonize(), a.clarity(), a.brevity(), a.distortion())) {
			assertThat(v).isBetween(0.0, 1.0);
		}
		assertThat(a.wordCount()).isNotNegative();
	}

	@Test
	void keepsSignalsInRangeForBadInput() {
		Random random = new Random(7);
		StringBuilder junk = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			junk.append((char) random.nextInt(0xFFFF));
		}
		List<String> texts = List.of("", "   ", junk.toString(), "😡😡😡 !!!!! ???", "مرحبا، لا يعمل الحساب שלום",
				"<script>alert(1)</script><p>Hi</p>", "\u0000\u0001\u0002", "a".repeat(30_000));
		for (String text : texts) {
			for (Role role : Role.values()) {
				assertInRange(lexical.analyze(text, AnalysisContext.of(role)));
			}
		}
	}

	@Test
	void blankCharactersAtTheStartOfAJournalEntryShiftItsDistortions() {
		String entry = "I'm a complete failure at this job.";
		MessageAnalysis plain = lexical.analyze(entry, AnalysisContext.of(Role.JOURNAL));
		assertThat(plain.distortions()).isNotEmpty();
		MessageAnalysis shifted = lexical.analyze("\u00A0 " + entry, AnalysisContext.of(Role.JOURNAL));
		assertThat(shifted.distortions()).hasSameSizeAs(plain.distortions());
		for (int i = 0; i < plain.distortions().size(); i++) {
			Distortion d = shifted.distortions().get(i);
			assertThat(d.type()).isEqualTo(plain.distortions().get(i).type());
			assertThat(d.start()).isEqualTo(plain.distortions().get(i).start() + 2);
			assertThat(("\u00A0 " + entry).substring(d.start(), d.end())).isEqualTo(d.span());
		}
	}

	@Test
	void blankAndInvisibleCharactersAtTheStartChangeNoFindingButShiftItsOffsets() {
		String reply = "Calm down, sir. I'll call you back tomorrow morning.";
		MessageAnalysis plain = lexical.analyze(reply, AnalysisContext.of(Role.AGENT));
		assertThat(plain.findings()).extracting(Finding::category).containsExactly("calm_down");
		assertThat(plain.commitments()).hasSize(1);
		for (String lead : List.of(" ", "\t", "\u00A0", "\u200B", "\uFEFF", "\u200E", " \n \u2060 ")) {
			MessageAnalysis a = lexical.analyze(lead + reply, AnalysisContext.of(Role.AGENT));
			assertThat(a.findings()).as("lead %s", lead.codePoints().boxed().toList()).singleElement().satisfies(f -> {
				assertThat(f.category()).isEqualTo("calm_down");
				assertThat(f.start()).isEqualTo(plain.findings().get(0).start() + lead.length());
				assertThat((lead + reply).substring(f.start(), f.end())).isEqualTo(f.span());
			});
			assertThat(a.commitments()).singleElement()
				.satisfies(c -> assertThat(c.start()).isEqualTo(plain.commitments().get(0).start() + lead.length()));
			assertThat(a.anger()).isEqualTo(plain.anger());
		}
		assertThat(lexical.analyze("<p> Calm down, sir.</p>", AnalysisContext.of(Role.AGENT)).findings())
			.extracting(Finding::category).containsExactly("calm_down");
		assertThat(PlainText.leadingBlank(" \u200B\u00A0x ")).isEqualTo(3);
		assertThat(PlainText.leadingBlank("   ")).isEqualTo(3);
		assertThat(PlainText.leadingBlank("x")).isZero();
	}

	@Test
	void truncatesVeryLongTextAndFlagsIt() {
		String word = "slow ";
		MessageAnalysis a = lexical.analyze(word.repeat(200_000), AnalysisContext.of(Role.CUSTOMER));
		assertThat(a.truncated()).isTrue();
		assertThat(a.wordCount()).isLessThanOrEqualTo(PlainText.MAX_CHARS / word.length() + 1);
		assertThat(lexical.analyze("short text", AnalysisContext.of(Role.CUSTOMER)).truncated()).isFalse();
	}

	/**
	 * Offsets (findings, commitments) count UTF-16 code units (Java chars) of the analysed text: after HTML tags are
	 * stripped (a block end adds a line break), entities decoded and control characters turned into spaces; an emoji
	 * outside the BMP counts 2, a CR of a CRLF counts 1. They are not offsets into the raw input, nor code points, nor
	 * UTF-8 bytes.
	 */
	@Test
	void reportsOffsetsAsUtf16UnitsOfTheAnalysedText() {
		String raw = "<p>Caf\u00e9 &amp; \uD83D\uDE42 ok</p><p>- Calm down.</p>\r\nI'll call you tomorrow.";
		String analysed = PlainText.of(raw).text();
		assertThat(analysed).isEqualTo("Caf\u00e9 & \uD83D\uDE42 ok\n- Calm down.\n\r\nI'll call you tomorrow.");
		MessageAnalysis a = lexical.analyze(raw, AnalysisContext.of(Role.AGENT));
		assertThat(a.findings()).singleElement().satisfies(f -> {
			assertThat(f.start()).isEqualTo(15).isEqualTo(analysed.indexOf("Calm"));
			assertThat(f.span()).isEqualTo(analysed.substring(f.start(), f.end())).isEqualTo("Calm down");
			assertThat(analysed.codePointCount(0, f.start())).isEqualTo(14);
			assertThat(raw.indexOf("Calm")).isEqualTo(28);
		});
		assertThat(a.commitments()).singleElement().satisfies(c -> {
			assertThat(c.start()).isEqualTo(analysed.indexOf("I'll"));
			assertThat(analysed.substring(c.start(), c.end())).isEqualTo(c.span());
		});
	}

	@Test
	void stripsHtmlTagsAndEntities() {
		PlainText.Result r = PlainText.of("<p>Hello&nbsp;<b>world</b> &amp; friends</p><br>Bye <script>x()</script>");
		assertThat(r.text()).contains("Hello").contains("world & friends").contains("Bye").doesNotContain("<")
				.doesNotContain("x()");
		assertThat(PlainText.of("Could you check the <url> please?").text()).contains("<url>");
	}

	@Test
	void scoresSentimentByDirection() {
		AnalysisContext customer = AnalysisContext.of(Role.CUSTOMER);
		assertThat(lexical.analyze("Thank you, this is great and I love it!", customer).sentiment()).isPositive();
		assertThat(lexical.analyze("This is terrible, I hate it and I am furious.", customer).sentiment()).isNegative();
		assertThat(lexical.analyze("This is not good at all.", customer).sentiment()).isNegative();
	}

	@Test
	void addsTheToneOfEmojiToTextWithWords() {
		AnalysisContext customer = AnalysisContext.of(Role.CUSTOMER);
		MessageAnalysis plain = lexical.analyze("Where is my order?", customer);
		MessageAnalysis angry = lexical.analyze("Where is my order? 😡😡😡", customer);
		MessageAnalysis smiling = lexical.analyze("Where is my order? 🙂", customer);
		assertThat(angry.anger()).isGreaterThanOrEqualTo(0.8).isGreaterThan(plain.anger());
		assertThat(angry.sentiment()).isLessThan(plain.sentiment());
		assertThat(smiling.sentiment()).isGreaterThan(plain.sentiment());
		assertThat(smiling.anger()).isEqualTo(plain.anger());
		assertThat(smiling.wordCount()).isEqualTo(plain.wordCount());
	}

	@Test
	void scoresPolitenessOfRequests() {
		AnalysisContext customer = AnalysisContext.of(Role.CUSTOMER);
		double polite = lexical.analyze("Hi, could you please have a look when you get a chance? Thanks a lot!",
				customer).politeness();
		double rude = lexical.analyze("Why the hell is this still broken? Fix it now.", customer).politeness();
		assertThat(polite).isGreaterThan(0.5).isGreaterThan(rude);
		assertThat(rude).isLessThan(0.5);
	}

	@Test
	void appliesRoleRules() {
		String text = "Calm down, I will call you back tomorrow. I always fail at everything. Please explain in detail why.";
		MessageAnalysis customer = lexical.analyze(text, AnalysisContext.of(Role.CUSTOMER));
		assertThat(customer.findings()).isEmpty();
		assertThat(customer.commitments()).isEmpty();
		assertThat(customer.distortions()).isEmpty();
		assertThat(customer.distortion()).isZero();
		MessageAnalysis agent = lexical.analyze(text, AnalysisContext.of(Role.AGENT));
		assertThat(agent.distortions()).isEmpty();
		assertThat(agent.detailPreference()).isZero();
		MessageAnalysis journal = lexical.analyze(text, AnalysisContext.of(Role.JOURNAL));
		assertThat(journal.findings()).isEmpty();
		assertThat(journal.commitments()).isEmpty();
		assertThat(journal.detailPreference()).isZero();
	}

	@Test
	void leavesTheEmbeddingEmptyInTheLexicalTier() {
		assertThat(lexical.analyze("hello", AnalysisContext.of(Role.AGENT)).embedding()).isEmpty();
	}

	@Test
	void countsWords() {
		assertThat(DefaultTextAnalyzer.wordCount("I don't know, 42 times!")).isEqualTo(5);
		assertThat(DefaultTextAnalyzer.wordCount("")).isZero();
	}

	@Test
	void isSafeToShareBetweenThreads() throws InterruptedException {
		AnalysisContext ctx = AnalysisContext.of(Role.CUSTOMER);
		String text = "I am really unhappy with the slow answers, please help.";
		MessageAnalysis expected = lexical.analyze(text, ctx);
		List<Thread> threads = new java.util.ArrayList<>();
		java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
		for (int t = 0; t < 4; t++) {
			Thread thread = new Thread(() -> {
				for (int i = 0; i < 500; i++) {
					MessageAnalysis a = lexical.analyze(text, ctx);
					if (a.sentiment() != expected.sentiment() || a.politeness() != expected.politeness()) {
						mismatches.incrementAndGet();
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(mismatches).hasValue(0);
	}
}
