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

	/** "… on the lid / in the manual": where a notice is printed */
	private static final String PLACE = " [^.!?\\n]{0,40}\\b(?:on|in) the (?:lid|box|label|front|back|screen|page|packaging|"
			+ "first line|top|bottom|receipt|cover|sticker|door|sign|instructions)\\b";

	static final String DISMISSIVE = START + "(?:next[.!]|moving on[.?!])[.?!]*(?=\\s*(?:$|\\n))"
			+ "|(?<=[.!?]\\s{1,3})so\\.(?=\\s*(?:$|\\n))"
			+ "|" + START + "next\\s?\\?"
			+ "|you keep (?:saying|calling (?:it|this)|describing (?:it|this) as|insisting|using the word|telling (?:me|us))\\b"
			+ "[^.!?\\n]{0,60}\\bbut\\b"
			+ "|(?:this|we|i)(?: is|'re| are|'m| am) (?:a|an|just a|only a) [\\w-]+(?: [\\w-]+){0,2},? not (?:a|an|your) (?:crisis|"
			+ "emergency|helpline|help ?line|charity|counsell?(?:ing|or)|therap(?:y|ist)|miracle|magician|babysitt|nanny|"
			+ "personal|complaints? (?:line|desk|department))"
			+ "|(?:lots of|many|most|plenty of|the majority of|loads of)(?: of)? (?:our |the |other )?" + OTHERS
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
			+ "|(?:it'?s|it is|that'?s|that is) only (?:a|an|one) [\\w-]+(?: [\\w-]+)?(?=\\s*[.!,;]|\\s*$)" + NO_APOLOGY
			+ "|(?:don'?t|do not|can'?t|cannot|fail to|struggle to) (?:really |quite )?see (?:what the (?:big )?(?:problem|issue|fuss|"
			+ "deal) is|why (?:this|that|it) (?:is such|matters|is a (?:big )?(?:problem|deal|issue))|why (?:you'?re|you are) so)"
			+ "|(?:really|honestly|actually) worth (?:complaining|a complaint|getting (?:upset|annoyed|worked up)|the fuss|all this)"
			+ "|(?:more important|more pressing|more urgent|bigger) (?:things|issues|matters|tickets|problems|jobs|fish)(?: [\\w-]+){0,3}"
			+ " (?:to (?:deal with|handle|worry about|fry|attend to|get to)|on (?:my|our) plate)"
			+ "|(?:don'?t|do not) have (?:the )?time for (?:this|that|these|it)\\b"
			+ "|taking (?:this|it|things|that) (?:far |way |a bit |rather |much )?(?:too|so) seriously\\b"
			+ "|(?:let'?s|can we|shall we|we should|we need to|time to) (?:just )?move on\\b(?=\\s*(?:[.!?]|from|now|$))"
			+ "|(?:nothing|not anything) (?:more|else|further) to (?:say|add) (?:on|about) (?:this|that|it|the (?:matter|subject))"
			+ "|(?:this|the) (?:conversation|discussion|chat|debate|subject|topic) is (?:now )?(?:over|finished|closed)\\b"
			+ "|" + START + "(?:ok(?:ay)?,? )?and\\s?\\?(?=\\s*(?:$|\\n))"
			+ "|(?:no ?one|nobody|no-one) (?:died|got hurt|was hurt)\\b|worse things happen\\b"
			+ "|(?:it|things|that) could (?:always )?(?:be|have been) (?:a lot |much |far )?worse\\b" + NO_APOLOGY
			+ "|(?:not going to|won'?t|don'?t|do not|will not) lose (?:any |much )?sleep over\\b"
			+ "|(?:making|make|made) (?:a )?(?:big |huge )?(?:thing|deal|drama|fuss|song and dance) (?:out )?of nothing\\b"
			+ "|not my (?:circus|monkeys)\\b"
			+ "|(?:isn'?t|is not|not) (?:something|anything) (?:we'?re|we are|i'?m|i am|we'?ll|i'?ll|we will|i will) (?:going to )?"
			+ "(?:spend|waste|put|invest) (?:any |much |more )?(?:time|effort|resources)"
			+ "|(?:i'?d|i would) rather not get into (?:it|this|that)\\b|let'?s not (?:go there|get into (?:it|this|that))\\b"
			+ "|(?:minutes|hours|seconds) of your life\\b"
			+ "|(?:it'?s|it is|that'?s|it was) (?:literally )?(?:just |only )?(?:one|a single) (?:day|night|hour|minute|item|email|call|"
			+ "letter|bill|class|game|match|show|episode|delivery|session)(?=\\s*[.!])"
			+ "|(?:plenty of|most|other|lots of|many) " + OTHERS + " would (?:be )?(?:glad|grateful|happy|thankful|thrilled)\\b"
			+ "|^\\s*(?:okay|noted|fine|right|cool)[.!]?\\s*$";

	static final String BELITTLING = START + "(?:it'?s|it is) (?:a|an) (?!(?:pleasure|shame|deal|promise|date|start|must|bargain|"
			+ "relief|wrap|match|go|yes|no|plan|fair|good|great|tricky|tough|known|common|rare|lot|bit|first|second|pain|joke|bug|"
			+ "fault|glitch|mistake|error|problem|issue|fix|refund|credit|gift|hold|charge|fee|typo|possibility|balance)\\b)"
			+ "[\\w-]+(?:, (?!sorry|apologies|thanks|unfortunately|sadly)[\\w-]+)?(?=\\s*[.!](?:\\s|$))"
			+ "|(?:(?:the (?:sort|kind) of thing|something) (?:that'?s |that is )?|(?:clearly|literally|plainly|right there) )"
			+ "(?:says|written|printed|marked|labelled|labeled|stated|shown)" + PLACE
			+ "|(?:says|written|printed|marked|labelled|labeled|stated|shown)" + PLACE + "(?=[^.!?\\n]{0,40}\\b(?:in (?:big|bold|large|"
			+ "capital|block) (?:letters|print|type|capitals)|in (?:two|three|four|five|several|\\d+) languages|to be fair|all there "
			+ "is|in black and white)\\b)"
			+ "|(?:it'?s|that'?s|its|it is|that is) literally (?:how|what|in|on|the|right|written|printed|there)\\b"
			+ "|(?<!future,? please |next time,? please |future,? |next time,? )read (?:your|the) [\\w -]{1,25} properly\\b"
			+ "(?![^.!?\\n]{0,40}\\bbefore\\b)"
			+ "|(?:i'?ll|let me|i will) (?:type|talk|speak|write|say (?:it|this)|explain (?:it|this)|go) (?:really |very |extra |nice and )?slowly\\b"
			+ "|the clue(?:'s| is) in the (?:name|title)\\b|as the name (?:suggests|implies)\\b"
			+ "|try (?:to|and) keep up\\b|pay (?:more |closer |proper )?attention (?:this time|next time|properly)\\b"
			+ "|(?:make|keep|put) (?:this|it) (?:really |very |nice and |super )?simple for you\\b"
			+ "|(?:i'?ll|let me) (?:break it down|dumb it down|use (?:small|simple|short) words)\\b";

	static final String SARCASM = "sorry (?:that )?[^.!?\\n]{0,60}\\b(?:didn'?t|wasn'?t|couldn'?t|did not|was not|doesn'?t) "
			+ "[^.!?\\n]{0,40}\\b(?:the exact (?:second|minute|moment|hour|time)|your (?:very |rather |extremely |exacting )?"
			+ "(?:high|exacting|lofty|particular) standards|(?:a |an )?lifetime supply|red carpet|fanfare|brass band|string quartet)"
			+ "|(?:mysteriously|magically|miraculously) (?:stopped|broke|broken|disappeared|vanished|appeared|failed|gone|"
			+ "stopped working|deleted|cancelled|changed)\\b"
			+ "|" + START + "(?:very helpful|good to know|who knew|how surprising|what a surprise|fascinating|riveting|"
			+ "shocking)(?:\\.|!)(?=\\s*(?:$|\\n|[a-z]))"
			+ "|you could (?:always )?just not [\\w-]+"
			+ "|(?:well done|congratulations|bravo|kudos|nice work|good job),? (?:on|for) (?:finding|finally|managing|working out|noticing|"
			+ "reading|spotting|discovering)\\b"
			+ "|" + START + "(?:yes|yeah|oh|right|sure),? because (?:obviously |clearly |of course )?(?:we|i|the|our|that'?s)\\b"
			+ "|" + START + "because (?:obviously|clearly|of course) (?:we|i|the|our|that'?s)\\b"
			+ "|(?:definitely|clearly|obviously|of course|totally|surely|must be) (?:plotting|conspiring|out to get you|has it in for you|"
			+ "doing (?:it|this) on purpose|hiding)\\b|plotting against you\\b"
			+ "|(?:funny|strange|odd|curious|amazing|remarkable|interesting) how (?:it|the|this|that|these|they|your|you)\\b"
			+ "[^.!?\\n]{0,60}\\b(?:only|always|never|just happens?|suddenly)\\b"
			+ "|(?:who would have|who'?d have|who would'?ve) (?:thought|guessed)\\b"
			+ "|" + START + "oh no,? not (?:the|a|another)\\b"
			+ "|" + START + "(?:right|sure|yes|yeah),? and i'?m (?:the|a)\\b"
			+ "|(?:nice|kind|good|lovely|great) of you to (?:finally|eventually|at last)\\b"
			+ "|(?:how|so) (?:kind|nice|good|thoughtful|considerate|generous) of you to [^.!?\\n]{0,50}\\b(?:later|late|finally|eventually|"
			+ "at last)\\b"
			+ "|conveniently\\b(?! (?:located|placed|situated|close|near|next|for you|timed))" + NO_APOLOGY
			+ "|(?:apparently|somehow) (?:just )?(?:vanished|disappeared|walked off|evaporated|broke itself|fixed itself|stopped "
			+ "working|deleted itself|cancelled itself|grew legs)\\b|grew legs\\b";

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
			+ "|(?<=[,;.!?]\\s{0,2})your [\\w-]+(?: [\\w-]+)? (?:is|are|was|were) (?:simply |just |clearly )?wrong(?=\\s*[.!])"
			+ "|(?:isn'?t|is not|'s not|not) what (?:our|the|my) (?:records?|logs?|notes|system|tracking|footage) (?:shows?|says?)\\b"
			+ "|no (?:error|fault|mistake|problem|issue) (?:on|at) our (?:side|end)\\b"
			+ "|(?:nobody|no ?one|no-one) (?:from|on|in) (?:our|the) (?:team|staff|store|branch|office|side) would (?:ever )?(?:have )?"
			+ "(?:told|said|promised|offered|agreed)\\b"
			+ "|(?:our|the) (?:agent|staff|team|advisor|adviser|driver|engineer|rep)s? would (?:never|not) have (?:said|told|promised|"
			+ "offered|agreed)\\b"
			+ "|(?:the )?(?:fault|problem|issue) (?:is|lies|sits) (?:with|in) your (?:own )?[\\w-]+" + NO_QUESTION
			+ "|your (?:claim|account|version|story|description) (?:doesn'?t|does not|didn'?t|did not) (?:match|add up|tally|fit)\\b"
			+ "|(?:in )?(?:perfect|full|good) (?:working )?(?:condition|order) when (?:it|they) left (?:us|our|the)\\b"
			+ "|contrary to what you (?:think|believe|say|said|claim|seem to (?:think|believe))\\b"
			+ "|(?:let me|i'?ll|i must|i have to|i need to|allow me to) correct you\\b"
			+ "|for the record,? (?:nobody|no ?one|no-one|we never|we did not|we didn'?t|i never|i did not|i didn'?t|that'?s not|"
			+ "it was not|it wasn'?t)\\b"
			+ "|(?:the )?facts are (?:that|clear|simple)\\b"
			+ "|" + START + "actually,? (?:the|your|you|it|we|that|this) [^.!?\\n]{0,50}\\b(?:never|didn'?t|did not|wasn'?t|was not|"
			+ "isn'?t|is not|doesn'?t|does not)\\b(?![^.!?\\n]{0,60}\\b(?:your fault|our fault|on us|sorry|apologi|i'?ve|i'?ll))";

	static final String YOU_SHOULD_HAVE = "(?:that'?s|that is|this is) (?:exactly )?what (?:the|a|our) [\\w-]+(?: [\\w-]+){0,2} "
			+ "(?:is|are|was|were) (?:there )?for\\b(?!\\s*\\?)"
			+ "|(?:would'?ve|would have) (?:saved|avoided|prevented|spared)\\b" + NO_APOLOGY
			+ "|(?:you )?left it (?:quite |rather |very |a bit |a little |far |too |pretty )?(?:late|long)\\b" + NO_APOLOGY
			+ "|if you'?d (?:\\w+ ){1,2}[^.!?\\n]{0,60}\\b(?:it'?d|it would|you'?d|you would|this would(?:n'?t)?|that would(?:n'?t)?|"
			+ "we'?d|wouldn'?t)(?: have| be)?\\b" + NO_APOLOGY
			+ "|you were (?:told|warned|advised|informed|reminded) (?:at|in|by|on|about|twice|several|three|more than)\\b"
			+ "|(?:only )?(?:have|has) (?:yourself|yourselves) to blame\\b"
			+ "|(?:it'?s|it is|it was) (?:entirely |squarely |really )?your (?:job|responsibility) to\\b"
			+ "|all you (?:had|needed) to do was\\b" + NO_QUESTION
			+ "|you had (?:\\w+ )?(?:days|weeks|months|hours|years) to\\b"
			+ "|(?:could|would)(?:'ve| have) (?:easily )?(?:avoided|prevented) (?:this|that|all this|all of this|it)\\b" + NO_APOLOGY
			+ "|(?:that|it|this) was your (?:own )?(?:choice|decision|call)\\b"
			+ "|" + START + "(?:maybe |perhaps |just |please |so )?(?:make sure|remember to|be sure to|try to|try and|set|check|"
			+ "read|double-check|keep an eye on|update)\\b[^.!?\\n]{0,50}(?<!for )\\b(?:next time|in future|in the future)"
			+ "(?=\\s*[.!]|\\s*$)";

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
