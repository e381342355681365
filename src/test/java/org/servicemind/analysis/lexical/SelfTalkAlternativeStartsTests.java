package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule tier tries a self-talk match only where a word starts ({@link GatedPattern}), so an alternative of a family
 * whose every match would begin with an apostrophe ("'ll ...", "'s really on me") can never match. Round 10 found two.
 */
class SelfTalkAlternativeStartsTests {

	private static final List<String> FAMILIES = List.of(SelfTalkFamilies.ALL_OR_NOTHING,
			SelfTalkFamilies.LABELLING,
			SelfTalkFamilies.SHOULD_STATEMENTS,
			SelfTalkFamilies.OVERGENERALISATION,
			SelfTalkFamilies.MENTAL_FILTER,
			SelfTalkIndirectFamilies.LABELLING,
			SelfTalkIndirectFamilies.ALL_OR_NOTHING,
			SelfTalkIndirectFamilies.SHOULD_STATEMENTS,
			SelfTalkIndirectFamilies.OVERGENERALISATION,
			SelfTalkIndirectFamilies.MENTAL_FILTER,
			SelfTalkIndirectFamilies.CATASTROPHISING,
			SelfTalkIndirectFamilies.FORTUNE_TELLING,
			SelfTalkIndirectFamilies.MIND_READING,
			SelfTalkIndirectFamilies.PERSONALISATION,
			SelfTalkIndirectFamilies.EMOTIONAL_REASONING,
			SelfTalkInferenceFamilies.CATASTROPHISING,
			SelfTalkInferenceFamilies.MIND_READING,
			SelfTalkInferenceFamilies.FORTUNE_TELLING,
			SelfTalkInferenceFamilies.PERSONALISATION,
			SelfTalkInferenceFamilies.EMOTIONAL_REASONING,
			SelfTalkVoicedFamilies.LABELLING,
			SelfTalkVoicedFamilies.ALL_OR_NOTHING,
			SelfTalkVoicedFamilies.SHOULD_STATEMENTS,
			SelfTalkVoicedFamilies.OVERGENERALISATION,
			SelfTalkVoicedFamilies.MIND_READING,
			SelfTalkVoicedFamilies.FORTUNE_TELLING,
			SelfTalkVoicedFamilies.CATASTROPHISING,
			SelfTalkVoicedFamilies.PERSONALISATION,
			SelfTalkVoicedFamilies.EMOTIONAL_REASONING,
			SelfTalkVoicedFamilies.MENTAL_FILTER,
			SelfTalkPlainFamilies.ALL_OR_NOTHING,
			SelfTalkPlainFamilies.CATASTROPHISING,
			SelfTalkPlainFamilies.FORTUNE_TELLING,
			SelfTalkPlainFamilies.LABELLING,
			SelfTalkPlainFamilies.MIND_READING,
			SelfTalkPlainFamilies.OVERGENERALISATION,
			SelfTalkPlainFamilies.PERSONALISATION,
			SelfTalkPlainFamilies.SHOULD_STATEMENTS,
			SelfTalkPlainFamilies.MENTAL_FILTER,
			SelfTalkPlainFamilies.EMOTIONAL_REASONING,
			SelfTalkChainFamilies.CATASTROPHISING,
			SelfTalkChainFamilies.FORTUNE_TELLING,
			SelfTalkChainFamilies.MIND_READING,
			SelfTalkVerdictFamilies.ALL_OR_NOTHING,
			SelfTalkVerdictFamilies.LABELLING,
			SelfTalkVerdictFamilies.OVERGENERALISATION,
			SelfTalkVerdictFamilies.MENTAL_FILTER,
			SelfTalkVerdictFamilies.PERSONALISATION,
			SelfTalkVerdictFamilies.EMOTIONAL_REASONING,
			SelfTalkVerdictFamilies.SHOULD_STATEMENTS);

	/** a top-level alternative that opens, after an optional word boundary, with an apostrophe or a group of contractions */
	private static final Pattern APOSTROPHE_START = Pattern.compile("^(?:\\\\b)?(?:\\(\\?:)?'");

	@Test
	void everyFamilyAlternativeCanBeginAtAWordStart() {
		List<String> dead = new ArrayList<>();
		for (String family : FAMILIES) {
			for (String alternative : RegexLiterals.splitTopLevel(family)) {
				if (APOSTROPHE_START.matcher(alternative).find()) {
					dead.add(alternative);
				}
			}
		}
		assertThat(dead).isEmpty();
	}

	@Test
	void theCheckSpotsAnAlternativeThatOpensWithAContraction() {
		assertThat(APOSTROPHE_START.matcher("\\b(?:'ll|will) fail\\b").find()).isTrue();
		assertThat(APOSTROPHE_START.matcher("\\b(?:[a-z]+'ll|will) fail\\b").find()).isFalse();
	}
}
