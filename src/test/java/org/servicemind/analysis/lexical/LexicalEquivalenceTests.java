package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.SampleTexts;

/** The fast lexical scorers give exactly what their straightforward references give. */
class LexicalEquivalenceTests {

	private static final LexiconSentiment LEXICON = new LexiconSentiment();

	private static final LexiconSentimentReference LEXICON_REFERENCE = new LexiconSentimentReference();

	private static List<String> texts() {
		List<String> texts = new ArrayList<>(SampleTexts.generate(21, 2_000, 80));
		texts.addAll(SampleTexts.generate(22, 10, 800));
		texts.add("");
		texts.add("  \t\n ");
		texts.add("İİİ ΣΣ is\u000Bsent\u001Cwas made. WAS MADE. got\u2003paid");
		texts.add("Kind of GOOD, kind OF... at least not BAD; least (no) good ''' -- don't LOVE it, isn't GREAT!!");
		texts.add("no!! 'no' NO? \"happy\" Caf\u00e9 na\u00efve \u2019great\u2019 can\u2019t HATE :) :-( <3 1st 2NICE");
		return texts;
	}

	@Test
	void lexiconSentimentEqualsItsReference() {
		for (String text : texts()) {
			assertThat(LEXICON.score(text)).as(text).isEqualTo(LEXICON_REFERENCE.score(text));
		}
	}

	@Test
	void politenessNgramsEqualTheirReference() {
		for (String text : texts()) {
			assertThat(PolitenessNgrams.extract(text)).as(text).containsExactly(PolitenessNgramsReference.extract(text));
		}
	}

	@Test
	void politenessFeaturesEqualTheirReference() {
		for (String text : texts()) {
			LexiconSentiment.Scores scores = LEXICON.score(text);
			assertThat(PolitenessFeatures.extract(text, scores)).as(text)
					.containsExactly(PolitenessFeaturesReference.extract(text, scores));
		}
	}

	@Test
	void clarityAndBrevityEqualTheirReference() {
		ClarityScorer fast = new ClarityScorer();
		ClarityScorerReference reference = new ClarityScorerReference();
		for (String text : texts()) {
			assertThat(fast.clarity(text)).as(text).isEqualTo(reference.clarity(text));
			assertThat(fast.brevity(text, 0.3)).as(text).isEqualTo(reference.brevity(text, 0.3));
		}
	}
}
