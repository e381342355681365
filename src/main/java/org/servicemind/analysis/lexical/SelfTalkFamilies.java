package org.servicemind.analysis.lexical;

/**
 * Further phrasing families of the self-talk lexicon, one regex alternation per distortion type, joined by
 * {@link SelfTalkRules} to its own patterns. Each family is a syntactic shape rather than a fixed wording (for example
 * "either ... or [extreme verdict]", "[someone] is probably [judging / annoyed]", "one [thing] ... ruined the day"), so
 * it covers sentences the base patterns were not written for. Patterns are original to ServiceMind and written over
 * {@link FoldedText} (lower case, straight apostrophes).
 */
final class SelfTalkFamilies {

	/** a verdict that writes a whole person, day or piece of work off */
	private static final String VERDICT = "(?:pointless|useless|worthless|a waste|wasted|for nothing|a failure|failed|"
			+ "rubbish|a fraud|a write-off|nothing|hopeless|a joke|a disaster|the worst|garbage|trash|drowning|a wreck|a mess)";

	/** people whose thoughts or reactions an agent may guess at */
	static final String PEOPLE = "(?:they|he|she|everyone|everybody|people|customers|callers|the others|the seniors|"
			+ "the juniors|the regulars|the old hands|the higher-?ups|the bosses|the managers|the leads|the rest of the team|"
			+ "(?:my|the|our|that|this) (?:new |senior |old |other |whole |own )?(?:manager|boss|lead|team ?lead|team|"
			+ "colleagues?|co-?workers?|team ?mates?|supervisor|trainer|mentor|customer|caller|client|hire|director|others|"
			+ "floor|office|seniors|lady|guy|woman|man))";

	/** a feeling or body state that emotional reasoning treats as evidence */
	private static final String FEELING = "(?:anxious|nervous|scared|worried|guilty|ashamed|embarrassed|stupid|bad|awful|"
			+ "uneasy|overwhelmed|stressed|exhausted|drained|lost|confused|behind|useless|inadequate|out of my depth|dumb|"
			+ "(?:like )?an? (?:outsider|fraud|impostor|imposter|failure|idiot)|on edge|rattled|shaky|hopeless|small|thick|slow|"
			+ "panicky|tense|sick|dreading \\w+)";

	/** words after "every time ..." or "whenever ..." that make the rule a complaint rather than a routine */
	static final String BAD_OUTCOME = "(?:wrong|mess|fail|fails|complain|angry|yell|shout|break|breaks|broke|crash|crashes|"
			+ "bad|worse|rude|blame|mistake|problem|can'?t|never|ruin|late|error|hate|upset|furious|awful|terrible|"
			+ "go(?:es)? down|freeze|panic|ignored|backfires?|backfired|explodes?|falls? apart|blows? up|jams?|goes south|"
			+ "dies|chaos|nightmare|disaster|struggle|screw)";

	/** future auxiliaries, written so that every match starts at a word ("they'll", not "'ll") */
	private static final String WILL = "(?:[a-z]+(?:'ll|'re going to|'s going to|'m going to|'re gonna|'s gonna|'m gonna)|will|"
			+ "is going to|are going to|am going to|gonna)";

	static final String ALL_OR_NOTHING = "\\beither\\b[^.!?\\n]{1,60}\\bor\\b[^.!?\\n]{0,30}\\b" + VERDICT + "\\b"
			+ "|\\bmight as well (?:not (?:have )?(?:bothered|show(?:ed)? up|be here|come in|exist)|give up|quit|stay home|"
			+ "be (?:a )?(?:zero|nothing|invisible))\\b"
			+ "|\\b(?:(?:there'?s |there is )?no|never anything|nothing) (?:in[- ]between|middle ground|grey area|gray area|halfway house)\\b"
			+ "|\\b(?:brilliant|perfect|flawless|amazing|great|the best|a genius|a (?:super)?star|a hero|a legend|top)\\b[^.!?\\n]{0,25}\\bor\\b"
			+ "[^.!?\\n]{0,12}\\b(?:useless|worthless|rubbish|a failure|nothing|a fraud|terrible|hopeless|a disaster|the worst)\\b"
			+ "|\\b(?:the )?(?:entire|whole) (?!(?:company|business|department|career|life|world)\\b)(?:[\\w-]+ ){1,2}?(?:is|was|'s|feels|felt) (?:now |basically |just |completely |"
			+ "totally |officially )?(?:ruined|a write-off|wasted|worthless|pointless|for nothing|a waste|a loss|a failure|"
			+ "rubbish|useless|down the drain|a washout|a flop|garbage|trash|a bust)\\b"
			+ "|\\b(?:basically|so basically|just|officially) (?:a )?(?:failed|wasted|ruined|pointless|useless|lost) (?:day|shift|week|"
			+ "month|year|call|effort)\\b"
			+ "|\\b(?:the same as|no different from|no better than|as good as|might as well be) (?:failing|a fail|a failure|"
			+ "failure|zero|nothing|last|losing)\\b|\\bbasically (?:failing|a fail|a failure|last|losing|zero)\\b"
			+ "|\\b(?:anything|everything) (?:under|below|other than|but) (?:a )?(?:perfect|100|flawless|five stars|"
			+ "perfection|full marks|top marks|ten out of ten)\\b"
			+ "|\\b(?:unless|if not) (?:every|all|everything|everyone)\\b[^.!?\\n]{0,60}\\b(?:not (?:doing my job|good enough|"
			+ "any good|cutting it|a real \\w+|a proper \\w+)|no good|didn'?t do my job|haven'?t done my job)\\b"
			+ "|\\b(?:means|meaning) (?:i'?m not|i am not|i didn'?t|i haven'?t|i'?ve not) (?:doing|do|done) my job\\b";

	static final String CATASTROPHISING = "\\b(?:my|our|the team'?s|the company'?s) (?:whole |entire |professional )?"
			+ "(?:career|reputation|future|name)(?: here| now| at this company)?(?:'s| is| will be| would be|'ll be| has)?"
			+ "(?: basically| totally| completely| officially| probably| definitely| now| just)? (?:over|finished|done|gone|"
			+ "ruined|destroyed|dead|toast|shot|in tatters|in ruins|down the drain|up in smoke)\\b"
			+ "|\\bthat'?s (?:me|it for me) (?:finished|done for|toast|out of a job|sacked|gone)\\b"
			+ "|\\b(?:we'?re|i'?m|we are|i am) (?:all |so |totally |completely |well and truly )?(?:toast|doomed|done for|"
			+ "screwed|sunk|all finished)\\b"
			+ "|\\b(?:out on my ear|out of a job|on the dole|in the gutter|lose (?:the|my) (?:house|flat|home))\\b"
			+ "|\\b(?:everything|it all|the whole (?:thing|place|team|company|department))(?:'s| is)? (?:going to|gonna|will|"
			+ "'ll|about to) (?:fall apart|collapse|go under|crash and burn|go up in flames|fall to pieces|be ruined|implode)\\b"
			+ "|\\b" + WILL + " (?:go under|go bust|go bankrupt|crash and burn|implode|snowball)\\b"
			+ "|\\bthe end of (?:everything|my career|my job|the line for me)\\b"
			+ "|\\b(?:can'?t|cannot) (?:take|handle|face|stand|survive|bear) (?:one more|another|any ?more)\\b"
			+ "|\\b(?:a |the )?laughing ?stock\\b|\\bthe talk of the (?:office|company|floor|building)\\b"
			+ "|\\bthe beginning of the end\\b|\\b(?:could|will|would|going to|gonna) sink (?:the|us|me|everything|our)\\b"
			+ "|\\b(?:i'?m|i am) (?:done|finished|gone)[,!]? (?:finished|done|gone|over)\\b|\\b(?:everything|it all) (?:collapses|"
			+ "falls apart|goes under|crumbles|comes crashing down)\\b|\\bnever work (?:in [\\w ]{1,20} )?again\\b";

	static final String LABELLING = "\\bwhat (?:sort|kind|type) of (?:an? )?(?:idiot|moron|loser|fool|numpty|clown|muppet|"
			+ "amateur|imbecile|failure|useless|incompetent)\\b"
			+ "|\\b(?:my|our|the|that|this) (?:new |senior |junior |whole )?(?:teammate|team ?mate|colleague|co-?worker|"
			+ "supervisor|manager|boss|lead|team ?lead|trainer|guy|hire|starter|agent|customer|caller|client) (?:is|was|are|"
			+ "were|'s)\\s+(?:(?:just|such|a|an|so|totally|completely|utterly|absolutely|really|basically|simply|total|"
			+ "complete|absolute)\\s+){0,3}(?:lazy|useless|hopeless|clueless|incompetent|selfish|thick|dim|idiot|moron|"
			+ "waste of space|dead ?weight|liability|joke|nightmare|pathetic|stupid|worthless)\\b"
			+ "|\\b(?:i'?m|im|i am) (?:easily |probably |definitely |just |clearly )?the (?:weakest|worst|slowest|dumbest|most useless|"
			+ "least (?:competent|capable|useful)) (?:agent|one|person|link|member|rep|of (?:us|them|the lot))\\b"
			+ "|\\b(?:i'?m|im|i am) (?:such |just |a |an |a total |a complete |an absolute |a right )*(?:dumbass|dumb ass|dimwit|"
			+ "dunce|nitwit|plonker|wally|airhead|halfwit)\\b"
			+ "|\\b(?:idiot|useless|incompetent|hopeless|pathetic|a failure|a fraud|a loser|stupid|rubbish|a joke|lazy|clueless|"
			+ "thick|dumb|a mess|a disaster|"
			+ "worthless),? (?:that'?s|that is) (?:what i am|me|all i am)\\b";

	static final String MIND_READING = "\\b(?:obviously|clearly|surely|evidently|i bet|no doubt|definitely|probably)\\s+"
			+ PEOPLE + "(?:'s|'re| is| are| was| were)?\\s+(?:still\\s+|so\\s+|really\\s+)?(?:hated|hates|despised|loathed|"
			+ "disliked|thought|thinks|judging|annoyed|disappointed|bored|fed up|laughing|couldn'?t stand|can'?t stand|"
			+ "didn'?t like|doesn'?t like|didn'?t rate|doesn'?t rate|regrets?|wants me|wanted me|irritated|furious|cross)\\b"
			+ "|\\b" + PEOPLE + "(?: (?:in|on|at|from) (?:the|my|this|that) \\w+)?(?:'s|'re| is| are| was| were) (?:probably|"
			+ "definitely|obviously|clearly|surely|secretly|silently|quietly) (?:\\w+ )?(?:judging|annoyed|disappointed|"
			+ "fed up|sick of|tired of|laughing|talking|counting|watching|scrutini[sz]ing|checking|questioning|doubting|bored|"
			+ "embarrassed|irritated|furious|angry|mad|cross|upset)\\b"
			+ "|\\b" + PEOPLE + " (?:all )?(?:reckons?|reckoned|assumes?|assumed|suspects?|seems? to think|must think)"
			+ " (?:that )?(?:i|i'?m|me|my)\\b"
			+ "|\\b" + PEOPLE + " (?:can|could) (?:probably |definitely |clearly |totally |all )?(?:hear|see|tell|sense|spot)"
			+ " (?:how|that i|i'?m|i am|i was|my (?:nerves|panic|fear|inexperience))\\b"
			+ "|\\b" + PEOPLE + " (?:all |definitely |probably |obviously |secretly |clearly |always )?(?:laugh(?:s|ed|ing)? (?:at|about)|"
			+ "talk(?:s|ed|ing)? about|gossip(?:s|ed|ing)? about|roll(?:s|ed)? (?:their|"
			+ "his|her) eyes at|moan(?:s|ed)? about|mock(?:s|ed)?|look(?:s|ed)? down on) (?:me|my)\\b"
			+ "|\\bi (?:just )?(?:know|knew|could tell|can tell|bet|could see|can see) (?:that )?" + PEOPLE + "\\b[^.!?\\n]{0,30}?"
			+ "\\b(?:didn'?t|doesn'?t|don'?t|won'?t) (?:believe|buy|trust|rate|want|respect)\\b"
			+ "|\\b(?:pretty sure|i'?m sure|i'?m certain|i bet|i reckon|no doubt)\\b[^.!?\\n]{0,40}\\b(?:is|are|'s|'re|was|were) "
			+ "(?:all )?(?:annoyed|fed up|sick of|tired of|disappointed|judging|laughing at|talking about|angry|cross|mad) "
			+ "(?:with |at |in )?me\\b"
			+ "|\\b(?:could|can) (?:feel|sense|tell) (?:\\w+ ){1,3}(?:rolling (?:her|his|their) eyes|judging|sighing at|"
			+ "laughing at|smirking)\\b";

	static final String FORTUNE_TELLING = "\\b(?:they|he|she|it|this|things|people|nobody|no one|(?:my|the|this|that|our) \\w+)(?:'ll|"
			+ " will) never (?!forget\\b)\\w+"
			+ "|\\b(?:they|he|she|it|this|things|people|nobody|no one)(?:'re|'s| are| is) (?:never|not ever) (?:going to|gonna)"
			+ " \\w+"
			+ "|\\bi'?m never (?:going to|gonna) (?:get|be|pass|make|improve|learn|hit|change|win|fit|belong|progress|succeed|"
			+ "master|catch up|keep up|be good)\\b"
			+ "|\\b" + WILL + "\\s+(?:definitely |probably |surely |"
			+ "certainly |obviously |just |all )?go (?:terribly|badly|horribly|awfully|wrong|pear-shaped|south|belly up)\\b"
			+ "|\\b" + WILL + " (?:definitely |probably |surely |certainly |obviously )?be (?:chaos|hell|brutal|miserable|"
			+ "unbearable|grim|a shambles|carnage|horrendous|a bloodbath)\\b"
			+ "|\\b" + WILL + "\\s+(?:definitely |probably |surely |"
			+ "just |obviously )?(?:let me go|sack me|replace me|get rid of me|write me up|demote me|pass me over|drop me)\\b"
			+ "|\\bno (?:chance|hope)(?: in hell)? (?:that )?(?:they'?ll|they|he|she|i'?ll|i|it|this|we|my|the)\\b"
			+ "|\\b" + WILL + " (?:\\w+ ){0,2}even (?:angrier|worse|more furious|more upset)\\b"
			+ "|\\b(?:mark my words|just you watch|i can see it coming|i can already (?:see|tell)|not a (?:hope|prayer))\\b"
			+ "|\\bi (?:just |already )?know\\b[^.!?\\n]{0,40}\\b" + WILL + "\\b[^.!?\\n]{0,30}?\\b" + BAD_OUTCOME
			+ "|\\bno (?:way|chance) (?:i'?m|i am|i'?ll|i will) (?:ever )?(?:passing|getting|making|hitting|winning|finishing|"
			+ "clearing|pass|get|make|hit|win|finish|clear)\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:just |only |probably |definitely |totally )?(?:fluff|botch|"
			+ "stuff (?:it|this) up|muck (?:it|this) up|make a (?:fool|mess|hash) of|embarrass myself|look (?:stupid|like an "
			+ "idiot)|humiliate myself|fall apart|crash and burn|flop)\\b";

	static final String PERSONALISATION = "\\b(?:i )?(?:feel|felt) (?:personally |totally |completely |so |really )?"
			+ "responsible for\\b"
			+ "|\\b(?:it'?s|that'?s|this is|that is|it is|it was|that was|was|is) (?:all )?on my (?:head|shoulders|conscience)\\b"
			+ "|\\bi (?:must have |must'?ve |probably |definitely )?(?:jinxed (?:it|this|that|them|the \\w+)|drove (?:\\w+ )?"
			+ "(?:out|away|off)|pushed (?:\\w+ )?away|made (?:him|her|them) (?:quit|leave|cry|cancel))\\b"
			+ "|\\b(?:i )?must(?: have|'ve) (?:done|said|written|clicked|pressed|missed|touched|broken) something\\b"
			+ "|\\bi must(?: have|'ve) [^.!?\\n]{0,25}\\b(?:wrong|badly|incorrectly|poorly)\\b"
			+ "|(?<!round )(?<!drinks )(?<!coffee )(?<!lunch )(?<!pizza )(?<!dinner )(?<!treat )(?<!one )\\b(?:is|was|are|were) "
			+ "(?:all |entirely |totally )?on me\\b";

	static final String SHOULD_STATEMENTS = "\\b(?:a|any) (?:good|decent|real|proper|competent|professional) (?:agent|rep|team ?lead(?:er)?|supervisor|tech|advi[sc]er|"
			+ "support (?:agent|person)|team member|lead|manager|employee|worker|colleague) (?:has to|needs to|is meant to|"
			+ "is supposed to|always|must|never needs|knows)\\b"
			+ "|\\b(?:a|any|a real|a proper) pro (?:would|wouldn'?t|should|shouldn'?t|never|doesn'?t|does not|always)\\b"
			+ "|\\bi (?:should|ought to|must) (?:really )?(?:know|remember|have learned|have learnt) (?:every|all|everything|"
			+ "it all|by now)\\b|\\bby now i (?:should|ought to|must)\\b|\\b(?:should|ought to)\\b[^.!?\\n]{0,30}\\bby now\\b"
			+ "|\\bi (?:must|have to|need to|'ve got to|gotta) (?:get|do|have) (?:every|each|all)(?: single)? (?:\\w+ ){0,2}"
			+ "(?:right|perfect|perfectly|correct)\\b"
			+ "|\\b(?:shouldn'?t|should not|ought not to) (?:need (?:a |to |help\\b|any |reminding)|have to \\w+|have needed)"
			+ "|(?<![\\p{L}'] )(?:should|shouldn'?t|ought to)(?: have|'ve)? (?:known|been|caught|seen|done|checked|asked|"
			+ "had|be able|spotted|noticed|realised|realized)\\b"
			+ "|\\bi (?:mustn'?t|must not|shouldn'?t|should not) (?:ever )?(?:let (?:anyone|anybody|them|people|the team|"
			+ "my \\w+|customers|the customers) (?:see|know|notice|hear)|show (?:weakness|that i'?m|any))\\b";

	static final String OVERGENERALISATION = "\\b(?:it'?s|it is|that'?s|this is) (?:like this|the same|how it (?:goes|is)|"
			+ "the same old)\\b[^.!?\\n]{0,20}\\bevery (?:single )?(?:day|shift|time|week|call|morning)\\b"
			+ "|\\bhow it (?:goes|is|always goes) every (?:single )?(?:day|shift|time|week)\\b"
			+ "|\\bsame (?:story|thing|old story|nonsense|rubbish|drama|mess) every (?:single )?(?:day|shift|time|week|call|"
			+ "morning)\\b|\\bevery (?:single )?(?:day|shift|week) in this (?:place|job|team|queue|department)\\b"
			+ "|\\bwhenever (?:i|we|a customer|someone|something|there'?s)\\b(?=[^.!?\\n]{0,60}\\b" + BAD_OUTCOME + ")"
			+ "|\\b(?:jams?|jammed|breaks?|crash(?:es)?|fails?|freezes?|dies|goes wrong|goes down|messes up) (?:\\w+ )?every "
			+ "(?:single )?time\\b"
			+ "|\\bi (?:always|never) get (?:the|a|any) (?:straightforward|normal|quiet|decent|fair|interesting|easy|good|"
			+ "nice|simple) (?:ones|tickets|calls|customers|shifts|cases|queues)\\b"
			+ "|\\ball (?:managers|customers|people|they|callers|bosses|clients|leads) (?:ever )?(?:care about|want|think "
			+ "about) is\\b"
			+ "|\\b(?:customers|callers|people|clients|managers|everyone|they) (?:lie|moan|complain|shout|yell|whinge|cheat|"
			+ "ignore me|blame me|swear) (?:all the time|every (?:single )?time|constantly|non-?stop)\\b"
			+ "|\\bcan'?t trust (?:any|anyone|anybody) (?:of them)?\\b"
			+ "|\\b(?:go(?:es)? wrong|mess(?:es)? up|break(?:s)? down|fall(?:s)? apart|fails?)\\b[^.!?\\n]{0,25}\\b(?:constantly|"
			+ "all the time|without fail|every (?:single )?time)\\b";

	static final String MENTAL_FILTER = "\\ball that (?:stuck|sticks|counts|counted|matters|mattered|stayed with me|i "
			+ "(?:can )?(?:remember|see|hear|think about))\\b(?! (?:is|was)\\b)"
			+ "|\\bthe only (?:thing|bit|part|one|comment|feedback) (?:that )?(?:counts|counted|matters|mattered|stuck|sticks|"
			+ "stayed with me|i (?:can )?(?:remember|see|hear|think about|took away))\\b(?! (?:is|was)\\b)"
			+ "|\\ball i (?:can |could )?(?:heard|saw|remembered|noticed|thought about|focused on|could hear|could see)\\b"
			+ "|\\b(?:doesn'?t|don'?t|didn'?t) change the fact (?:that )?(?:i|it|the|my)\\b"
			+ "|\\bone\\b[^.!?\\n]{0,40}\\bis what i'?(?:m going to|ll|ll always) remember\\b"
			+ "|\\bthe rest (?:of (?:it|the \\w+) )?(?:didn'?t|doesn'?t|don'?t|did not|does not) (?:matter|count|mean "
			+ "anything)\\b|\\bnone of (?:that|it|the \\w+) (?:matters|counts|means anything|mattered|counted) (?:when|"
			+ "because|if|next to|compared)\\b"
			+ "|\\b(?:mean|means|meant|count|counts|counted) (?:for )?nothing (?:next to|compared to|compared with|against|"
			+ "when|because|if)\\b"
			+ "|\\b(?:one|single)\\b[^.!?\\n]{0,40}?\\b(?:ruined|spoiled|spoilt|wrecked|tainted|soured|overshadowed) "
			+ "(?:(?:the|my|our) (?:whole |entire )?(?:day|week|shift|morning|afternoon|evening|month|weekend|mood)|"
			+ "everything|it all|all of it)\\b"
			+ "|\\bbut\\b[^.!?\\n]{0,40}\\bone\\b[^.!?\\n]{0,30}\\bso (?:the|today|it|my|this|that)\\b[^.!?\\n]{0,20}\\b"
			+ "(?:was|is|were|are|'s)\\s+(?:\\w+\\s+)?(?:bad|rubbish|terrible|awful|a failure|a waste|ruined|pointless|useless|"
			+ "worthless|wasted|a write-off|crap)\\b"
			+ "|\\b(?:fixated|fixating|obsessing|obsessed|dwelling|ruminating) (?:on|over|about)\\b"
			+ "|\\b(?:can'?t stop|keep|kept|keeps) (?:going back to|going back over|coming back to|looping|playing (?:it|that|"
			+ "the \\w+) (?:back|over)|(?:seeing|picturing|hearing) (?:the moment|that moment|her face|his face|the look|"
			+ "the bit|the part|it|that|their))\\b"
			+ "|\\b(?:on (?:a )?loop|on repeat|looping|going round) in my head\\b"
			+ "|\\bi (?:only|just) (?:ever )?(?:remember|see|notice|think about|hear|focus on|dwell on) (?:the|that|this) "
			+ "(?:one |single )?(?:guy|one|customer|person|caller|client|email|ticket|comment|mistake|bit|moment|review|call|"
			+ "complaint|woman|man)\\b";

	static final String EMOTIONAL_REASONING = "\\b(?:i (?:feel|felt)|i'?m|i am|i was|feel|feeling|felt)\\s+(?:so |"
			+ "really |very |a bit |totally |completely |just |like |this )?" + FEELING + "\\b[^.!?\\n]{0,45}\\b(?:must (?:be|have|"
			+ "mean|not)|(?:has|have|got) to (?:be|mean)|which (?:tells me|proves|shows|means)|that (?:proves|tells me|shows)|"
			+ "so i (?:obviously|clearly|definitely|really) am|so i (?:guess|suppose|reckon) (?:i (?:am|must)|i'?m))\\b"
			+ "|\\bfeel(?:ing|s)? (?:so |really |this )?\\w+ (?:means|proves|must mean)\\b"
			+ "|\\bmy (?:stomach|gut|chest|heart) (?:is|was|feels|felt)\\s+(?:\\w+\\s+)?(?:in knots|tight|racing|churning|"
			+ "sinking|pounding)\\b[^.!?\\n]{0,30}\\b(?:so|which means|must)\\b";

	private SelfTalkFamilies() {
	}
}
