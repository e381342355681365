package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SelfTalkRulesTests {

	private static final List<String> SETS = List.of("/analysis/journal.jsonl", "/analysis/journal-holdout.jsonl",
			"/analysis/journal-more.jsonl", "/analysis/journal-blind2.jsonl", "/analysis/journal-blind3.jsonl",
			"/analysis/journal-blind4.jsonl", "/analysis/journal-blind5.jsonl", "/analysis/journal-indirect.jsonl",
			"/analysis/journal-indirect2.jsonl", "/analysis/journal-indirect3.jsonl", "/analysis/journal-indirect4.jsonl");

	/** written for this test: every lead, at the start of a text, after punctuation and mid-sentence */
	private static final List<String> OWN = List.of("they'll be a nightmare tomorrow, i just know it.",
			"the review is going to go badly. she's gonna be furious, mark my words",
			"ninety percent right is still wrong. 80 % correct is a fail, mostly right is useless",
			"my manager probably thinks i'm useless and the others must hate me",
			"everyone's going to be awful. it won't work, guaranteed", "i'll never get this right; nobody will help");

	@Test
	void runsLedAlternativesExactlyAsAPlainSearch() throws Exception {
		List<String> texts = new ArrayList<>(OWN);
		for (String set : SETS) {
			for (Map<String, Object> row : LabelledSet.read(set)) {
				texts.add(FoldedText.fold((String) row.get("text")));
			}
		}
		int led = 0;
		int matched = 0;
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			for (SelfTalkLeads.Led l : rule.led()) {
				led++;
				for (String text : texts) {
					GatedPattern.Scan scan = SelfTalkRules.scan(text);
					List<String> fast = new ArrayList<>();
					SelfTalkLeads.forEachMatch(l, text, scan, SelfTalkLeads.starts(l.lead(), text, scan),
							m -> fast.add(m.start() + ":" + m.end()));
					List<String> plain = new ArrayList<>();
					Matcher m = l.pattern().alternative(0).matcher(text);
					while (m.find()) {
						plain.add(m.start() + ":" + m.end());
					}
					assertThat(fast).as("%s on %s", l.pattern().alternative(0), text).isEqualTo(plain);
					matched += plain.size();
				}
			}
		}
		assertThat(led).as("led alternatives").isGreaterThan(30);
		assertThat(matched).as("matches compared").isGreaterThan(50);
	}

	@Test
	void admitsEveryWayALeadCanBegin() {
		assertThat(SelfTalkLeads.Lead.FUTURE.admits("so they'll see", 3)).isTrue();
		assertThat(SelfTalkLeads.Lead.FUTURE.admits("it won't", 3)).isTrue();
		assertThat(SelfTalkLeads.Lead.FUTURE.admits("gonna", 0)).isTrue();
		assertThat(SelfTalkLeads.Lead.FUTURE.admits("so they see", 3)).isFalse();
		assertThat(SelfTalkLeads.Lead.PEOPLE.admits("and the team", 4)).isTrue();
		assertThat(SelfTalkLeads.Lead.PEOPLE.admits("and callers", 4)).isTrue();
		assertThat(SelfTalkLeads.Lead.PEOPLE.admits("and tickets", 4)).isFalse();
		assertThat(SelfTalkLeads.Lead.PERCENT.admits("x 90 % y", 2)).isTrue();
		assertThat(SelfTalkLeads.Lead.PERCENT.admits("ninety percent", 0)).isTrue();
		assertThat(SelfTalkLeads.Lead.PERCENT.admits("ninety per cent", 0)).isFalse();
		assertThat(SelfTalkLeads.Lead.SENTENCE.admits("loser. idiot", 7)).isTrue();
		assertThat(SelfTalkLeads.Lead.SENTENCE.admits("loser!  idiot", 8)).isTrue();
		assertThat(SelfTalkLeads.Lead.SENTENCE.admits("loser\nidiot", 6)).isTrue();
		assertThat(SelfTalkLeads.Lead.SENTENCE.admits("idiot", 0)).isTrue();
		assertThat(SelfTalkLeads.Lead.SENTENCE.admits("a loser, idiot", 9)).isFalse();
	}

	@Test
	void boundsLedStartsByTheLastCueOccurrence() {
		SelfTalkLeads.Led led = SelfTalkRules.RULES.stream().flatMap(r -> r.led().stream())
			.filter(l -> l.lead() == SelfTalkLeads.Lead.PEOPLE && !l.cues().isEmpty()).findFirst().orElseThrow();
		StringBuilder text = new StringBuilder("they");
		led.cues().forEach(set -> text.append(' ').append(set[0]));
		assertThat(led.lastStart(text.toString())).isGreaterThanOrEqualTo(5);
		assertThat(led.lastStart("zzz qqq")).isEqualTo(-1);
	}

	@Test
	void boundsLedStartsAlikeWhenTheScanRulesOutAbsentCues() {
		List<String> texts = new ArrayList<>();
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			for (SelfTalkLeads.Led led : rule.led()) {
				StringBuilder text = new StringBuilder("they said everyone will ");
				led.cues().forEach(set -> text.append(set[set.length - 1]).append(" then "));
				texts.add(text.toString());
			}
		}
		texts.add("i always mess up and they probably think i'm useless. people will never trust me, it's all my fault");
		texts.add("caf\u00e9 na\u00efve \u2019 nothing here");
		for (String text : texts) {
			long[] anchors = SelfTalkRules.scan(text).anchors;
			for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
				for (SelfTalkLeads.Led led : rule.led()) {
					assertThat(led.lastStart(text, anchors)).as(text).isEqualTo(led.lastStart(text));
				}
			}
		}
	}

	@Test
	void leavesNoWordClassLedAlternativeToTheGatedPatterns() {
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			for (int i = 0; i < rule.pattern().size(); i++) {
				String alternative = rule.pattern().alternative(i).pattern();
				assertThat(alternative).as(rule.type()).doesNotContain("(?:\\b" + SelfTalkFamilies.WILL)
						.doesNotContain("(?:\\b" + SelfTalkFamilies.PEOPLE);
			}
		}
	}

	@Test
	void everyContextMatchHoldsOneOfItsCues() throws Exception {
		List<String> texts = new ArrayList<>(List.of("the customer said i was useless, but it was fine in the end.",
				"a year ago i used to think i'm a failure; not my fault, so i asked for help and sorted it",
				"can't wait for friday! i apologised and told the customer, then i realised it was ok",
				"that's okay, which helped. got through it and it went perfectly alright"));
		for (String set : SETS) {
			for (Map<String, Object> row : LabelledSet.read(set)) {
				texts.add(FoldedText.fold((String) row.get("text")));
			}
		}
		int found = 0;
		for (int cue = 0; cue < SelfTalkAnalyzer.CUED.length; cue++) {
			for (String text : texts) {
				Matcher m = SelfTalkAnalyzer.CUED[cue].matcher(text);
				while (m.find()) {
					String match = m.group();
					assertThat(List.of(SelfTalkAnalyzer.CUES[cue])).as("%s in %s", match, text)
						.anyMatch(match::contains);
					found++;
				}
			}
		}
		assertThat(found).as("context matches checked").isGreaterThan(100);
	}
}
