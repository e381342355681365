package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agent replies that name the customer's feelings are kind, not angry or condescending; rude replies keep their
 * scores. Every text is original test wording.
 */
class AcknowledgedFeelingsTests {

	/** Kind acknowledgements: anger, condescending and dismissive must stay below {@link #CALM}. */
	static final List<String> KIND = List.of(
			"I can imagine how annoying it is to be kept waiting like this.",
			"Your anger is completely understandable after three failed deliveries.",
			"It makes sense that you're upset, and I'd feel the same.",
			"I know this has been infuriating, and I'm going to fix it today.",
			"You've every reason to be furious about the double charge.",
			"I can't imagine how stressful this week has been for you, and I'm sorry we added to it.",
			"It's no wonder you're fed up after being passed between three teams.",
			"Honestly, you have every right to be annoyed about the missing parcel.",
			"Thanks so much for bearing with us while we sorted the outage, you've been incredibly patient.",
			"I understand your frustration completely; I've refunded the extra charge this morning.",
			"That sounds really infuriating, and I would feel exactly the same in your shoes.",
			"I'd be furious too if my order arrived broken twice. I'm sending a replacement today.",
			"I hear how upset you are, and I want to put this right.",
			"Please accept my apologies for the confusion and the upset our emails caused.",
			"I know how maddening it is to wait on hold, so I've booked you a callback at 3pm.",
			"I'm sorry you've been left feeling ignored; that's not the service we want to give.");

	/** Rude replies, some of which mention the customer's feelings to deny or blame them. */
	static final List<String> RUDE = List.of("Calm down, you're overreacting.",
			"Obviously you didn't read the instructions.", "That's not our problem, deal with it.",
			"I don't see why you're so upset about a two-day delay.",
			"Honestly, your frustration is your own doing, you should have read the terms.");

	static final double CALM = 0.4;

	private final TextAnalyzer standard = TextAnalyzers.standard();

	@Test
	void scoresKindAcknowledgementsAsCalmInAgentReplies() {
		for (String text : KIND) {
			MessageAnalysis a = standard.analyze(text, AnalysisContext.of(Role.AGENT));
			assertThat(a.anger()).as(text).isLessThan(CALM);
			assertThat(a.condescending()).as(text).isLessThan(CALM);
			assertThat(a.dismissive()).as(text).isLessThan(CALM);
			assertThat(AcknowledgedFeelings.find(text)).as(text).isNotEmpty();
		}
	}

	@Test
	void keepsRudeRepliesHigh() {
		for (String text : RUDE) {
			MessageAnalysis a = standard.analyze(text, AnalysisContext.of(Role.AGENT));
			assertThat(Math.max(a.anger(), Math.max(a.condescending(), a.dismissive()))).as(text).isGreaterThan(0.7);
		}
	}

	@Test
	void leavesRepliesWithoutAcknowledgementOrWithADenialUntouched() {
		for (String text : List.of("Calm down, you're overreacting.", "Obviously you didn't read the instructions.",
				"I don't see why you're so upset about a two-day delay.", "There's no reason to be angry about it.",
				"Thanks for nothing, I guess.", "Stop being so frustrated, it's only a form.",
				"Honestly, your frustration is your own doing, you should have read the terms.",
				"Your anger isn't helping anyone here.", "So you're worried about a two-pound fee?",
				"You must be mad to think we would refund that.")) {
			assertThat(AcknowledgedFeelings.without(text)).as(text).isEqualTo(text);
		}
	}

	@Test
	void takesOutOnlyTheAcknowledgingPhrase() {
		assertThat(AcknowledgedFeelings.without("I'm sorry for the frustration this has caused you."))
			.isEqualTo("I'm sorry.");
		assertThat(AcknowledgedFeelings.without("I understand you're angry, but shouting won't help."))
			.isEqualTo("I understand, but shouting won't help.");
		assertThat(AcknowledgedFeelings.without("I completely understand how frustrating this must be."))
			.isEqualTo("I completely understand.");
		assertThat(AcknowledgedFeelings.without("Thank you so much for your patience, you have been wonderful."))
			.isEqualTo(",.");
	}

	@Test
	void neverRaisesAScoreAndKeepsEmpathy() {
		TextAnalyzer lexical = TextAnalyzers.lexicalOnly();
		String text = "I completely understand how frustrating this must be, and I'm sorry for the trouble.";
		MessageAnalysis agent = lexical.analyze(text, AnalysisContext.of(Role.AGENT));
		MessageAnalysis rest = lexical.analyze(AcknowledgedFeelings.without(text), AnalysisContext.of(Role.AGENT));
		assertThat(agent.anger()).isLessThanOrEqualTo(rest.anger());
		assertThat(agent.empathy()).isGreaterThan(rest.empathy());
	}
}
