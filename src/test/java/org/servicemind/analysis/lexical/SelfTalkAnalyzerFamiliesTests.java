package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.Distortion;

class SelfTalkAnalyzerFamiliesTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"all_or_nothing|Either the handover is spotless or the whole week was pointless.",
			"all_or_nothing|I'm a superstar or I'm rubbish, there's no in-between.",
			"all_or_nothing|A typo in the footer and the entire newsletter is a write-off.",
			"all_or_nothing|A 98% score is as good as failing.",
			"all_or_nothing|Anything below full marks on the quiz is pointless.",
			"catastrophising|If the backup fails my reputation here is toast.",
			"catastrophising|That's it, we're doomed, the account is lost.",
			"catastrophising|One missed chat and it all falls apart.",
			"catastrophising|I genuinely can't face one more shouting customer.",
			"catastrophising|This is the beginning of the end for my time on this team.",
			"labelling|What kind of numpty sends the invoice to the wrong address?",
			"labelling|My co-worker is such a lazy waste of space.",
			"labelling|I'm easily the slowest agent on the floor.",
			"labelling|Clueless, that's what I am.",
			"mind_reading|Our supervisor is probably counting every break I take.",
			"mind_reading|My teammates definitely laugh about my emails.",
			"mind_reading|Obviously she hated the way I phrased it.",
			"mind_reading|The whole team reckons I'm out of my depth.",
			"mind_reading|Pretty sure the night shift is fed up with me.",
			"fortune_telling|They'll never let me move to the enterprise queue.",
			"fortune_telling|The audit on Monday is going to go horribly.",
			"fortune_telling|I just know the patch will break something on my watch.",
			"fortune_telling|My manager is going to replace me with the new hire.",
			"fortune_telling|I'm gonna botch the demo in front of everyone.",
			"personalisation|I feel responsible for the whole team's low scores.",
			"personalisation|The rota fell apart and that's on my shoulders.",
			"personalisation|I must have set up the trial wrong, that's why she cancelled.",
			"should_statements|A proper team lead has to know every policy by heart.",
			"should_statements|By now I ought to have the returns policy memorised.",
			"should_statements|I mustn't let the customers hear that I'm tired.",
			"should_statements|My trainer shouldn't have to explain the refund screen again.",
			"overgeneralisation|Whenever I cover the phones the CRM crashes.",
			"overgeneralisation|Same nonsense every shift in this queue.",
			"overgeneralisation|Every time I ask for help I get ignored.",
			"overgeneralisation|The scanner breaks literally every time I touch it.",
			"mental_filter|Two angry calls out of forty and that's all that stuck.",
			"mental_filter|The review was kind, but one comment ruined my whole evening.",
			"mental_filter|All the thank-yous count for nothing next to that one rant.",
			"mental_filter|I keep going back to the moment I froze on the call.",
			"mental_filter|I'm fixated on the single complaint from Tuesday.",
			"emotional_reasoning|I feel so overwhelmed, which proves I can't do this job.",
			"emotional_reasoning|I'm this nervous, so something has to be wrong with my answer.",
			"emotional_reasoning|Feeling guilty means I did something bad.",
			"all_or_nothing|Nearly right is wrong, full stop.", "all_or_nothing|Came second in the quiz, so the month went in the bin.",
			"catastrophising|If the feed breaks tonight it's game over for me.",
			"catastrophising|Missed one invoice and now I'm picturing us going to the papers.",
			"labelling|You complete muppet, you forgot the attachment.",
			"labelling|Useless, a total disappointment as a mentor, that's me.",
			"mind_reading|The trainee logged off thinking I was a bad teacher.",
			"mind_reading|My lead's pause said it all.", "mind_reading|They only asked me along out of pity.",
			"fortune_telling|The client is going to escalate whatever I write.",
			"fortune_telling|Zero chance I make the shortlist.",
			"personalisation|If the launch slips it'll be because of me.",
			"should_statements|I have to sound cheerful on every call no matter what.",
			"overgeneralisation|Anytime I cover reception the phones go down.",
			"overgeneralisation|I never get any thanks for the late shifts.",
			"mental_filter|I can't let go of the moment my voice broke.",
			"mental_filter|Forget the good scores, the one low score is what matters.",
			"emotional_reasoning|It feels true and my gut is never wrong.",
			"catastrophising|This slip will haunt me for the rest of my career.",
			"catastrophising|One more shouting caller and I'm going to fall apart.",
			"mind_reading|The new starters probably think I'm a dinosaur.",
			"mind_reading|Everybody at the stand-up knows I messed up the release.",
			"fortune_telling|I'll be stuck on the phones forever.",
			"personalisation|The backup failed because I didn't check the schedule.",
			"should_statements|Customers should at least say thank you.",
			"overgeneralisation|I never get a quiet weekend.",
			"all_or_nothing|Three stars instead of five, so I've clearly failed.",
			"labelling|I'm just not clever, end of story.",
			"mind_reading|The seniors look at me like I'm a child.",
			"fortune_telling|They'll probably cut my shifts after this.",
			"personalisation|Jo missed the deadline and it's because I didn't remind her.",
			"should_statements|I shouldn't even need a checklist for this.",
			"overgeneralisation|Things never work out for me on this team.",
			"mental_filter|The one sarcastic reply is what stays with me.",
			"all_or_nothing|If it's not a ten, it's a fail.", "catastrophising|This could bankrupt the whole shop.",
			"labelling|I'm the kind of person who ruins every launch.",
			"mind_reading|She went quiet, clearly unimpressed with me.",
			"personalisation|I must have offended him on the call.",
			"should_statements|Good support staff never lose patience.",
			"overgeneralisation|I botch every single refund.",
			"mental_filter|The only part of the call I remember is my mistake.",
			"mental_filter|A lovely week, spoiled by one rude email.",
			"all_or_nothing|The slides weren't perfect, so they were useless.",
			"all_or_nothing|Ninety-five percent right is still wrong.",
			"catastrophising|One wrong figure and we get sued into oblivion.",
			"mind_reading|The panel definitely thought less of me after that answer.",
			"fortune_telling|It's only a matter of time before they find my mistakes.",
			"personalisation|The missed deadline is entirely down to my planning.",
			"should_statements|I'm not allowed to have a bad day here.",
			"overgeneralisation|Nothing I suggest ever lands.",
			"all_or_nothing|Mostly okay means not good enough.", "catastrophising|This one email will end my career.",
			"catastrophising|I keep picturing the worst before every review.",
			"labelling|I'm such a wimp on the phone.", "mind_reading|I bet the whole team thinks I'm a slacker.",
			"fortune_telling|The spot check is going to show how slow I am.",
			"personalisation|The shift went badly and I feel responsible.",
			"should_statements|I mustn't ever sound unsure with a customer.",
			"all_or_nothing|If the report isn't flawless it's worthless.",
			"all_or_nothing|I have to be top of the board, otherwise I'm a total failure.",
			"catastrophising|If the feed fails the whole shop grinds to a halt.",
			"labelling|Typed the wrong account number again. Absolute muppet.",
			"labelling|I'm honestly just a bad communicator.",
			"should_statements|Everyone else can leave on time, but not me.",
			"all_or_nothing|If I'm not the quickest on the rota, I'm useless.",
			"catastrophising|Everything's spiralling and I'll end up with nothing.",
			"mind_reading|I just know my lead is counting every break I take.",
			"fortune_telling|I'll go blank in the panel interview.",
			"fortune_telling|The customer is bound to kick off again tomorrow.",
			"should_statements|I mustn't ever ask for more time.",
			"mental_filter|I can't get past the typo in my first email.",
			"all_or_nothing|If my stats aren't all green I'm basically the worst.",
			"catastrophising|If this leaks the company is toast.",
			"fortune_telling|No way they're gonna pick me for the project.",
			"fortune_telling|The client's gonna freak out at the invoice.",
			"emotional_reasoning|I'm nervous about Monday, so it's definitely gonna be awful." })
	void findsTheFamily(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Either we refund today or we send a replacement, whichever she prefers.",
			"The entire batch of labels is reprinted and ready.", "The next round is on me.",
			"She was probably just busy when she replied so briefly.",
			"Finding parking is a nightmare on Fridays, so I take the bus.",
			"The outage was a disaster for customers; the postmortem is booked.",
			"Customers always ask about gift wrap in November.", "Nobody ever told me about the holiday form, so I asked HR.",
			"It wasn't my fault the courier was late, and I still chased it.",
			"It wasn't because of me that the build broke.",
			"I can't cope with two monitors, so I asked for a bigger one.",
			"We should never quote a date we can't confirm, so I added it to the checklist.",
			"The customer yelled that I'm useless, then apologised at the end.",
			"I used to think one bad score meant I was hopeless.",
			"I was sure the demo would be a disaster and it went fine.",
			"All that matters is that she got her money back.",
			"I was rubbish at spreadsheets a year ago, now I teach the macros course.",
			"I'm bad at names, so I write them in the ticket notes.",
			"It's not the end of the world, I'll resend it tomorrow.",
			"I should have asked sooner; next time I will.",
			"Told myself I'm an idiot, then remembered I'd been up since five.",
			"It's on me to book the team lunch this month.",
			"Not every call goes perfectly and that's okay.",
			"Customers never like price rises, so I've prepared a clear explanation.",
			"It's not all my fault the launch slipped, the scope changed twice.",
			"I used to take every complaint personally; now I look for the lesson.",
			"It was a disaster for the courier company, not for us.",
			"I'm not clever with spreadsheets yet, so I booked the course.",
			"Everyone should read the new returns guide, it's really clear.",
			"A customer snapped at me, but I didn't take it personally.",
			"The loading bay was a total mess today, not our team's fault.",
			"Every time I take a break I come back sharper.",
			"If I can't fix it, I'll escalate it to the billing team.",
			"My lead thinks I'm great with upset callers, which made my day.",
			"I feel responsible for onboarding the new starter this month.",
			"I can't stop thinking about the trip on Saturday, so excited.",
			"I don't know the answer yet, but I'll find out.",
			"I always forget my water bottle, so I've set a reminder." })
	void leavesHardNegativesAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@Test
	void keepsOnlyTheLongerReadingOfOnePhrase() {
		assertThat(analyzer.analyze("That customer was an absolute nightmare.").distortions()).extracting(Distortion::type)
			.containsExactly("labelling");
		assertThat(analyzer.analyze("Either I close every ticket or I'm worthless.").distortions())
			.extracting(Distortion::type)
			.containsExactly("all_or_nothing");
	}

	@Test
	void readsAVerdictDrawnFromAFeelingAsEmotionalReasoning() {
		assertThat(analyzer.analyze("I feel so useless, so I must be a terrible agent.").distortions())
			.extracting(Distortion::type)
			.containsExactly("emotional_reasoning");
	}

	@Test
	void readsAVerdictRightAfterAFeelingAsItsConclusion() {
		assertThat(analyzer.analyze("I feel useless today, which means I am useless.").distortions())
			.extracting(Distortion::type)
			.containsExactly("emotional_reasoning");
	}

	@Test
	void readsMentalFilterEvenWhenItQuotesOthers() {
		assertThat(analyzer.analyze("Nine kind emails, but the one that said I was slow is the only one I keep rereading.")
			.distortions()).extracting(Distortion::type).contains("mental_filter");
	}

	@Test
	void stillFindsTwoDistortionsInSeparatePhrases() {
		assertThat(analyzer.analyze("I always botch the refunds. I'm an idiot.").distortions())
			.extracting(Distortion::type)
			.containsExactlyInAnyOrder("overgeneralisation", "labelling");
	}

	@Test
	void handlesTheContextChecksOnALongTextQuickly() {
		String big = "The customer said it was all my fault. I had lunch. ".repeat(5_000);
		long start = System.nanoTime();
		SelfTalk result = analyzer.analyze(big);
		assertThat(result.distortions()).isEmpty();
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
	}
}
