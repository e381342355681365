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
 * Pins each family of {@link SelfTalkVerdictFamilies} with sentences written for this test, set away from support work
 * (a bakery, a choir, a landlord, a school gate) so that they read as a writer the rules were not built from, none of
 * which the engine of round 9 found; and near misses that share their words but are healthy: facts about being tired
 * or new, a volunteer's clipboard, a house not built for three kettles, a policy the same for everyone, a test that
 * counts, luck met with thanks, a procedure done every time, a plan after a feeling.
 */
class SelfTalkVerdictFamiliesTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"all_or_nothing|Two wrong notes in the recital, so I'm not fit to teach piano at all.",
			"all_or_nothing|After that mix-up I shouldn't be trusted with the rota at all.",
			"all_or_nothing|Late again. You can't win.",
			"all_or_nothing|A clean audit is the only result, anything less and it's a failure.",
			"all_or_nothing|A good lesson = no kid looking at the clock.",
			"all_or_nothing|The van broke down and so the whole weekend's gone.",
			"all_or_nothing|Nine goals and one own goal still adds up to a loss.",
			"all_or_nothing|One burnt loaf and the morning is ruined.",
			"all_or_nothing|Good isn't good enough in this kitchen.",
			"labelling|I'm the most disorganised parent at the school gate.",
			"labelling|I'm just a body with a lanyard.",
			"labelling|I'm nothing but a coat hanger for the uniform.",
			"labelling|I'm a trainee who never finishes anything on time.",
			"labelling|I'm such a drag to be around lately.",
			"labelling|My brain is just not wired for numbers.",
			"labelling|What a waste of a place on the course I am.",
			"labelling|I'm basically the family's charity case.",
			"labelling|Me, the clueless one, as ever.",
			"overgeneralisation|The cyclists round here are rude, every one of them.",
			"overgeneralisation|It's the same with every landlord I rent from.",
			"overgeneralisation|Nothing nice at this school ever lasts.",
			"overgeneralisation|Everything bad in this house lands on me.",
			"overgeneralisation|It's always the wrong one when I pick a queue.",
			"overgeneralisation|Every recipe I try ends badly.",
			"overgeneralisation|I can't say anything without someone taking offence.",
			"overgeneralisation|I get the broken trolley every single time.",
			"overgeneralisation|It's one setback after another.",
			"mental_filter|Forty people loved the mural, but that one's the one.",
			"mental_filter|The mark that tells the truth is the low one in maths.",
			"mental_filter|The one bad comment is the real picture.",
			"mental_filter|Burnt the rice, which is what the evening was really about.",
			"mental_filter|Everyone clapped, none of which counts.",
			"mental_filter|The audience was probably just relieved it was over.",
			"mental_filter|The judge probably pressed the wrong button when she gave me first.",
			"mental_filter|The bits I got right are just stuff anyone would get.",
			"mental_filter|Winning the award was a popularity contest.",
			"mental_filter|They picked me for the team, but not because I'm any good.",
			"mental_filter|I should feel proud of the marathon, but my time was slow.",
			"mental_filter|Lovely wedding, but the speech stumble is all, that's all I'll remember.",
			"mental_filter|The note about my handwriting is the bit I'm taking home.",
			"mental_filter|Only the one typo keeps playing over and over.",
			"mental_filter|The good reviews don't really mean much.",
			"mental_filter|Only the criticism stuck.",
			"mental_filter|The praise didn't land at all.",
			"mental_filter|She only thanked me to be polite.",
			"mental_filter|I probably just got lucky with the questions on exam day.",
			"mental_filter|The stall sold out, but that's just because it was sunny.",
			"personalisation|Whatever goes wrong at the reunion, that's me.",
			"personalisation|My nephew missed the bus because I didn't wake him.",
			"personalisation|Every mistake the apprentice makes is one I made.",
			"personalisation|I've basically driven him to quit the band.",
			"personalisation|The team's league position is a verdict on me as a person.",
			"should_statements|A good parent has to be patient no matter what.",
			"should_statements|Landlords need to fix things properly, not whenever they feel like it.",
			"should_statements|We're not allowed to cry in the kitchen.",
			"should_statements|An adult would never panic over a parking ticket.",
			"emotional_reasoning|I feel clumsy in the dance class, which proves I'm not built for it." })
	void findsEachShapeInWordingOfItsOwn(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I wondered if the printer was broken, so I checked the tray.",
			"If I'm not sure of an answer, I'm going to ask.",
			"I'm not fit to drive after that long shift at all, so I took the bus.",
			"The whole weekend's booked for the wedding.",
			"One coffee and the morning is sorted.",
			"I'm the newest on the team and still learning.",
			"I'm just a volunteer with a clipboard on Saturdays, and I like it.",
			"I'm a nurse who never misses a handover.",
			"I'm a pain in the neck about tidy desks, my team jokes.",
			"The wiring in this old house isn't built for three kettles.",
			"Every one of them said thank you at the end.",
			"It's the same for every customer, that's the policy.",
			"Nothing good on telly tonight, so I read.",
			"The one that really counts is the driving test next month.",
			"That's what the meeting was about: the new rota.",
			"She said the cake was lovely and she meant it.",
			"None of the doors were locked.",
			"I got lucky, honestly, and I'm grateful for it.",
			"Regardless of the weather, the fete went ahead.",
			"My nephew missed the bus because it came early.",
			"A good nurse has to wash hands every single time, and we do.",
			"Felt tired after the run, which means I should stretch more.",
			"I always forget my keys, so I've set a reminder." })
	void leavesHealthyNearMissesAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"all_or_nothing|The cake sank in the middle. Whole thing's ruined, bin it.",
			"all_or_nothing|Nine out of ten stalls sold out. The tenth didn't, so the fair was a flop.",
			"labelling|Snapped at the kids over homework. Great mum I am.",
			"labelling|Burnt the toast twice. I'm a walking hazard in a kitchen.",
			"labelling|Can't even park straight. Hopeless specimen.",
			"labelling|Cried in the car park. Soft as butter, that's what I am.",
			"overgeneralisation|The bus was late again. Of course it was. Nothing in this town runs on time, ever.",
			"overgeneralisation|My plants died again. Anything I look after dies.",
			"overgeneralisation|Burnt the roast. Every Sunday dinner I cook ends up in the bin.",
			"mental_filter|Lovely holiday, apart from the delayed flight home. That flight is the holiday now.",
			"mental_filter|Raised 400 pounds for the hospice. Fell short of the 500 though, so it doesn't feel like much.",
			"mental_filter|My report was mostly praise, one line about punctuality. Guess which line I learned by heart.",
			"personalisation|Dad's been quiet since I moved out. I've done that to him.",
			"personalisation|The dog got out because I left the gate. Well, the wind took it, but still, me.",
			"personalisation|Team lost the quiz by one point. Mine was the wrong answer on question six. Lost it for all of us.",
			"should_statements|Took a nap at 3pm. Lazy. Adults don't nap.",
			"should_statements|Needed help with the flat-pack. Any grown man can build a wardrobe.",
			"should_statements|Cried at the vet. You're supposed to be the strong one for the kids.",
			"emotional_reasoning|Woke up with a sense of dread, so today's going to be bad.",
			"overgeneralisation|My sister forgot my birthday. Nobody in this family remembers anything about me.",
			"overgeneralisation|The printer jammed on my document. Machines hate me, all of them.",
			"overgeneralisation|Told off for being late once. Now I'm the late one, forever.",
			"overgeneralisation|Rained on my day off. Typical, every single time.",
			"overgeneralisation|Didn't get picked for the five-a-side. Same story my whole life.",
			"mental_filter|Fifty people at the launch and one walked out early. I know which face I'll be seeing tonight.",
			"mental_filter|Passed the driving test with two minors. Two. Can't stop counting them.",
			"all_or_nothing|Didn't make the top three. Might as well have come last.",
			"all_or_nothing|Unless I can do it properly, there's no point doing it.",
			"personalisation|My friend looked tired at lunch. I've been too much lately, I wear people out.",
			"personalisation|The party ended early. I must have killed the mood.",
			"personalisation|The project got cancelled. I bet my presentation sealed it." })
	void findsTheShapeWhenTheEntryOnlyHintsAtIt(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Adults don't need a booster seat in the car.",
			"You're supposed to bring photo ID to the polling station.",
			"The whole thing's booked for Saturday.",
			"Every jar I open ends up on the top shelf.",
			"Calm under pressure, that's what I am on a good day.",
			"Unless the paint is dry properly, there's no point starting the second coat.",
			"Typical, every single time I bake, the neighbours come round for cake." })
	void leavesPlainFactsInTheSameWordsAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@Test
	void staysFastOnTextBuiltToHitTheGaps() {
		String unit = "If I am not sure I ask, anything under that and it is fine, the rest, every one of them, "
				+ "nothing good or bad ever, but the one that the bit I am taking home, which is what it was about, "
				+ "every mistake the ";
		String text = unit.repeat(20_000 / unit.length() + 1);
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> analyzer.analyze(text));
	}
}
