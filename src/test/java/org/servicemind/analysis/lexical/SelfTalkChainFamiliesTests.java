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
 * Pins each family of {@link SelfTalkChainFamilies} with sentences written for this test, set away from support work
 * (a bakery, a choir, a landlord, a school gate) so that they read as a writer the rules were not built from, none of
 * which the engine of round 9 found; and near misses that share their words but are healthy: plans after an "if", a
 * date that will be reviewed, a colleague pleased, a joke about the coffee machine, a kind surprise done on purpose, a
 * printer wondered about.
 */
class SelfTalkChainFamiliesTests {

	private final SelfTalkAnalyzer analyzer = new SelfTalkAnalyzer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"catastrophising|If the courier loses the parcel, the shop gets a bad review, and then we lose the franchise.",
			"catastrophising|After the warning it's a hearing, then out.",
			"catastrophising|One late invoice and the suppliers fall like dominoes.",
			"catastrophising|My name will end up in the papers over this.",
			"catastrophising|What if the alarm doesn't go off and by the time anyone notices it's too late?",
			"catastrophising|If the heating breaks again the tenants leave, rent stops, everything goes.",
			"catastrophising|That clumsy email is going to follow me forever.",
			"catastrophising|One bad reference and I'm unemployable in this town.",
			"catastrophising|Missed the first payment and it'll spiral from there.",
			"catastrophising|This one slip could wreck the whole launch.",
			"catastrophising|The lump is probably something serious.",
			"fortune_telling|The examiner is going to be unimpressed by my portfolio.",
			"fortune_telling|The landlord's going to ring back fuming about the leak.",
			"fortune_telling|The pitch is going to tank in front of the whole room.",
			"fortune_telling|I'm going to hate the new rota.",
			"fortune_telling|That's going to happen again next month.",
			"fortune_telling|I'll be the last one on the course to qualify.",
			"fortune_telling|My sister won't call back, why would she.",
			"fortune_telling|I'm not going to last the winter in this warehouse.",
			"fortune_telling|This dinner party will end in tears.",
			"fortune_telling|Nobody's going to trust me with the keys again.",
			"mind_reading|They think our whole department is a joke.",
			"mind_reading|I'm the slowest driver in the depot. Everyone knows it.",
			"mind_reading|The older volunteers are all watching me to fumble the till.",
			"mind_reading|The parents must be wondering why they picked me as coach.",
			"mind_reading|The club only invited me because they had to.",
			"mind_reading|The neighbour does it on purpose to wind me up.",
			"mind_reading|My flatmate is blanking me on purpose.",
			"mind_reading|My aunt is furious, I can tell.",
			"mind_reading|The whole class was laughing at my accent." })
	void findsEachShapeInWordingOfItsOwn(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"If the train is late, I'll grab a coffee, read a chapter, and then head in.",
			"Then I tidied the desk, then I went home.",
			"We played dominoes with the kids after dinner.",
			"If it rains tomorrow, we'll move the picnic indoors, set up games, and have fun anyway.",
			"The plan will go to the board next week, I already know the date.",
			"The client will review the draft on Monday.",
			"My manager will be pleased with the numbers.",
			"I'm going to love the new rota.",
			"They think the new coffee machine is a joke, and honestly so do I.",
			"I think it's a hack, but it works for now.",
			"Everyone knows it's Sam's birthday on Friday.",
			"She did it on purpose to surprise me, which was lovely." })
	void leavesHealthyNearMissesAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"mind_reading|Sent the draft to Lena at nine. Still no reply at four. She's read it and decided it's rubbish.",
			"mind_reading|Gran went quiet on the phone when I said I'd dropped the course. Disappointed, I could hear it.",
			"fortune_telling|The new manager starts Monday. She'll take one look at my numbers and that'll be that.",
			"fortune_telling|Applied for the flat. Not a chance they pick us over the couple with no kids.",
			"fortune_telling|Next quarter's targets are out. Not happening, not for me.",
			"catastrophising|The boiler made a bang. That's the boiler gone, that's hundreds we haven't got, that's Christmas cancelled.",
			"catastrophising|My hands shook during the demo. Word will get round and no one will ever put me in front of a client again.",
			"mind_reading|The receptionist gave me a look when I signed in. She knows I'm not meant to be here.",
			"mind_reading|The group chat went quiet after my message. Classic, they're all rolling their eyes.",
			"catastrophising|The car's making a noise. Engine's going, I'll need a new car, can't afford it, can't get to work.",
			"catastrophising|Coughed all night. Pneumonia probably, off work for weeks, bills piling up.",
			"catastrophising|Son's grades dropped this term. He'll fail his exams, no college, no future." })
	void findsTheShapeWhenTheEntryOnlyHintsAtIt(String type, String text) {
		assertThat(analyzer.analyze(text).distortions()).extracting(Distortion::type).contains(type);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Not a chance of rain tomorrow, says the forecast.",
			"Signed the lease today, and that'll be that for another year.",
			"Word will get round about the bake sale, so bring cakes.",
			"The kettle's broken, I can see it, the light won't come on.",
			"That's the parcel gone, and that's the last job of the day done.",
			"The kids are all rolling their eyes at the magician, and they're all rolling their eyes at the clown.",
			"Booked the dentist, the vet, and the car service, so I can't get to work early tomorrow." })
	void leavesPlainFactsInTheSameWordsAlone(String text) {
		assertThat(analyzer.analyze(text).distortions()).isEmpty();
	}

	@Test
	void readsAContractedWillAsThePredictionItStarts() {
		assertThat(analyzer.analyze("The cake'll collapse in the oven, I already know.").distortions())
			.extracting(Distortion::type).contains("fortune_telling");
	}

	@Test
	void staysFastOnTextBuiltToHitTheGaps() {
		String unit = "If the van is late, then we wait, then we load, and then the day goes on, "
				+ "the board will look at the report and the team will decide, they think it is fine, "
				+ "she does it on purpose, ";
		String text = unit.repeat(20_000 / unit.length() + 1);
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> analyzer.analyze(text));
	}
}
