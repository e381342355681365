package org.servicemind.analysis.lexical;

/**
 * Second round-9 batch of never-say shapes, kept apart from {@link NeverSayPlainFamilies} and
 * {@link NeverSayMockFamilies} so that it can be measured and dropped as a whole: shrugs that end the matter ("so be
 * it", "we won't be treating this as a service failure", "not that it'll change anything"), non-answers the base
 * lexicon spells differently ("I've no idea", "might be a glitch, might not"), softeners before a blunt remark ("forgive
 * me for being blunt"), rules that explain themselves ("the contract is the contract", "cannot be varied"), doors closed
 * by formula ("gone is gone", "not up to me"), repetition pointed at ("I've said this three times", "it's in my previous
 * reply") and mock awe ("riveting.", "they aren't mind readers"). Same folded text as the other families (lower case,
 * ASCII apostrophes); every alternative starts at a word and every repetition is bounded. Original to ServiceMind,
 * written from the category definitions in docs/analysis/never-say-and-self-talk.md after grouping the misses left on
 * the tune split of never-say-dev7.jsonl; its you_are_mistaken and not_my_job shapes were dropped because they added no
 * true positive on the check split (docs/analysis/never-say-round9.md). Hard negatives are in
 * {@code NeverSayBluntFamiliesTests}.
 */
final class NeverSayBluntFamilies {

	private static final String START = SentenceStart.LOOKBEHIND;

	private static final String NO_APOLOGY = "(?![^.!?\\n]{0,80}\\b(?:sorry|apologi|our (?:mistake|fault|error)|my (?:mistake|"
			+ "fault|error)|should have))";

	static final String DISMISSIVE = "won'?t be (?:following (?:this |that |it )?up|treating (?:this|it|that) as (?:a )?"
			+ "(?:service failure|complaint|fault))"
			+ "|(?:don'?t|do not) see why (?:a |an |the |this |that |it )[^.!?\\n]{0,60}\\b(?:warrants|needs|deserves|merits|"
			+ "justifies)\\b"
			+ "|(?:need to be|should be) (?:troubling|bothering) (?:the|us|our)\\b|need a magnifying glass"
			+ "|(?:nobody|no ?one) (?:at|in|on) [\\w ]{1,20} (?:is going to|will) (?:care|notice|mind)\\b"
			+ "|(?:that'?s|it'?s) just how (?:couriers|airlines|these things|things) (?:are|work|go)\\b"
			+ "|(?:appreciate|thanks for) the essay"
			+ "|(?:yours|your (?:feedback|comments?|complaint|concerns?|views?|point)) (?:has|have) been noted(?=\\s*[.!]|$)"
			+ "|(?:doesn'?t|does not) (?:work|suit) (?:for )?you,? (?:then )?fine\\b|so be it\\b"
			+ "|(?:isn'?t|is not) (?:really )?(?:a|an) [\\w-]+ (?:issue|problem|matter),? is it"
			+ "|you could always just not\\b|(?:i'?m|i am) not getting paid to\\b"
			+ "|(?:i'?m|i am) not spending (?:an|the|my|a whole) (?:afternoon|day|morning|hour|evening)\\b"
			+ "|just google it\\b"
			+ "|(?:won'?t|isn'?t going to|not going to) change (?:just )?because you (?:ask|keep asking|asked)\\b"
			+ "|not that it(?: will| would|'ll|'d) (?:change|make) (?:anything|any difference|a difference)"
			+ "|good enough for (?:the other|every other|everyone else)\\b";

	static final String VAGUE_DONT_KNOW = "(?:i'?ve|we'?ve) (?:got )?(?:absolutely )?no (?:idea|clue)\\b"
			+ "|(?:i|we) (?:honestly |really |genuinely )(?:can'?t|cannot|couldn'?t) (?:say|tell you)\\b(?! how (?:sorry|much))"
			+ "(?![^.!?\\n]{0,80}\\b(?:depends|until|but|yet)\\b)"
			+ "|" + START + "(?:honestly )?couldn'?t tell you\\b"
			+ "|" + START + "(?:honestly|genuinely|really|afraid),? (?:i'?ve )?no (?:idea|clue)\\b(?! yet)"
			+ "|(?:could|might|may) be (?:a )?[\\w-]+(?: [\\w-]+)?, (?:could|might|may) (?:not|be)\\b"
			+ "|" + START + "maybe [\\w ]{1,30}, maybe not\\b"
			+ "|unable to (?:determine|say|comment on) why\\b"
			+ "|(?:i|we) have no information (?:as to|on|about) (?:when|why|whether)\\b"
			+ "|can'?t be more specific";

	static final String NO_OFFENSE = "with the best will in the world|(?:don'?t|do not) mean (?:this|it) unkindly"
			+ "|forgive me for being (?:blunt|frank|direct)|not to put too fine a point on it";

	static final String BLAMING_POLICY = "the (?:contract|rule|policy|terms)'?s? (?:is |are )?the (?:contract|rule|policy|terms)\\b"
			+ "|(?:i|we) (?:don'?t|do not) make (?:them|the rules)\\b"
			+ "|(?:can'?t|cannot) argue with (?:what )?(?:it|the system)\\b"
			+ "|(?:our|the) policy is that (?:we|i) (?:do not|don'?t|cannot|can'?t|will not|won'?t)\\b"
			+ "|cannot be (?:varied|entertained)\\b|not permitted to discuss\\b"
			+ "|the (?:system|tool|booking tool|computer) (?:decides|automatically rejects)\\b";

	static final String NOTHING_I_CAN_DO = "gone is gone|closed is closed"
			+ "|(?:that'?s|it'?s) (?:just )?the way it goes"
			+ "|(?:not|isn'?t|is not) (?:really )?up to me\\b"
			+ "|no further action (?:i|we) can take|nothing for (?:us|me) to (?:fix|do) here"
			+ "|no fixing (?:it|that|this)\\b"
			+ "|will not be (?:returned|refunded|reversed)(?=\\s*[.!])"
			+ "|is final from our (?:end|side)"
			+ "|(?:i|we) (?:can'?t|cannot) help(?=\\s*[.!]|$)|(?:i|we) can'?t help it if\\b"
			+ "|(?:i|we) can only (?:escalate|chase|do) so (?:many times|much)\\b";

	static final String AS_I_SAID = "(?:i'?ve|i have) (?:now )?said (?:this|that|it) (?:twice|three times|several times|"
			+ "\\w+ times)|(?:i'?ve|i have) told you[.!,]? twice"
			+ "|(?:been|gone) (?:round|around) in circles" + NO_APOLOGY
			+ "|(?:hasn'?t|has not) changed since your (?:first|last|previous)\\b"
			+ "|(?:is|are|was|were|in full|quoted|set out|explained|covered) in my (?:first|previous|earlier|last|prior) "
			+ "(?:reply|message|email|e-mail|letter|response)\\b" + NO_APOLOGY
			+ "|for what (?:i believe|must be|feels like) (?:is )?the (?:third|fourth|fifth|sixth|\\d+(?:rd|th)) time"
			+ "|(?:i|we) (?:would )?refer you (?:again|once again|back) to\\b"
			+ "|(?:to repeat|going back to|to recap) what i (?:said|wrote|told you)\\b"
			+ "|(?:i|we) made (?:this|that|it) (?:very |perfectly )?clear (?:in|on)\\b"
			+ "|why we'?re still (?:on|discussing|talking about) this";

	static final String SARCASM = "(?:right|great|ok|okay|sure),? so (?:you'?ve|you'?re|it'?s|the [\\w-]+'?s?)(?= ['\"][a-z])"
			+ "|(?:we get it|ah),? (?:you'?re an?|the)(?= ['\"][a-z])"
			+ "|i'?m sure (?:it'?s|it was|you)(?= ['\"][a-z])"
			+ "|keeping us so well informed|(?:since|because|as) (?:that|this) happens so often"
			+ "|(?:really|truly) keeps me going|" + START + "(?:riveting|classic)(?=\\s*[.!]|$)"
			+ "|must have felt like a lifetime|(?:aren'?t|are not|isn'?t|is not|we'?re not|i'?m not) mind[- ]readers?"
			+ "|(?:come|came) with a lifetime supply|sure,? (?:i'?ll|we'?ll) get right on (?:that|it)"
			+ "|so now it'?s (?:our|my) fault|are you asking me to [^.!?\\n]{1,40}\\bmyself\\?"
			+ "|impressive (?:commitment|dedication|persistence)|(?:a customer|someone) who actually (?:read|reads)\\b";

	private NeverSayBluntFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "dismissive" -> DISMISSIVE;
			case "vague_dont_know" -> VAGUE_DONT_KNOW;
			case "no_offense" -> NO_OFFENSE;
			case "blaming_policy" -> BLAMING_POLICY;
			case "nothing_i_can_do" -> NOTHING_I_CAN_DO;
			case "as_i_said" -> AS_I_SAID;
			case "sarcasm" -> SARCASM;
			default -> null;
		};
	}
}
