package org.servicemind.analysis.lexical;

/**
 * Round-11 never-say shapes, written from the speech act rather than one writer's words: a problem shrunk by naming
 * what it "only" is or by weighing it against others who like things as they are, a conversation ended with a bare
 * "Next?" or "So.", a customer's urgency quoted back at them, the obvious pointed at ("It's a fridge.", "it says so on
 * the lid"), apology turned into mockery by an absurd yardstick ("sorry it didn't arrive at the exact second you
 * wanted it"), a fault that "mysteriously" recurs, the customer's account contradicted ("didn't happen like you're
 * claiming", "your spreadsheet is wrong"), and blame set after the event ("that's what the deadline is for", "a quick
 * call would have saved all this"). Same folded text as the other families (lower case, ASCII apostrophes); every
 * alternative starts at a word and every repetition is bounded. Original to ServiceMind, written from the category
 * definitions in docs/analysis/never-say-and-self-talk.md; measured as in docs/analysis/never-say-round11.md; hard
 * negatives are in {@code NeverSayRound11FamiliesTests}.
 */
final class NeverSayRound11Families {

	private static final String START = SentenceStart.LOOKBEHIND;

	/** no apology, own fault or thanks later in the same sentence */
	private static final String NO_APOLOGY = "(?![^.!?\\n]{0,80}\\b(?:sorry|apologi|our (?:mistake|fault|error)|my (?:mistake|"
			+ "fault|error)|on us\\b|thank))";

	/** not a question: no question mark later in the same sentence */
	private static final String NO_QUESTION = "(?![^.!?\\n]{0,80}\\?)";

	/** people a reply can weigh the customer against */
	private static final String OTHERS = "(?:members|customers|people|users|guests|clients|residents|passengers|patients|diners|"
			+ "visitors|owners|players|tenants|subscribers|shoppers|students|parents|callers)";

	static final String DISMISSIVE = START + "(?:so|next|moving on)(?:\\.|\\?|!)+(?=\\s*(?:$|\\n))"
			+ "|" + START + "next\\s?\\?"
			+ "|you keep (?:saying|calling (?:it|this)|describing (?:it|this) as|insisting|using the word|telling (?:me|us))\\b"
			+ "[^.!?\\n]{0,60}\\bbut\\b"
			+ "|(?:this|we|i)(?: is|'re| are|'m| am) (?:a|an|just a|only a) [\\w-]+(?: [\\w-]+){0,2},? not (?:a|an|your) (?:crisis|"
			+ "emergency|helpline|help ?line|charity|counsell?(?:ing|or)|therap(?:y|ist)|miracle|magician|babysitt|nanny|"
			+ "personal|complaints? (?:line|desk|department))"
			+ "|(?:lots of|many|most|plenty of|the majority of|loads of) (?:our |the |other )?" + OTHERS
			+ " (?:actually |really |seem to |quite |genuinely )?(?:like|prefer|enjoy|love|are happy with|are fine with|"
			+ "don'?t mind|have no (?:problem|issue) with)\\b(?![^.!?\\n]{0,60}\\b(?:but|i'?ll|we'?ll|sorry|would you|want me)\\b)"
			+ NO_QUESTION
			+ "|(?:we|i) (?:get|receive|see|have|deal with) (?:so |very |quite |a great )?(?:many|lots of|hundreds of|loads of|dozens "
			+ "of|plenty of|a lot of|countless|a lot|loads) (?:such |these |similar |of these |requests like|complaints like|"
			+ "emails like)\\b(?![^.!?\\n]{0,60}\\b(?:i'?ll|we'?ll|sorry|so (?:i|we)'?ve|here'?s|so here)\\b)"
			+ "|(?:doesn'?t|does not) (?:really )?matter to (?:us|me)\\b|makes no (?:real )?difference to (?:us|me)\\b"
			+ "|not (?:really |even )?worth (?:all )?(?:this|the|that|so much|such|all the) (?:back and forth|back-and-forth|"
			+ "energy|aggravation|grief|emails|argument|arguing|worry|worrying|upset|headache)\\b"
			+ "|not (?:\\w+ )?(?:unusual|uncommon|out of the ordinary) (?:in|for|with|at|on) (?:older|old|new|most|any|a|an|"
			+ "these|this|that|such)\\b(?![^.!?\\n]{0,60}\\b(?:but|i'?ll|we'?ll|sorry|here'?s)\\b)"
			+ "|not something you (?:need|have|ought) to (?:be )?(?:troubl|worr|bother|concern|chas|fuss)\\w*"
			+ "|(?:it'?s|it is|that'?s|that is) only (?:a|an|one) [\\w-]+(?: [\\w-]+)?(?=\\s*[.!,;]|\\s*$)" + NO_APOLOGY;

	static final String BELITTLING = START + "(?:it'?s|it is) (?:a|an) (?!(?:pleasure|shame|deal|promise|date|start|must|bargain|"
			+ "relief|wrap|match|go|yes|no|plan|fair|good|great|tricky|tough|known|common|rare|lot|bit|first|second|pain|joke)\\b)"
			+ "[\\w-]+(?:, [\\w-]+)?(?=\\s*[.!](?:\\s|$))"
			+ "|(?:says|written|printed|marked|labelled|labeled|stated|shown) [^.!?\\n]{0,40}\\b(?:on|in) the (?:lid|box|label|"
			+ "front|back|screen|page|packaging|first line|top|bottom|receipt|cover|sticker|door|sign|instructions)\\b"
			+ "|(?:it'?s|that'?s|its|it is|that is) literally (?:how|what|in|on|the|right|written|printed|there)\\b"
			+ "|(?<!future,? please |next time,? please |future,? |next time,? )read (?:your|the) [\\w -]{1,25} properly\\b"
			+ "(?![^.!?\\n]{0,40}\\bbefore\\b)";

	static final String SARCASM = "sorry (?:that )?[^.!?\\n]{0,60}\\b(?:didn'?t|wasn'?t|couldn'?t|did not|was not|doesn'?t) "
			+ "[^.!?\\n]{0,40}\\b(?:the exact (?:second|minute|moment|hour|time)|your (?:very |rather |extremely |exacting )?"
			+ "(?:high|exacting|lofty|particular) standards|(?:a |an )?lifetime supply|red carpet|fanfare|brass band|string quartet)"
			+ "|(?:mysteriously|magically|miraculously) (?:stopped|broke|broken|disappeared|vanished|appeared|failed|gone|"
			+ "stopped working|deleted|cancelled|changed)\\b"
			+ "|" + START + "(?:very helpful|good to know|who knew|how surprising|what a surprise|fascinating|riveting|"
			+ "shocking)(?:\\.|!)(?=\\s*(?:$|\\n|[a-z]))"
			+ "|you could (?:always )?just not [\\w-]+";

	static final String YOU_ARE_MISTAKEN = "(?:didn'?t|did not|wasn'?t|was not|isn'?t|is not|never|not) [^.!?\\n]{0,60}"
			+ "\\b(?:like|as) you(?:'re| are)? (?:claiming|claim|alleging|allege|insisting|insist|suggesting|making out)\\b"
			+ "|(?:logs?|records?|notes|system|tracking|photos?|footage|data|history) (?:shows?|confirms?|says?) (?:that )?you "
			+ "(?:were never|never|did not|didn'?t|weren'?t|have not|haven'?t|hadn'?t)\\b"
			+ "|(?:it'?s|it is) (?:far |much )?(?:more likely|most likely|almost certainly|probably) (?:to be )?your (?![\\w-]+ "
			+ "(?:team|colleagues|account manager))[\\w-]+"
			+ "|nothing to do with (?:our|the) (?:servers?|system|network|app|software|product|service|platform|line|equipment|"
			+ "website|site|api|meter|device|tower|mast|connection|broadband|update)\\b(?=\\s*[.!])"
			+ "|(?:that'?s|it'?s|this is|that is) not (?:what|how) [\"']?[\\w-]+[\"']? (?:means|works|meant)\\b"
			+ "|must(?:'ve| have) been (?:collected|taken|signed for|received|moved|changed|cancelled|done|used|spent) by "
			+ "(?:someone|somebody|a member|another|one of)\\b"
			+ "|(?<=[,;.!?]\\s{0,2})your [\\w-]+(?: [\\w-]+)? (?:is|are|was|were) (?:simply |just |clearly )?wrong(?=\\s*[.!])";

	static final String YOU_SHOULD_HAVE = "(?:that'?s|that is|this is) (?:exactly )?what (?:the|a|our) [\\w-]+(?: [\\w-]+){0,2} "
			+ "(?:is|are|was|were) (?:there )?for\\b(?!\\s*\\?)"
			+ "|(?:would'?ve|would have) (?:saved|avoided|prevented|spared)\\b" + NO_APOLOGY
			+ "|(?:you )?left it (?:quite |rather |very |a bit |a little |far |too |pretty )?(?:late|long)\\b" + NO_APOLOGY
			+ "|if you'?d (?:\\w+ ){1,2}[^.!?\\n]{0,60}\\b(?:it'?d|it would|you'?d|you would|this would(?:n'?t)?|that would(?:n'?t)?|"
			+ "we'?d|wouldn'?t)(?: have| be)?\\b" + NO_APOLOGY
			+ "|you were (?:told|warned|advised|informed|reminded) (?:at|in|by|on|about|twice|several|three|more than)\\b";

	private NeverSayRound11Families() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "dismissive" -> DISMISSIVE;
			case "belittling" -> BELITTLING;
			case "sarcasm" -> SARCASM;
			case "you_are_mistaken" -> YOU_ARE_MISTAKEN;
			case "you_should_have" -> YOU_SHOULD_HAVE;
			default -> null;
		};
	}
}
