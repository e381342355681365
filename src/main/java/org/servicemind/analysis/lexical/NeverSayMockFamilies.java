package org.servicemind.analysis.lexical;

/**
 * Mocking, talking-down, shrugging, passing-on and hindsight shapes of five never-say categories (round 9): mock
 * sympathy and mock help ({@code sarcasm}: "however will you cope", "oh no, a whole four minutes", "I'll just print some
 * extra money", an eye-roll emoji), spelling out the obvious ({@code belittling}: "I'll go really slowly this time", "it
 * literally says", "any ten-year-old could"), a shrug at the problem ({@code dismissive}: "not the hill to die on", "it'll
 * arrive when it arrives", "I wouldn't hold your breath"), the customer sent elsewhere ({@code not_my_job}: "that's a
 * matter for the landlord", "should be directed to the dealer", "chase them.") and hindsight aimed at the customer
 * ({@code you_should_have}: "had you taken photos, we wouldn't", "you chose to proceed anyway", "there was plenty of
 * notice"). Same folded text as the other families (lower case, ASCII apostrophes); every alternative starts at a word
 * and every repetition is bounded. Original to ServiceMind, written from the category definitions in
 * docs/analysis/never-say-and-self-talk.md after grouping the misses of the tune split of never-say-dev7.jsonl
 * (docs/analysis/never-say-round9.md); hard negatives are in {@code NeverSayMockFamiliesTests}.
 */
final class NeverSayMockFamilies {

	private static final String START = SentenceStart.LOOKBEHIND;

	private static final String NUMBER = "(?:\\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty)";

	private static final String NTH = "(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:rd|th))";

	static final String SARCASM = "however (?:will|did|do|would|shall) (?:you|they|we|the [\\w-]+(?: [\\w-]+)?) (?:cope|"
			+ "survive|manage|go on)\\b"
			+ "|truly a (?:dark|sad|black) day|what a (?:tragedy|travesty|catastrophe),? (?:one|a|an|two|three|\\d)"
			+ "|(?:oh (?:no|dear|wow|my)|gosh|wow|my goodness)[,!.]? (?:a |an |one |two |three |four |\\d+ )whole\\b"
			+ "|(?:oh no|oh dear),? not the \\d"
			+ "|(?:your|such) (?:very|exceptionally|extremely|incredibly) high standards"
			+ "|(?:didn'?t|did not) realise (?:we|i) (?:were|was) (?:supposed|meant|expected) to\\b"
			+ "|the (?:unforgivable|terrible|heinous|dreadful) crime of\\b"
			+ "|(?:i'?ll|we'?ll) have a (?:stern )?word with (?:it|the (?:sea|weather|sun|rain|moon|traffic))\\b"
			+ "|the world didn'?t stop\\b"
			+ "|(?:sure|oh absolutely|absolutely|of course|right|oh sure),? (?:[a-z]+,? )?(?:i'?ll|we'?ll|let me) just (?:personally "
			+ "|go and )?(?:print|fly|drop everything|re-?engineer|rebuild|magic|conjure|invent|rewrite|move the)\\b"
			+ "|(?:i'?ll|we'?ll|we have|we'?ve) (?:just )?drop(?:ped)? everything (?:for your|and re-?engineer)\\b"
			+ "|([\\w-]+)[.!?,]? ?(?:\uD83D\uDE44|\uD83D\uDE43)"
			+ "|your (?:majesty|highness|royal highness)\\b"
			+ "|(?:i|we) do admire your\\b"
			+ "|(?:thanks|thank you) (?:ever so much |so much )?for (?:the|your) (?:" + NUMBER + "|" + NTH + ") (?:[\\w-]+ )?"
			+ "(?:emails?|e-mails?|letters?|messages?|calls|tweets|chasers|reminders|review threats?)\\b"
			+ "|(?:i|we) saw your (?:first )?" + NUMBER + " (?:[\\w-]+ )?(?:tweets|messages|emails|e-mails)"
			+ "|(?:groundbreaking|cutting-edge|revolutionary|mind-blowing|shocking) (?:stuff|technology|news|idea)?,? i know\\b"
			+ "|groundbreaking(?=[.!])"
			+ "|(?:our|my) fault,? somehow|didn'?t just (?:evaporate|vanish|disappear|walk off)\\b"
			+ "|(?:yes|yeah|sure|right),? because (?:we|i|they) (?:definitely|obviously|clearly|totally|always|love to)\\b"
			+ "|we'?re all (?:devastated|heartbroken|distraught)\\b"
			+ "|(?:tried|try) asking it nicely"
			+ "|(?:i'?m|we'?re) sure (?:the|they|he|she) [^.!?\\n]{0,40}\\b(?:delighted to hear (?:it|that|this)|personally out to)"
			+ "|((?:[\\w-]+ ){1,2})['\"]just['\" ]";

	static final String BELITTLING = "(?:let'?s|i'?ll|we'?ll|i will|i'?m going to) go (?:really |very |nice and )?slow(?:ly)?"
			+ "(?: this time)?\\b"
			+ "|walk you through it again,? slowly"
			+ "|(?:one|a single|two) (?:button|click|field)(?=\\s*[.!])"
			+ "|(?:literally|honestly) a (?:one|two|three)-(?:click|step|minute) (?:process|job|thing)"
			+ "|literally (?:says|said|printed|written|labell?ed|marked|on page|on the (?:front|label|box|screen))\\b"
			+ "|(?:any|even an?) (?:(?:\\d+|ten|twelve|eight|five|six)[- ]year[- ]old|first[- ]year)(?: [\\w-]+){0,4} "
			+ "(?:could|can|does|did|manages?|knows|would)\\b"
			+ "|my (?:\\d+|ten|twelve|eight|five|six)[- ]year[- ]old(?: [\\w-]+){0,2} (?:could|can|does|did|manages?|knows)\\b"
			+ "|(?:most|everybody else|everyone else|every other|other) [^.!?\\n]{0,60}\\bwithout (?:any |ever )?(?:help|"
			+ "assistance|needing to call|calling|a ticket|raising a ticket)"
			+ "|(?:everybody|everyone)(?: else)?(?: (?:in|on|at) [\\w ]{1,20})? (?:managed|manages|has managed)\\b"
			+ "|(?:i'?m sure|hopefully) you'?ll manage|" + START + "you'?ll manage(?=[.!])|(?:won'?t|doesn'?t) defeat you"
			+ "|(?:i'?d|i would) have thought (?:a|an|any|most|you|someone)\\b[^.!?\\n]{0,60}\\b(?:would|could|should) "
			+ "(?:be able to|know|manage|find|understand|grasp)"
			+ "|(?:i'?d|i would) have thought (?:went|goes) without saying"
			+ "|(?:would|i'd|we'd) (?:normally |usually )?expect [\\w ]{1,20} to (?:have )?(?:grasped|known|understood|be able)"
			+ "|(?:can|may) (?:seem|be) (?:confusing|bewildering|daunting|complicated) (?:to|for) (?:some people|a newcomer)"
			+ "|bewildering to a\\b"
			+ "|won'?t mean (?:much|anything) to you|starting from (?:zero|scratch) today"
			+ "|maybe [\\w -]{1,30} (?:isn'?t|is not|aren'?t) for you\\b"
			+ "|(?:you'?d|you would) be (?:amazed|surprised) how many people (?:miss|don'?t|forget|can'?t)"
			+ "|not the first (?:person|parent|customer|one) to not\\b"
			+ "|a (?:bit|little) (?:worrying|concerning|surprising) that (?:a|an|you|someone)\\b"
			+ "|(?:if i had|i'?d have) a (?:pound|dollar|quid|penny|nickel|euro) for every"
			+ "|(?:that'?s|it'?s) (?:genuinely |really |literally )?(?:all there is to it|the whole (?:thing|process))\\b";

	static final String DISMISSIVE = "anyway,? (?:is|was) there anything else"
			+ "|(?:will|it'll|they'll) (?:get done|be done) when it (?:gets done|is done)"
			+ "|(?:wouldn'?t|would not|don'?t) hold your breath"
			+ "|(?:not|isn'?t|nothing|hardly) (?:really )?worth (?:losing sleep|all this|the fuss|reporting|complaining about)"
			+ "|(?:not|hardly|isn'?t|is not) (?:really |exactly )?(?:the|a) hill to die on|\\bpocket change\\b"
			+ "|(?:not exactly|hardly) (?:a|an) (?:biohazard|disaster|catastrophe|crisis|emergency|tragedy)\\b"
			+ "|hardly (?:the end of (?:civilisation|civilization)|going to ruin)"
			+ "|(?:you'?re|you are) overthinking (?:it|this)\\b|cool story"
			+ "|(?:you'?re|you are) (?:literally |honestly )?the only (?:one|person|customer) complaining"
			+ "|let'?s leave it there(?=\\s*[.!]|$)"
			+ "|(?:i'?m|i am|we'?re|we are) not going to (?:get into|spend (?:any )?time on|open an? (?:investigation|complaint)|"
			+ "debate|go back and forth|keep (?:sending|chasing|repeating|going over|replying))\\b"
			+ "|(?:please )?do not (?:contact|email|write to|call) (?:us|support|the team)[^.!?\\n]{0,30}\\bagain\\b"
			+ "|(?:i'?d|we'?d|i would|we would) ask that you (?:do not|don'?t) (?:reopen|contact|email|raise)\\b"
			+ "|(?:not|isn'?t) (?:really )?on (?:our|my|the team'?s) radar"
			+ "|(?:very|pretty|really|quite) low (?:priority|on (?:anyone|everyone|our|the team)'?s? list)"
			+ "|(?:we|i) have (?:hundreds|thousands|dozens|lots|loads|plenty) of (?:other )?(?:patients|customers|people|tickets|"
			+ "members|cases) (?:waiting|to (?:deal with|get to|see))"
			+ "|you'?ll (?:soon )?get used to it|just (?:get used to|live with) it\\b"
			+ "|(?:sure|fine|ok|okay),? whatever\\b";

	static final String NOT_MY_JOB = "(?:is|are|sits|stays|remains|that'?s|it'?s|this is|they'?re|what'?s) (?:[\\w-]+ ){0,3}between you and (?!me\\b|us\\b)"
			+ "(?:the |your )?[\\w-]+"
			+ "|(?:should|needs to|need to|must|are to) be (?:directed|addressed|raised|taken up) (?:to|with|elsewhere)\\b"
			+ "(?![^.!?\\n]{0,80}\\b(?:i'?ve|i have|i'?ll|i will|we'?ve|we'?ll) (?:forwarded|passed|transferred|sent|copied))"
			+ "|(?:is|that'?s|it'?s|this'?s) a matter for (?:the |your )?[\\w-]+"
			+ "|(?:you'?ll|you will|you'?d|you would) (?:have|need|want) to (?:go and )?(?:complain to|raise (?:it|this|that) "
			+ "with|take (?:it|this|that) up with|go back to|bother)\\b"
			+ "|(?:something|one) you'?d (?:have|need) to take up with\\b|(?:you'?ll|you will) have to find out who"
			+ "|" + START + "(?:please )?(?:just )?(?:chase|ping|try|go back to|speak to|talk to) (?:them|the (?:seller|retailer|"
			+ "merchant|manufacturer|courier|dealer|shop)|their [\\w-]+)(?=\\s*[.!]|$)"
			+ "|(?:we|i)(?: have|'ve got) nothing to do with (?:it|this|that)\\b|nothing to do with this (?:office|team|desk|"
			+ "department)"
			+ "|(?:we|i) (?:don'?t|do not) (?:troubleshoot|support|fix|deal with|handle) (?:customer-owned|personal|third-party|"
			+ "anything (?:past|beyond|outside))\\b"
			+ "|we [\\w-]+ (?:it|them),? we don'?t (?:fix|repair|service|support) (?:it|them)"
			+ "|(?:i'?m|i am) (?:just |only )?(?:on the [\\w-]+ team|tier ?1|first[- ]line|a call handler)(?=\\s*[.!,]|$)"
			+ "|(?:is|that'?s|it'?s) an? [\\w-]+ (?:thing|matter|issue),? not an? [\\w-]+ (?:thing|matter|issue)"
			+ "|" + START + "not an? (?!(?:silly|stupid|big|huge|real|bad|small|major|minor|daft) )[\\w-]+ (?:issue|thing|problem),"
			+ "|(?:it'?s|that'?s) their (?:problem|job|responsibility)\\b|(?:that'?s|it'?s) your [\\w-]+'?s? job\\b"
			+ "|i can'?t speak for (?:the|them|him|her)\\b|(?:i'?m|i am) not the one who\\b";

	static final String YOU_SHOULD_HAVE = START + "had you (?:[\\w-]+ ){1,8}[^.!?\\n]{0,60}\\b(?:would|wouldn'?t|could|might)"
			+ "\\b"
			+ "|had the (?:advice|instructions|guidance|steps|warnings?) been (?:followed|read|heeded)"
			+ "|if you'?d (?!like|prefer|rather|be |love|care)[\\w-]+\\b[^.!?\\n]{0,80}\\b(?:would|wouldn'?t|could|we'?d|it'?d) "
			+ "(?:have|be)\\b"
			+ "|(?:it|this|that) would have (?:helped|saved|prevented|avoided)\\b(?=[^.!?\\n]{0,60}\\b(?:if you|you'?d))"
			+ "|would have saved (?:everyone|all of us|a lot of)"
			+ "|(?:maybe|perhaps) (?:just )?(?:double-check|check|read|shake|look|make sure)\\b[^.!?\\n]{0,60}\\b(?:next time|before)\\b"
			+ "|you chose to (?:proceed|go ahead|continue|ignore|decline)\\b|you did (?:decide|choose|agree|sign|say)\\b"
			+ "|and you (?:said no|declined|turned it down)\\b"
			+ "|there was (?:plenty of|ample|enough) (?:notice|warning|time)"
			+ "|(?:we|i) did (?:try to )?(?:warn|ask|tell|remind) you\\b|(?:we|i) did say (?:at|in|on|that|this)\\b"
			+ "|you ignored (?:the|our|all|" + NUMBER + ") (?:[\\w-]+ )?(?:emails|reminders|warnings|notices|letters)"
			+ "|you were (?:told|warned|informed|advised) (?:that|this|about (?:this|that|the [\\w-]+))\\b(?![^.!?\\n]{0,40}\\b(?:"
			+ "wrong|incorrect|sorry|apologi|mistake))"
			+ "|(?:showed|shows|told|tells|warned|warns) you [^.!?\\n]{0,40}\\bbefore you (?:confirmed|bought|paid|spent|booked|"
			+ "signed|agreed|accepted|clicked)"
			+ "|(?:clearly )?(?:shown|displayed|stated) (?:at|before|during) (?:purchase|checkout|booking|sign-?up)"
			+ "|(?:not|isn'?t) (?:our|my) job to remind you";

	private NeverSayMockFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "sarcasm" -> SARCASM;
			case "belittling" -> BELITTLING;
			case "dismissive" -> DISMISSIVE;
			case "not_my_job" -> NOT_MY_JOB;
			case "you_should_have" -> YOU_SHOULD_HAVE;
			default -> null;
		};
	}
}
