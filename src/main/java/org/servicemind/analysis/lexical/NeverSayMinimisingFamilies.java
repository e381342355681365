package org.servicemind.analysis.lexical;

/**
 * Minimising and stonewalling shapes of {@code dismissive} (round 7): the reply shrinks the problem ("hardly the end of
 * the world", "pretty minor in the scheme of things", "par for the course", "most guests wouldn't even notice") or
 * closes the conversation without an answer ("please stop opening new tickets", "we will not enter into further
 * correspondence", "nothing further to discuss", "you're reading too much into it"). Same folded text as the other
 * families (lower case, ASCII apostrophes); every alternative starts at a word and every repetition is bounded. Original
 * to ServiceMind, written from the category definition in docs/analysis/never-say-and-self-talk.md after reading the
 * first-score misses of never-say-dev7.jsonl; hard negatives are in {@code NeverSayMinimisingFamiliesTests}.
 */
final class NeverSayMinimisingFamilies {

	private static final String START = SentenceStart.LOOKBEHIND;

	static final String DISMISSIVE = "(?:not|hardly|isn'?t|is not|wasn'?t|was not) (?:exactly |really |quite )?the end of "
			+ "the world"
			+ "|(?:pretty|fairly|rather|really) minor\\b(?! (?:fix|change|update|correction|adjustment|repair))"
			+ "|minor in the (?:grand )?scheme of things"
			+ "|(?:isn'?t|is not|not|wasn'?t) (?:really |exactly )?(?:something|anything) (?:to get|worth getting) (?:so )?"
			+ "(?:hung up|worked up|upset|excited|stressed) (?:on|about|over)"
			+ "|(?:isn'?t|is not|not|hardly) (?:exactly )?the worst thing (?:that (?:can|could) happen|in the world)"
			+ "|not (?:exactly |really )?life[- ]changing"
			+ "|(?:most|many) (?:people|customers|guests|users|diners|passengers) wouldn'?t (?:even )?(?:notice|mind|care)"
			+ "|(?:statistically|basically|practically) nothing\\b"
			+ "|par for the course"
			+ "|(?:please|kindly|(?:i'?d|i would) (?:kindly )?ask you to) stop (?:calling|phoning|ringing|e-?mailing|writing "
			+ "(?:in|to us)|messaging|contacting us|chasing us|opening (?:new |more )?tickets|raising (?:new |more )?tickets)"
			+ "|(?:not|won'?t|will not|do not intend to|don'?t intend to) (?:be )?(?:enter|entering) into (?:any )?further "
			+ "correspondence"
			+ "|(?:not|won'?t|will not) be (?:addressing|responding to|answering) (?:them|these|those|each|every|your (?:points|"
			+ "questions|comments)) (?:individually|one by one|point by point|further)"
			+ "|not (?:ones|points|questions) (?:we|i) (?:will|shall|are going to) (?:be )?(?:addressing|answering|responding to)"
			+ "|(?:not|won'?t) (?:going to |about to )?dignify\\b"
			+ "|no point (?:in )?(?:asking|writing|chasing|calling|complaining|e-?mailing|contacting us) (?:again|further|any ?more)"
			+ "|nothing (?:new|more|further) to discuss\\b"
			+ "|(?:don'?t|do not|please don'?t) waste (?:the team'?s|our|my|staff'?s?|everyone'?s) time"
			+ "|(?:you'?re|you are) reading (?:far |way |much |a bit |rather )?too much into"
			+ "|(?:you'?re|you are) (?:of course )?entitled to your opinion"
			+ "|what (?:were|was) you expecting (?:from|for|with)"
			+ "|(?:not|isn'?t|is not) (?:something|anything) (?:we|i)(?:'d| would| will|'re going to| are going to) "
			+ "(?:prioriti[sz]e|be prioriti[sz]ing|compensate for|class as (?:a )?(?:fault|failure|service failure))"
			+ "|" + START + "anyway(?:\\.|!|, (?:have you (?:seen|tried|heard)|moving on|on to|back to))";

	private NeverSayMinimisingFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return "dismissive".equals(category) ? DISMISSIVE : null;
	}
}
