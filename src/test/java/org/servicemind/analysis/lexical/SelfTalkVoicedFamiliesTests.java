package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

/**
 * Pins each family of {@link SelfTalkVoicedFamilies} with entries worded unlike the development set it was studied
 * on (journal-dev6), and hard negatives that share its words but are healthy: reported insults in quotes, plans,
 * positive labels, feelings followed by a step, and consequence lists without a doom.
 */
class SelfTalkVoicedFamiliesTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"labelling|Memory like a sieve, me.",
			"labelling|Locked myself out of the admin console again. Genius of the year, me.",
			"labelling|Typed the wrong postcode into the courier form. Great job, Einstein.",
			"labelling|The vendor's account manager is a walking headache.",
			"labelling|Their support desk is hopeless from top to bottom.",
			"labelling|The resellers ignored the cut-off again. Chancers, the lot of them.",
			"labelling|I'm not a numbers person, never have been.",
			"labelling|Whatever the job title says, I'm just a glorified ticket router.",
			"labelling|Dropped the headset again. Was I born this clumsy?",
			"labelling|Rookie behaviour from me on that transfer.",
			"labelling|He reckons I'm slow on the phones, and he's right, I'm a passenger.",
			"labelling|Forgot the rota twice this week. Plonker.",
			"all_or_nothing|Skipped one step of the checklist. Might as well not have shown up.",
			"all_or_nothing|Had to ask for help on the last one, so it doesn't count.",
			"all_or_nothing|Got snapped at by one caller. So much for being the reliable one.",
			"all_or_nothing|Lost one parcel out of forty. Handover: ruined.",
			"all_or_nothing|One call dropped, so the shift was a waste.",
			"all_or_nothing|There's no 'almost' in this job.",
			"all_or_nothing|Either I'm on top of every ticket or I'm a liability.",
			"should_statements|Team leads should know better by now.",
			"should_statements|Someone on my pay has no excuse for typos.",
			"should_statements|A person with ten years here ought to remember the transfer codes.",
			"should_statements|I must reply to every ticket within the hour.",
			"should_statements|One sharp caller and I wobbled. I should be above getting rattled.",
			"overgeneralisation|Every single customer who phones this line shouts at me.",
			"overgeneralisation|Managers around here never listen.",
			"overgeneralisation|Another botched install. Why does it always happen to me?",
			"overgeneralisation|Ops turn down literally everything I suggest.",
			"overgeneralisation|The one shift I swap is the busy one. Just my luck.",
			"overgeneralisation|I can't take a single call without something going sideways.",
			"mind_reading|Her reply was one word. She's obviously fed up with me.",
			"mind_reading|Nobody asked me to the planning session. They've clearly written me off.",
			"mind_reading|He sighed when I joined the call. He thinks I'm wasting his time.",
			"mind_reading|I could hear him sighing at me through the headset.",
			"mind_reading|She said the report was thorough. That's manager-speak for too long.",
			"mind_reading|She went quiet after the handover. I'm fairly sure I annoyed her.",
			"fortune_telling|The restructure is on Monday. I already know how this ends.",
			"fortune_telling|New targets again. I can see where this is heading.",
			"fortune_telling|Back on nights. I'll be stuck on this rota for years.",
			"fortune_telling|Put in for the course. No chance they approve it.",
			"fortune_telling|Rough week. Next week will be no different.",
			"fortune_telling|Presenting tomorrow. I'll open my mouth, stumble, and freeze.",
			"catastrophising|If the export failed, payroll's late, people can't pay rent, and it ends up in the papers.",
			"catastrophising|Pushed the wrong firmware to the kiosks. What if they all brick? Refunds, a lawsuit, the press.",
			"catastrophising|The booking engine will crash during the launch, and I'll be out of a job.",
			"personalisation|The call centre missed its target. That's got to be my fault.",
			"personalisation|The parcel went to the wrong depot. If I'd only checked the address.",
			"personalisation|The release slipped a day. Feels like I jinxed it.",
			"personalisation|The queue backed up while I was at lunch. It's squarely my doing.",
			"personalisation|She misunderstood the steps. I must have worded it badly.",
			"emotional_reasoning|If it feels this wrong it probably is.",
			"emotional_reasoning|I feel useless today, so I probably am.",
			"emotional_reasoning|Dreading the audit. My gut's never wrong.",
			"emotional_reasoning|Something's off with the team. Feelings don't lie.",
			"emotional_reasoning|Everyone's ahead of me. Tonight that feels true.",
			"mental_filter|98% of tickets inside target. The 2% though.",
			"mental_filter|Lots of thanks in the survey but I can't see past that one comment.",
			"mental_filter|Been stewing over one remark from the auditor for hours.",
			"mental_filter|Lovely morning, then one rude caller, and now the whole day feels ruined.",
			"mental_filter|One sharp email cancels out all the good feedback." })
	void findsTheVoicedWayOfSayingEachDistortion(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"The customer said 'you people are useless, the lot of you'. I let it go and fixed her billing.",
			"If the migration fails, we roll back, tell the client, and try again on Thursday.",
			"If HR asks, the forms are in the shared drive, and the union rep has a copy.",
			"Everything else went fine but the printer needs toner; ordered some.",
			"I must have left my charger at the depot.",
			"Got praise for the macros, but one had a typo, so I fixed it in five minutes.",
			"I'll be stuck in traffic for ages, so I'm leaving early.",
			"I feel tired, so I'm going to rest this evening.",
			"I felt nervous, so I practised the demo twice.",
			"Priya has the brain of a genius; she fixed it in minutes.",
			"Employee of the month, me. Still can't believe it!",
			"The man is a walking encyclopedia on VoIP.",
			"Are you okay? Honestly, yeah, I am.",
			"They're right, I'm behind on the audit, so I've blocked Friday for it.",
			"If I'm not first in the queue for the new laptops, I'll ask again next week.",
			"Customers from the north always ask about the rural tariff.",
			"She's decided to move to the payroll team.",
			"They're building a case study on our team's migration.",
			"Someone in IT must have set that permission, so they're the ones to chase.",
			"The rebooking was caused by our schedule change, so it doesn't count towards her limit.",
			"If the paperwork is in, we'll settle by the end of the month, and I'll send the letter.",
			"Passengers always ask about the lounge, so I keep the leaflet handy.",
			"Once the contract is signed, we'll celebrate, and my name's on the plaque!",
			"I was the one who set up the new rota, and people seem to like it.",
			"If I'd known the queue was that quiet, I'd have brought a book.",
			"I feel responsible for the new starters this month.",
			"Our lead says the review is a formality for anyone past probation.",
			"She asked me, 'Is it just you on today? No wonder it's slow.' I said yes and got to her soon after.",
			"The outage wasn't my fault and I know that. I still felt rattled, so I took five minutes.",
			"I should be clearer about refunds on the first call. Going to try a new opener tomorrow.",
			"I should have double-checked the address. I've raised a recall with the courier and told her honestly.",
			"Sometimes I feel like I'm not good enough, but I'll trust the data over the feeling today.",
			"Great job from Sam on the audit, he's a star.",
			"If the file is large, zip it, and the upload will go through.",
			"What if we try the other router? Swapped it, and it worked.",
			"I already know how to fix this one, so it'll be quick.",
			"He thinks I'm ready for tier 2, which is nice to hear." })
	void leavesVoicedHardNegativesAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@Test
	void ignoresAnInsultQuotedAfterASpeechVerbButNotTheWritersOwn() {
		assertThat(analyzer.analyze("She said 'you people are all the same, completely hopeless' and hung up.").distortions())
			.isEmpty();
		assertThat(analyzer.analyze("You people are all the same, completely hopeless.").distortions())
			.extracting(Distortion::type)
			.contains("all_or_nothing");
	}

	@Test
	void keepsThePredictionBeforeAConsequenceChain() {
		assertThat(analyzer.analyze("It's going to go wrong, and when it does, the union will be involved.").distortions())
			.extracting(Distortion::type)
			.contains("fortune_telling", "catastrophising");
	}

	@Test
	void openingQuoteSkipsApostrophes() {
		String text = "she said 'it's the end' and left";
		assertThat(SelfTalkAnalyzer.openingQuote(text, text.indexOf("end"))).isEqualTo(text.indexOf('\''));
		assertThat(SelfTalkAnalyzer.openingQuote("it's my fault", 5)).isEqualTo(-1);
		assertThat(SelfTalkAnalyzer.openingQuote("'done' then my fault", 12)).isEqualTo(-1);
	}

	/**
	 * A guard against catastrophic backtracking in the chain and gap families, not a speed figure: a 20,000-character
	 * entry built to hit their gaps (if ..., and ..., then; praise ... but ...) must finish well within seconds.
	 */
	@Test
	void finishesATwentyThousandCharacterEntryWithoutBacktrackingBlowUp() {
		String chunk = "If the queue grows, and the rota slips, then it'll drift, and we'll see, and then HR maybe. "
				+ "Thanks for the praise but one thing, so the day was fine. I feel odd, so I guess. ";
		String entry = chunk.repeat(20_000 / chunk.length() + 1).substring(0, 20_000);
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(entry));
	}
}
