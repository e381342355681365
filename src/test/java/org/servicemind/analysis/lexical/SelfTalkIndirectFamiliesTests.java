package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

class SelfTalkIndirectFamiliesTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"labelling|Sent the wrong macro twice. Pathetic.",
			"labelling|Mixed up two accounts in front of the auditor. Complete amateur.",
			"labelling|Twenty years on the phones and I still can't do transfers, so what good am I even for.",
			"labelling|Somebody has to be the weak link, and that's me: the weak link.",
			"labelling|Everyone else manages the late shift fine. I must be defective.",
			"labelling|The regional director is a total bully.",
			"all_or_nothing|Missed one module, so the whole course counts for nothing.",
			"all_or_nothing|Either she backs me all the way or she isn't on my side.",
			"all_or_nothing|If I'm not first on the board then I'm nowhere.",
			"all_or_nothing|Three stars from him, might as well be zero.",
			"all_or_nothing|Needing a hand with the audit means I've failed.",
			"all_or_nothing|The pitch went fine until the last slide, so I'd call it a flop.",
			"should_statements|Cried in the car park. Grown adults don't do that.",
			"should_statements|Mustn't ever look lost in front of the trainees.",
			"should_statements|I'm supposed to be the calm one on this team.",
			"should_statements|No moaning allowed, plenty of people would love this job.",
			"should_statements|I have to sort the whole rota on my own.",
			"overgeneralisation|The app crashed again. Nothing in this place ever works.",
			"overgeneralisation|Agents from the north site are always rude.",
			"overgeneralisation|Dropped another call. I'm constantly messing things up.",
			"overgeneralisation|Another wrong postcode, it goes wrong every single time.",
			"mental_filter|Forty good reviews and one grumpy one, and guess which one I reread.",
			"mental_filter|The training day went great except the quiz, and that quiz is the only bit I'll remember.",
			"mental_filter|The survey was glowing, but the one typo means the whole report is ruined for me.",
			"catastrophising|A late reply, then a complaint, then a meeting, then the door.",
			"catastrophising|Slow tickets become bad stats, and bad stats become a warning.",
			"catastrophising|Printer ate the contract. Lawyers next.",
			"catastrophising|One wrong refund and I'm lying awake picturing the whole team getting audited.",
			"fortune_telling|My transfer request will get turned down, mark my words.",
			"fortune_telling|No way they pick me for the trainer role.",
			"fortune_telling|The quarterly review will go badly. It just will.",
			"fortune_telling|I'd put money on the rollout landing on my shift.",
			"mind_reading|Sam left me on read all afternoon. Silence means he's had enough of me.",
			"mind_reading|My lead copied HR into the thread, that's code for a warning.",
			"mind_reading|The new supervisor probably reckons I'm a slacker.",
			"mind_reading|The others must talk about me at lunch.",
			"mind_reading|Bet the trainer thinks I'm hopeless.",
			"personalisation|The whole floor is in a mood today and I'm probably bringing the energy down.",
			"personalisation|The vendor's patch failed overnight but the blame sits with me.",
			"personalisation|The client hung up angry. I wound him up somehow.",
			"personalisation|Sales dipped this quarter. Must be because I was off in June.",
			"emotional_reasoning|My gut says the new manager wants me gone.",
			"emotional_reasoning|Felt tiny walking out of the appraisal. Must have been a bad one.",
			"emotional_reasoning|I dread the team call so much that there must be something wrong.",
			"emotional_reasoning|Something about the reorg feels wrong, which means it's aimed at me.",
			"emotional_reasoning|I feel miles behind everyone. That must mean I'm not cut out for it.",
			"labelling|Who mislabels a whole batch of returns? A hopeless one, that's who. A sorry one.",
			"labelling|Idiot move, replying all with the customer's card details.",
			"should_statements|Not allowed to feel flat. Plenty of people have it worse.",
			"overgeneralisation|No one on nights ever gets a day shift.",
			"fortune_telling|The merger call will end with me out, calling it now.",
			"fortune_telling|Why bother revising, I'll blank anyway.",
			"all_or_nothing|Good day apart from one long hold, so it basically doesn't count.",
			"mental_filter|Great week, but one snippy email, which ruins the whole thing.",
			"catastrophising|A late report means a bad review, and a bad review means no bonus.",
			"mind_reading|The trainer's been waiting for me to trip up since I started.",
			"mind_reading|The whole team probably heard me lose my temper.",
			"mind_reading|She invited everyone but me to the planning session. Says it all about where I stand.",
			"mind_reading|He hasn't replied in a week. Must have decided I'm a lost cause.",
			"labelling|Forgot the customer's name twice in one call. Some professional I am.",
			"labelling|The whole cohort passed first time. Only me who can't get the hang of it.",
			"overgeneralisation|Every awkward caller ends up with me, every single one.",
			"overgeneralisation|Laptop slow again, headset broken again.",
			"all_or_nothing|One late ticket and it's like the whole quarter of good work never happened.",
			"catastrophising|Another complaint like that and I'm on a final warning by Easter.",
			"personalisation|The one day I ask to leave early the system goes down. The universe has it in for me.",
			"emotional_reasoning|I'm so wound up about the audit that I know it'll find something." })
	void findsIndirectFamilies(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A catastrophe of a commute, but I got in by nine and the queue was quiet.",
			"Busy morning, lots of chats, not a disaster at all.",
			"Total failure of the old phone system at ten, the vendor fixed it by lunch.",
			"Lost a client today; he'd already decided to switch before he called.",
			"The ticket queue is going to be long tomorrow, I can feel it, so I booked the extra agent.",
			"Professional development day on Thursday, looking forward to it.",
			"I'll log it, then check the billing, then call him back before five.",
			"She said the new rota is code-reviewed by HR first.",
			"I should ring the courier first thing about the missing parcel.",
			"The coaching went well except the audio dropped once, which the trainer fixed.",
			"Not a single complaint today. Brilliant.",
			"Asked the lead about the reorg; she explained it and it makes sense.",
			"Felt nervous before the panel, which is normal for me. It went fine.",
			"I must be at the depot by seven tomorrow.",
			"Worked through the whole checklist on my own and it was fine.",
			"Anything short of a miracle would not have saved that old server, and that's okay.",
			"The handover is going to be a bit of a scramble, so I wrote notes tonight.",
			"I'm not allowed to share the roster outside the team.",
			"She said the new rota was a sorry one, and we laughed.",
			"Does this count as overtime? Asked payroll.",
			"Checked the settings again, restarted again, and it worked.",
			"Some of the agents I trained are team leads now.",
			"The universe of products we support keeps growing, so I made a cheat sheet.",
			"My fault the invoice went to the old address. Sorted it with the customer this morning." })
	void leavesIndirectHardNegativesAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@Test
	void keepsBlameWhenTheNextSentenceRepairsNothing() {
		assertThat(analyzer.analyze("My fault the invoice went to the old address. Everyone will know by lunch.").distortions())
			.extracting(Distortion::type)
			.contains("personalisation");
	}

	/**
	 * A guard against catastrophic backtracking in the families, not a speed figure (those live in
	 * docs/benchmarks): a 20,000-character entry built to hit the families' gaps must finish within seconds even on a
	 * loaded machine; it takes milliseconds.
	 */
	@Test
	void finishesATwentyThousandCharacterEntryWithoutBacktrackingBlowUp() {
		String chunk = "Then the queue, then the rota, then the shift goes and the week goes. Either we manage or "
				+ "we don't. I feel tired, so maybe. They reckon the printer works. ";
		String entry = chunk.repeat(20_000 / chunk.length() + 1).substring(0, 20_000);
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(entry));
	}
}
