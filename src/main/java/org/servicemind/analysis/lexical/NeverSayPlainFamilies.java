package org.servicemind.analysis.lexical;

/**
 * Plain-spoken shapes of four never-say categories (round 9): a flat contradiction with no softening
 * ({@code you_are_mistaken}: "that didn't happen", "you're remembering a different visit", a negated verb before the
 * customer's word in scare quotes), a door closed by an idiom ({@code nothing_i_can_do}: "my hands are tied", "that ship
 * has sailed", "as far as I can take it"), repetition counted out loud ({@code as_i_said}: "for the fourth time", "in my
 * last two emails", "I've explained this twice") and orders about tone ({@code calm_down}: "shouting at my colleagues
 * won't change it", "keep this civil", "once you've cooled off"). Same folded text as the other families (lower case,
 * ASCII apostrophes); every alternative starts at a word and every repetition is bounded, so matching stays linear.
 * Original to ServiceMind, written from the category definitions in docs/analysis/never-say-and-self-talk.md after
 * grouping the misses of the tune split of never-say-dev7.jsonl (docs/analysis/never-say-round9.md); hard negatives
 * are in {@code NeverSayPlainFamiliesTests}.
 */
final class NeverSayPlainFamilies {

	private static final String START = SentenceStart.LOOKBEHIND;

	/** no apology or admission in the rest of the sentence */
	private static final String NO_APOLOGY = "(?![^.!?\\n]{0,80}\\b(?:sorry|apologi|our (?:mistake|fault|error)|my (?:mistake|"
			+ "fault|error)|should have))";

	private static final String COUNT = "(?:two|three|four|five|six|several|\\d+)";

	static final String YOU_ARE_MISTAKEN = "(?<!if )(?<!whether )(?:that|this|it) (?:simply |just |never |absolutely |definitely )?"
			+ "(?:didn'?t|did not|never) happen(?:ed)?(?=\\s*[.!,;]|$)"
			+ "|there is no version of events"
			+ "|(?<!if )(?:you'?re|you are|you must be) (?:remembering|thinking of|looking at|confusing (?:it|this|us) with) "
			+ "(?:a |the )?(?:different|wrong|another|other)\\b"
			+ "|(?:you'?re|you are) (?:remembering|recalling) (?:it|that|this|the [\\w-]+(?: [\\w-]+)?) (?:incorrectly|wrongly|wrong)"
			+ "|whatever you(?: think you)?(?: read| saw| heard| received|'re seeing| are seeing|'re looking at| are looking at|"
			+ " think the [\\w-]+ says)\\b(?=[^.!?\\n]{0,70}\\b(?:(?:is|was) (?:wrong|incorrect|mistaken)|isn'?t|wasn'?t|is not|"
			+ "was not|it'?s not|not there)\\b)"
			+ "|(?:no ?one|no-one|nobody|no member of (?:staff|the team)) (?:from|at|on|in) (?:our|the|this) [\\w-]+(?: [\\w-]+)? "
			+ "(?:ever )?(?:told|promised|said|agreed|offered|confirmed|rang|called)\\b" + NO_APOLOGY
			+ "|at no point did (?:our|we|i|anyone|anybody|the|any)\\b"
			+ "|(?:your|the) (?:claim|assertion|suggestion|allegation|idea|contention|statement) that\\b(?=[^.!?\\n]{0,120}\\b(?:"
			+ "doesn'?t hold|does not hold|not consistent|inconsistent|untrue|not true|does not match|doesn'?t match|not supported|"
			+ "not borne out)\\b)"
			+ "|(?:does not|doesn'?t|do not|don'?t) match the facts"
			+ "|you (?:just|simply) (?:didn'?t|did not|never) (?:see|notice|noticed|read|spot|spotted)\\b"
			+ "|[\\w-]+ (?:isn'?t|is not|aren'?t|are not|wasn'?t|hasn'?t|has not|didn'?t|did not|doesn'?t|does not|don'?t|do not|"
			+ "can'?t|cannot)(?= ['\"][a-z])"
			+ "|" + START + "nope[,.!]? (?:the|that|this|it|we|you|they)\\b(?=[^.!?\\n]{0,50}\\b(?:didn'?t|did not|wasn'?t|was not|never|isn'?t|"
			+ "is not|doesn'?t|hasn'?t)\\b)"
			+ "|you (?:were|have|had) (?:never|not) (?:been )?(?:charged|billed|debited) twice"
			+ "|you (?:weren'?t|haven'?t been|hadn'?t been) (?:charged|billed|debited) twice"
			+ "|(?:we|i) (?:did not|didn'?t|never|have not|haven'?t) (?:charge|bill|debit|charged|billed|debited) you twice"
			+ "|(?:wrong|late|mistaken)[^.!?\\n]{0,30}, simple as(?: that)?\\b";

	static final String NOTHING_I_CAN_DO = "(?:my|our) hands are (?:tied|completely tied)"
			+ "|(?:the )?end of the road\\b"
			+ "|as far as (?:i|we) (?:can|could) (?:go|take (?:it|this|that))\\b"
			+ "|(?:that|the) ship has sailed"
			+ "|" + START + "that'?s that(?=\\s*[.!,]| i'?m afraid)"
			+ "|when (?:they'?re|it'?s|they are|it is) gone,? (?:they'?re|it'?s|they are|it is) gone"
			+ "|nothing for it but\\b|nothing doing\\b"
			+ "|(?:can'?t|cannot) (?:go back in time|change the past|turn back (?:time|the clock))"
			+ "|no (?:scope|room) (?:to|for) (?:reduce|reducing|change|changing|move|moving|negotiate|reverse)"
			+ "|no (?:further |other )?(?:action|options?|steps?) (?:available|open) to (?:us|me)"
			+ "|(?:we|i) (?:now )?consider (?:this|the) (?:case|ticket|complaint) (?:closed|concluded|resolved)"
			+ "|not (?:much|a lot) (?:more |else )?(?:i|we|anyone|anybody|anyone here|[\\w-]+) (?:can|could) (?:do|suggest)\\b"
			+ "|(?:isn'?t|is not|there'?s not) anything (?:further|more|else) to be done"
			+ "|no way (?:round|around) (?:it|this|that)\\b"
			+ "|nothing (?:else |further |more )to add\\b"
			+ "|draw a line under (?:it|this|that)"
			+ "|(?:a )?bit late now\\b|(?:we'?re|we are) past that point"
			+ "|(?:sits|is|falls) outside anything (?:i|we) (?:can|could)"
			+ "|(?:i|we)(?: have| get|'ve got) zero say\\b"
			+ "|(?:that'?s|this is|it is|it'?s) (?:really |simply )?where (?:it|this|our involvement|my involvement) ends"
			+ "|(?:not|never) (?:something that'?s )?going to be reversed|the decision has been made\\b"
			+ "|no further correspondence will be entered into"
			+ "|will not be corresponding further|(?:unable|not able) to comment further"
			+ "|(?:this|the|your) (?:ticket|case) will (?:now )?be closed(?=\\s*[.!]|$)"
			+ "|(?:can'?t|cannot) magic (?:up )?(?:a|an|another|one)\\b"
			+ "|(?:nobody|no ?one|no-one) (?:here )?can (?:stop|change|reverse|undo) (?:it|this|that)\\b"
			+ "|neither can anyone(?: else)?(?: here)?\\b"
			+ "|(?:these|such) things take as long as they take"
			+ "|(?:we'?ll|we will|you'?ll|you will) (?:just )?have to wait and see";

	static final String AS_I_SAID = "(?:for|what must be) the (?:third|fourth|fifth|sixth|seventh|final|last|"
			+ "\\d+(?:rd|th)) time\\b" + NO_APOLOGY
			+ "|(?:i'?ll|i will|i'?m going to|let me|let'?s|to) (?:go over|explain|recap|run through|say|repeat|spell out|try "
			+ "(?:to explain|explaining|again))\\b[^.!?\\n]{0,40}\\bone (?:more|last|final) time"
			+ "|(?:to recap|to repeat|to go over this|once more|once again),? (?:one (?:last|final|more) time|for (?:clarity|"
			+ "the record|the avoidance of doubt)|with feeling)"
			+ "|one more go at (?:this|it)\\b"
			+ "|(?:my|our) (?:last|previous|prior|earlier) " + COUNT + " (?:messages|emails|e-mails|replies|letters|responses)"
			+ NO_APOLOGY
			+ "|(?:in|of|each of) (?:my|our) " + COUNT + " previous (?:messages|emails|e-mails|replies|letters|responses)"
			+ "|each of (?:my|our) (?:previous|last|prior) (?:messages|emails|e-mails|replies|letters|responses)"
			+ "|(?:i'?ve|i have|we'?ve|we have) (?:now |already )?(?:explained|covered|answered|set out|told you|outlined|gone "
			+ "over)\\b(?![^.!?\\n]{0,30}\\bto (?:the|them|our|my|a|an|him|her)\\b)[^.!?\\n]{0,60}\\b(?:twice|three times|several times|" + COUNT + " times|on " + COUNT
			+ " (?:separate )?occasions)"
			+ "|as (?:i'?ve|i have|we'?ve|we have) (?:had to )?(?:explain|explained|say|said|tell|told|mention|mentioned)"
			+ "|(?:since|as) you(?:'ve| have)? (?:now )?asked (?:this |that |the same (?:question )?)?(?:twice|three times|"
			+ "several times|" + COUNT + " times)"
			+ "|i did flag (?:this|that|it)\\b|you keep asking the same\\b|the same question you asked"
			+ "|(?:we|i) keep having this (?:exact |same )?conversation|(?:been|gone) (?:round|over) this (?:a few|several|many|"
			+ "" + COUNT + ") times"
			+ "|(?:you'?ve|you have) been told (?:this|that|the answer)\\b[^.!?\\n]{0,40}\\b(?:twice|times|by " + COUNT + ")"
			+ "|(?:go|say it|take it|explain it) (?:really |very |nice and )?slower(?: this time)?\\b";

	static final String CALM_DOWN = "(?:shouting|yelling|swearing|screaming|insulting [\\w ]{1,20}|being rude)\\b[^.!?\\n]{0,40}"
			+ "\\b(?:won'?t|will not|isn'?t going to|is not going to|doesn'?t|does not) (?:change|get|help|make|speed)\\b"
			+ "|cool(?:ed)? off\\b|(?:discuss|talk about|speak about) (?:it|this|things) calmly"
			+ "|(?:keep|keeping) (?:this|it|things|the conversation|this conversation|your (?:messages|language|emails|replies|"
			+ "tone)) (?:in proportion|civil|polite|respectful)"
			+ "|(?:take|bring|tone) (?:the tone|it|things) down a (?:notch|bit|peg)|moderate your (?:language|tone)"
			+ "|let'?s not (?:be so dramatic|be dramatic|exaggerate|overreact|get carried away|turn)\\b"
			+ "|(?:you'?re|you are) (?:getting|being) (?:a bit |a little |rather |really |quite |very )*(?:carried away|"
			+ "aggressive|hysterical|dramatic|over the top|melodramatic)"
			+ "|(?:rather|a bit|a little|way|completely|wildly) out of proportion"
			+ "|(?:making|blowing) (?:this|it) (?:much |a lot |far |way )?(?:bigger than it is|out of proportion)"
			+ "|not a crisis line|take it out on (?:me|us|my|the)\\b"
			+ "|what (?:you'?re|you are) so (?:upset|angry|worked up|annoyed|bothered|cross) about"
			+ "|while (?:you'?re|you are) (?:shouting|swearing|yelling|being (?:abusive|rude))"
			+ "|no need to panic\\b";

	private NeverSayPlainFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "you_are_mistaken" -> YOU_ARE_MISTAKEN;
			case "nothing_i_can_do" -> NOTHING_I_CAN_DO;
			case "as_i_said" -> AS_I_SAID;
			case "calm_down" -> CALM_DOWN;
			default -> null;
		};
	}
}
