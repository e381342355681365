package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingLiteralsTests {

	@Test
	void admitsOnlyPositionsWhereALeadingLiteralBegins() {
		LeadingLiterals lead = LeadingLiterals.of("(?:it'?s|that is)\\s+(?:our )?policy");
		String text = "the thing: it's policy, its policy, that is policy, this is it";
		assertThat(lead.admits(text, text.indexOf("it's"))).isTrue();
		assertThat(lead.admits(text, text.indexOf("its "))).isTrue();
		assertThat(lead.admits(text, text.indexOf("that is"))).isTrue();
		assertThat(lead.admits(text, 0)).as("the").isFalse();
		assertThat(lead.admits(text, text.indexOf("this"))).isFalse();
		assertThat(lead.admits(text, text.indexOf("thing"))).isFalse();
	}

	@Test
	void comparesUpToEightCharactersAndStopsAtTheEndOfTheText() {
		LeadingLiterals lead = LeadingLiterals.of("(?:there is|ok) now");
		assertThat(lead.admits("there is now", 0)).isTrue();
		assertThat(lead.admits("therefore", 0)).isFalse();
		assertThat(lead.admits("there i", 0)).as("text ends inside the prefix").isFalse();
		assertThat(lead.admits("\u00e9tat", 0)).isFalse();
		assertThat(LeadingLiterals.of("\u00e9t\u00e9 now")).as("a character outside ASCII ends a prefix").isNull();
		assertThat(lead.admits("ok now", 0)).isTrue();
		assertThat(lead.admits("o", 0)).isFalse();
	}

	@Test
	void extendsPrefixesThroughOptionalPartsAndStopsAtOpenClasses() {
		LeadingLiterals lead = LeadingLiterals.of("x?abc\\w+");
		assertThat(lead.admits("xabcd", 0)).isTrue();
		assertThat(lead.admits("abcd", 0)).isTrue();
		assertThat(lead.admits("xab d", 0)).isFalse();
		assertThat(lead.admits("abd", 0)).isFalse();
	}

	@Test
	void knowsNothingWhenAMatchCanBeginWithAnOpenClassOrTheRegexIsUnsupported() {
		assertThat(LeadingLiterals.of("\\w+ly")).isNull();
		assertThat(LeadingLiterals.of("(?:[a-z]+'ll|will) go")).isNull();
		assertThat(LeadingLiterals.of("ab[0-9]+")).as("two characters: no gain over FirstChars").isNull();
		assertThat(LeadingLiterals.of("(?i)abc")).as("inline flags").isNull();
		assertThat(LeadingLiterals.of("(a)\\1bc")).as("back reference").isNull();
		assertThat(LeadingLiterals.of("abc)")).as("unbalanced").isNull();
	}

	@Test
	void shortensAHugeAlternationInsteadOfGivingUp() {
		List<String> words = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			StringBuilder w = new StringBuilder();
			for (int k = 0; k < 4 + random.nextInt(6); k++) {
				w.append((char) ('a' + random.nextInt(26)));
			}
			words.add(w.toString());
		}
		LeadingLiterals lead = LeadingLiterals.of("(?:" + String.join("|", words) + ") now");
		assertThat(lead).isNotNull();
		for (String w : words) {
			assertThat(lead.admits(w + " now", 0)).as(w).isTrue();
		}
	}

	@Test
	void neverRejectsAPositionWhereTheRegexMatches() {
		List<String> regexes = List.of("(?:it'?s|its|it is|that'?s)\\s+(?:just\\s+)?(?:our|the) (?:policy|rules?)",
				"\\b(?:i|we) (?:can'?t|cannot) (?:do|help)(?: anything| much)?", "(?:a|an|the)? ?(?:x|y)z{2,3}q",
				"(?>ab|a)c|ba+c", "(?:no|not) (?:one|1)\\b", "tr(?:y|ies) (?:to )*again");
		String alphabet = "abcinotyxzq' 1";
		Random random = new Random(11);
		int matches = 0;
		for (String regex : regexes) {
			Pattern pattern = Pattern.compile(regex);
			LeadingLiterals lead = LeadingLiterals.of(regex);
			assertThat(lead).as(regex).isNotNull();
			List<String> texts = new ArrayList<>(List.of("it's our policy", "we can't do anything", "the xzzq",
					"abc bac baac", "not one no 1", "try to to again tries again"));
			for (int t = 0; t < 3_000; t++) {
				StringBuilder s = new StringBuilder();
				for (int k = random.nextInt(20); k > 0; k--) {
					s.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				texts.add(s.toString());
			}
			for (String text : texts) {
				Matcher m = pattern.matcher(text);
				for (int p = 0; p < text.length(); p++) {
					if (m.region(p, text.length()).lookingAt()) {
						matches++;
						assertThat(lead.admits(text, p)).as("%s at %d of %s", regex, p, text).isTrue();
					}
				}
			}
		}
		assertThat(matches).isGreaterThan(6);
	}
}
