package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordLeadsTests {

	@Test
	void admitsAWordOnlyWhereTheSeparatorAndTheRestFollowIt() {
		WordLeads lead = WordLeads.of("[\\w-]+ (?:won't|will not) (?:budge|move)");
		assertThat(lead).isNotNull();
		String text = "the lid won't budge and the cap will not move";
		assertThat(lead.admits(text, text.indexOf("lid"))).isTrue();
		assertThat(lead.admits(text, text.indexOf("cap"))).isTrue();
		assertThat(lead.admits(text, 0)).as("the next word is no continuation").isFalse();
		assertThat(lead.admits(text, text.indexOf("budge"))).isFalse();
		assertThat(lead.admits("re-do won't move", 0)).as("the class holds the hyphen").isTrue();
		assertThat(lead.admits("box", 0)).as("no separator at the end of the text").isFalse();
		assertThat(lead.admits("box ", 0)).as("nothing after the separator").isFalse();
	}

	@Test
	void triesEveryAllowedNumberOfWords() {
		WordLeads lead = WordLeads.of("((?:[a-z]+ ){1,2})\"only\"");
		assertThat(lead).isNotNull();
		assertThat(lead.admits("one \"only\"", 0)).isTrue();
		assertThat(lead.admits("one two \"only\"", 0)).isTrue();
		assertThat(lead.admits("one two three \"only\"", 0)).as("three words").isFalse();
		assertThat(lead.admits("one two three \"only\"", 4)).isTrue();
		assertThat(lead.admits("One \"only\"", 0)).as("upper case is outside [a-z]").isFalse();
	}

	@Test
	void readsLiteralSeparatorsAndSkipsAssertionsBeforeTheWords() {
		WordLeads colon = WordLeads.of("\\b(?!monday\\b)\\w+: (?:done|over)");
		assertThat(colon).isNotNull();
		assertThat(colon.admits("tuesday: over", 0)).isTrue();
		assertThat(colon.admits("tuesday over", 0)).isFalse();
		WordLeads phrase = WordLeads.of("[\\w']+ of the (?:week|year)");
		assertThat(phrase.admits("idea of the week", 0)).isTrue();
		assertThat(phrase.admits("idea of a week", 0)).isFalse();
	}

	@Test
	void knowsNothingOfOtherShapes() {
		assertThat(WordLeads.of("(?:foo|bar) baz")).as("a literal lead").isNull();
		assertThat(WordLeads.of("[a-z]+s\\s+should")).as("the separator begins inside the class").isNull();
		assertThat(WordLeads.of("[^ ]+ x")).as("a negated class").isNull();
		assertThat(WordLeads.of("\\w* x")).as("words may be absent").isNull();
		assertThat(WordLeads.of("\\w+,? x")).as("an optional separator").isNull();
		assertThat(WordLeads.of("(?i)[a-z]+ x")).as("inline flags").isNull();
		assertThat(WordLeads.of("(?:\\w+ ){0,2}x")).as("no words at all").isNull();
		assertThat(WordLeads.of("(\\w+) ?x")).as("separator outside the group, optional").isNull();
	}

	@Test
	void neverRejectsAPositionWhereTheRegexMatches() {
		List<String> regexes = List.of("[\\w-]+ (?:isn't|is not)(?= ['\"][a-z])", "((?:[\\w-]+ ){1,2})['\"]so['\" ]",
				"\\b[\\w-]+: (?:no|oh no)(?=[.!]|$)", "\\b(?!tin\\b)[a-z]+ of the (?:bin|tin)", "(\\w+ ){2,3}x",
				"[\\w']++ -- ?(?:a|b)", "\\w+ ");
		String alphabet = "aisnot-'\": .!xb_Z ";
		Random random = new Random(5);
		int matches = 0;
		for (String regex : regexes) {
			Pattern pattern = Pattern.compile(regex);
			WordLeads lead = WordLeads.of(regex);
			assertThat(lead).as(regex).isNotNull();
			List<String> texts = new ArrayList<>(List.of("it isn't 'so'", "a b 'so' c-d \"so\"", "day: oh no.",
					"top of the bin", "a b c x", "it's -- b", "x "));
			for (int t = 0; t < 4_000; t++) {
				StringBuilder s = new StringBuilder();
				for (int k = random.nextInt(24); k > 0; k--) {
					s.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				texts.add(s.toString());
			}
			for (String text : texts) {
				Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				for (int p = 0; p < text.length(); p++) {
					if (m.region(p, text.length()).lookingAt()) {
						matches++;
						assertThat(lead.admits(text, p)).as("%s at %d of %s", regex, p, text).isTrue();
					}
				}
			}
		}
		assertThat(matches).isGreaterThan(50);
	}
}
