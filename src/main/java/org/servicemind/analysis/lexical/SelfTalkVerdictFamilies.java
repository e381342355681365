package org.servicemind.analysis.lexical;

/**
 * Phrasing families of the self-talk lexicon for verdicts on oneself, one's work and other people (tenth round,
 * 2026-12-02), one regex alternation per distortion type, joined by {@link SelfTalkRules} after the earlier families.
 * They cover a conditional that turns falling short into a verdict ("if I'm not top, I'm basically bottom"), "not fit
 * for ... at all", success defined as perfection ("a good shift = zero complaints"); a superlative or a "just a ... with
 * a headset" name for oneself; a universal closing a clause ("..., every one of them"); the one bad part named as what
 * counts ("the box that tells the truth", "which is what today was really about") and praise put down to the other
 * person's mood ("she was probably just relieved"); blame kept "whatever the logs say" or placed on "me" for another
 * person's loss ("she lost them because I didn't ..."); and duties without exceptions for a role ("a reviewer has to
 * catch everything"). Every gap is bounded ({@code {0,n}} inside one sentence), so matching stays linear in the text
 * length, and every alternative starts with a literal word, so the shared gated scan can skip texts without it. Patterns
 * are original to ServiceMind and written over {@link FoldedText} (lower case, straight apostrophes).
 */
final class SelfTalkVerdictFamilies {

	private SelfTalkVerdictFamilies() {
	}

	/** the end of a sentence or clause */
	private static final String END = "(?=[.!,;]|$)";

	/** the end of a sentence */
	private static final String STOP = "(?=[.!]|$)";

	/** the verdict that ends a conditional all-or-nothing rule */
	private static final String VERDICT = "(?:bottom|nothing|useless|worthless|a failure|a fraud|lying|rubbish|the worst|"
			+ "failing|a write-?off|pointless|not fit|no good|no use|shouldn'?t be (?:trusted|allowed|here|doing)|should (?:quit|"
			+ "leave|give up|resign|bin it|scrap it)|should just (?:quit|leave|give up|resign))";

	/** what a group is accused of, before a universal that closes the clause */
	private static final String GROUP_FAULT = "(?:rude|lazy|idiots?|time-?wasters?|hate|hates|never|breaks|fail|fails|useless|"
			+ "awful|horrible|late|the same|against|complain|moan|shout|yell|drunk|liars?|worse|bad|see me|clueless|"
			+ "wrong|selfish|ungrateful|entitled|mess)";

	static final String ALL_OR_NOTHING = "\\bif (?:i'?m|i am|i can'?t|i don'?t|i can|it isn'?t|it'?s not|we can'?t|i didn'?t)\\b"
			+ "[^.!?\\n]{1,60}?,? (?:then )?(?:i'?m|i am|it'?s|we'?re|i|we) (?:basically |just |not |officially |clearly |"
			+ "really |simply )*" + VERDICT + "\\b"
			+ "|\\bnot (?:cut out|good enough|capable|suited|meant|fit to (?:be|run|lead|teach|manage|work)|fit for) [^.!?\\n]{1,40}? "
			+ "at all\\b"
			+ "|\\bshouldn'?t be (?:trusted|allowed|let near)\\b[^.!?\\n]{0,40}?\\bat all\\b"
			+ "|\\b(?:i|you) can(?:'?t|not) win" + STOP
			+ "|\\banything (?:else|less|short of that|below that|under that)(?: and|,) (?:it'?s|i'?ve|that'?s|i'?m) (?:a |an )?"
			+ "(?:write ?-?off|fail\\w*|waste|disaster|pointless|nothing|useless|rubbish|bad)\\b"
			+ "|\\ban? (?:good|decent|successful|proper) [\\w-]+ (?:=|means|is) (?:zero|no|100%|every|perfect|not a single|"
			+ "nothing less)\\b"
			+ "|\\b(?:and|so|means|then) (?:the|my) (?:whole|entire) [\\w-]+(?:'s| is| was) (?:gone|ruined|over|wasted|a write-?off|"
			+ "shot|blown|a failure|failed)\\b"
			+ "|\\banything (?:under|below|less than|short of|other than) (?:an? )?[\\w%-]+\\b[^.!?\\n]{0,40}?\\b(?:is|counts as|=) "
			+ "(?:a )?(?:fail|failure|loss|write-?off|waste|zero)\\b"
			+ "|\\bstill (?:adds up to|counts as|equals) (?:a )?(?:wrong|fail|failure|zero|nothing|a loss)\\b"
			+ "|\\bone [\\w-]+(?: [\\w-]+)? and (?:the|my|this|that) [\\w-]+(?:'s| is| was) (?:ruined|wasted|gone|a write-?off|"
			+ "pointless|a failure)\\b"
			+ "|\\bgood isn'?t good enough\\b"
			+ "|\\b(?:the )?whole (?:thing|day|week|night|evening|cake|lot|batch|event|trip|holiday|weekend)(?:'s| is| was) "
			+ "(?:ruined|wasted|a write-?off|pointless|a failure)\\b"
			+ "|\\b(?:didn'?t|one|except|apart from|but)\\b[^.!?\\n]{0,40}?,? so (?:the|my|our|this|that) (?:whole |entire )?[\\w-]+ "
			+ "(?:was|is|'s) (?:a flop|a failure|a write-?off|a waste|ruined|pointless)\\b"
			+ "|\\bmight as well have (?:come|finished|been) (?:last|bottom|nowhere)\\b"
			+ "|\\bunless i (?:can |could )?(?:do|get|make|play|write|cook|run|say) (?:it|this|that|them|everything)\\b[^.!?\\n]{0,20}?"
			+ "\\b(?:perfectly|properly|right|100%|brilliantly),? (?:there'?s )?no point\\b";

	static final String LABELLING = "(?<!therefore )(?<!obvious )(?<!mean )(?<!means )(?<!proves )(?<!clear )\\b(?:i'?m|i am) (?:just |probably |definitely |clearly |officially |basically )?the (?:most "
			+ "(?:useless|unreliable|incompetent|disorganised|disorganized|annoying|hopeless|clueless|forgetful|careless|"
			+ "awkward|pathetic|needy|stupid)|least (?:capable|competent|reliable|useful|talented|professional|clever|"
			+ "organised|organized)|weakest|slowest|dumbest|thickest|laziest|stupidest|clumsiest)\\b"
			+ "|\\b(?:i'?m|i am) (?:just|only|nothing but|basically just|basically) an? [\\w-]+(?: [\\w-]+)? with an? (?:headset|"
			+ "keyboard|laptop|badge|lanyard|login|job title|phone|script)\\b"
			+ "|\\b(?:i'?m|i am) nothing but an?\\b"
			+ "|\\b(?:i'?m|i am) (?:just |basically |only |really |simply )?an? [\\w-]+(?: [\\w-]+)? (?:who|that) (?:never "
			+ "(?:made it|makes it|gets anything|learns|finishes|manages|amounts|does anything)|can'?t (?:do|get|manage|cope|"
			+ "keep|hold)|lets (?:everyone|people|the team) down)\\b"
			+ "|\\b(?:i'?m|i am) (?:just |such |a total |a complete |basically |really )?an? (?:drag|pain|nuisance|pest|drain|"
			+ "spare part|hindrance|bottleneck|charity case|control freak|people-?pleaser|has-been|also-ran|nobody|bluffer|"
			+ "chancer)\\b(?! (?:on|at|in|for|of|about|with)\\b)"
			+ "|\\b(?:i'?m|i am|my brain(?:'s| is)) (?:just )?not (?:wired|built|made) (?:for|to)\\b|\\band mine (?:isn'?t|is not)"
			+ STOP
			+ "|\\bwhat an? (?:waste|excuse|joke|disgrace|embarrassment|let-?down) (?:of|for) [\\w -]{1,25}? i am\\b"
			+ "|\\b(?:i'?m|i am) (?:basically |just |really )?the (?:team|office|department|floor|group|family)'?s (?:charity case|"
			+ "weak link|dead ?weight|liability|problem|joke|burden|spare part|screw-?up|disaster)\\b"
			+ "|\\bme,? the (?:useless|stupid|thick|slow|hopeless|clueless|dim|lazy|weak|dense) one\\b"
			+ "|\\b(?:great|fantastic|brilliant|wonderful|lovely|fine|top|model) (?:mum|dad|mother|father|friend|wife|husband|son|"
			+ "daughter|sister|brother|partner|teacher|nurse|colleague|agent|manager|lead|boss|employee|person|parent|host|cook|"
			+ "driver|coach|carer) (?:i am|i'?m turning out to be|i make)\\b"
			+ "|\\b(?:i'?m|i am) (?:a |an )?walking (?:hazard|liability|accident|embarrassment|health and safety (?:risk|issue))\\b"
			+ "|(?<=^|[.!?\\n] |[.!?] {2}|\\n)(?:hopeless|useless|pathetic|sorry|sad|poor) (?:specimen|case|article|individual)"
			+ "(?=[.!,]|$)"
			+ "|\\b(?:soft|useless|hopeless|sieve|thick|slow|lazy|weak|idiot|mess|disaster|liability|failure|coward|wimp|pushover|"
			+ "doormat|clumsy|forgetful|scatty|dim|daft|stupid)\\b[^.!?\\n]{0,25}?,? that'?s (?:what i am|me|who i am)(?=[.!]|$)";

	static final String OVERGENERALISATION = "\\b" + GROUP_FAULT + "\\b[^.!?\\n]{0,60}?,? (?:every (?:single )?one of them|"
			+ "all of them|each and every one(?: of them)?|every last one(?: of them)?|without exception|always|every time)"
			+ STOP
			+ "|\\b(?:it'?s|that'?s) (?:like that|the same|how it goes|always like that) with every [\\w-]+ i\\b"
			+ "|\\bnothing (?:good|nice|positive)\\b[^.!?\\n]{0,30}?\\bever\\b"
			+ "|\\bhappens? (?:to me )?(?:every (?:single )?time|all the time)\\b"
			+ "|\\beverything (?:bad|wrong|difficult|awful)\\b[^.!?\\n]{0,30}?\\b(?:lands on|happens to|comes to|goes to|falls on) me\\b"
			+ "|\\bit'?s always (?:the (?:bad|worst|wrong|hard|difficult|angry|rude) one|me who)\\b"
			+ "|\\bevery (?:single )?[\\w-]+(?: [\\w-]+)? (?:has|have|always|just)? ?(?:hit|hits|ends|ended|blows|blew) (?:me|up "
			+ "in my face|badly|against me)\\b"
			+ "|\\bevery (?:single )?[\\w-]+ i (?:[\\w-]+ ){1,2}?[^.!?\\n]{0,30}?\\b(?:breaks|fails|goes wrong|gets (?:rejected|sent back|complaints?)|"
			+ "comes back|bounces|blows up|ends badly)\\b"
			+ "|\\bi can'?t (?:do|say|send|write|change|touch) (?:anything|a thing)\\b[^.!?\\n]{0,10}?\\bwithout\\b"
			+ "|\\bi (?:get|end up with|draw|pick up|am given|get given) [^.!?\\n]{0,30}?\\b(?:every (?:single )?time|all the time|"
			+ "without fail)\\b"
			+ "|\\bevery (?:[\\w-]+ ){1,2}i'?ve (?:ever )?(?:had|worked (?:with|for)|met|dealt with)\\b[^.!?\\n]{0,30}?\\b(?:hated|"
			+ "disliked|ignored|blamed|let me down|hates|dislikes)\\b"
			+ "|\\bone (?:[\\w-]+ ){1,2}after another\\b"
			+ "|\\b(?:nothing|nobody|no one|none of them)\\b[^.!?\\n]{1,50},? ever(?=[.!]|$)"
			+ "|\\b(?:anything|everything) i (?:[\\w-]+ ){1,2}?(?:dies|breaks|fails|goes wrong|falls apart|gets ruined)\\b"
			+ "|\\bevery (?:single )?(?:[\\w-]+ ){1,2}i (?:[\\w-]+ ){1,2}?(?:ends up (?:in the bin|wrong|ruined|burnt|late)|goes in the bin)\\b"
			+ "|\\bthey'?re all (?:the same|like that|rude|useless|idiots|awful)(?=[.!,]|$)"
			+ "|\\b(?:nobody|no one) (?:in|at|on|from) (?:this|my|the) [\\w-]+ (?:ever )?(?:remembers|notices|cares|listens|asks|thanks|"
			+ "helps|calls|invites|picks|bothers)\\b(?=[^.!?\\n]{0,20}\\b(?:me|my)\\b)"
			+ "|\\b(?:i'?m|i am|i'?ll be|i'?ll always be) the [\\w-]+ one,? (?:forever|for good|for ever)\\b"
			+ "|(?<=^|[.!?\\n] |[.!?] {2}|\\n)typical,? (?:every (?:single )?time|as always)(?=[.!]|$)"
			+ "|\\bsame (?:story|thing|old story) (?:my whole life|every time|all my life|as always)\\b";

	static final String MENTAL_FILTER = "\\bbut (?:that|this) one'?s the one\\b"
			+ "|\\bthe (?:one|bit|part|box|score|number|comment|call|line|mark) that (?:tells the truth|sticks|stays with me|"
			+ "i'?ll remember)\\b"
			+ "|\\b(?:is|are|was|were) the real (?:picture|story|truth|measure)\\b"
			+ "|\\b(?:which is|that'?s|that is) what (?:today|tonight|the \\w+|this \\w+|my \\w+|it) (?:was|is) "
			+ "(?:really|all|actually) about\\b"
			+ "|\\bnone of (?:which|them|that|those|it) (?:count|counts|matter|matters|means? anything)\\b"
			+ "|\\b(?:she|he|they|the \\w+) (?:was|were|'s|'re|is|are) (?:probably |just |only )+(?:relieved|humouring me|humoring me|"
			+ "in a good mood|pitying me|feeling sorry for me|trying to be nice|being generous)\\b"
			+ "|\\b(?:probably|must have|bet (?:she|he|they)) (?:pressed|clicked|hit|ticked|picked) the wrong (?:button|box|star|"
			+ "option|number)\\b"
			+ "|\\b(?:just|only) (?:stuff|things|the bits|what) anyone (?:would|could|can)\\b"
			+ "|\\bpopularity contest\\b"
			+ "|\\bnot because (?:i'?m|i am|i was) (?:any |actually |really )?(?:good|\\w+ good|skilled|competent)\\b"
			+ "|\\bshould (?:feel|be) (?:good|happy|pleased|proud)\\b[^.!?\\n]{0,40}?\\bbut\\b"
			+ "|\\bthat'?s (?:all|the only thing) i'?(?:ve got|ll remember|m taking|took away|remember)\\b"
			+ "|\\bthe (?:bit|part|one|thing|comment) i'?m (?:taking home|carrying home|holding onto|hanging onto|fixated on)\\b"
			+ "|\\bonly\\b[^.!?\\n]{0,40}?\\b(?:again and again|over and over)\\b"
			+ "|\\b(?:doesn'?t|does not) (?:matter|count) about\\b"
			+ "|\\bonly the (?:criticism|complaints?|bad|negative|mistakes?|one)\\b[^.!?\\n]{0,10}?\\b(?:did|does|stuck|stays|"
			+ "registered|counts|matters)\\b"
			+ "|\\b(?:praise|compliments?|good feedback|thanks|positives?)\\b[^.!?\\n]{0,20}?\\b(?:didn'?t|doesn'?t|never) "
			+ "(?:register|land|sink in|stick|count)\\b"
			+ "|\\bbut\\b[^.!?\\n]{0,80}?\\bso (?:it was |it'?s |that'?s |overall |really )?(?:a )?(?:bad|rubbish|terrible|awful|crap|"
			+ "wasted|failed|lousy) (?:day|week|shift|month|year)\\b"
			+ "|\\b(?:good|positive|nice|kind|great) (?:feedback|comments?|reviews?|scores?|results?|ratings?|surveys?|words)\\b"
			+ "[^.!?\\n]{0,20}?\\b(?:don'?t|doesn'?t|didn'?t) (?:really |actually )?(?:mean|count|matter)\\b"
			+ "|\\b(?:only|just) (?:complimented|praised|thanked|said (?:it|that|so)) (?:me )?(?:to be (?:polite|nice|kind)|out of "
			+ "(?:pity|politeness)|because (?:they|she|he) had to)\\b"
			+ "|\\b(?:just|only|probably|basically|simply) got lucky\\b|\\bgot lucky,? (?:that'?s all|nothing more|is all)\\b"
			+ "|\\bbut (?:that'?s|it'?s|that was|it was) (?:just |only )(?:because|cos|since)\\b"
			+ "|\\b(?:that|this|the) [\\w-]+ is the (?:whole )?(?:holiday|day|week|trip|year|weekend|evening|review|shift|match|"
			+ "party|wedding|night) now\\b"
			+ "|\\bso (?:it|that) doesn'?t (?:feel|seem|count) like (?:much|anything)\\b"
			+ "|\\bguess which (?:one|bit|line|part|comment|thing|word) i\\b"
			+ "|\\bthe (?:bit|part|one|thing|comment|line) i (?:keep|can'?t stop) (?:hearing|replaying|seeing|thinking about|"
			+ "coming back to)\\b"
			+ "|\\bi know which (?:one|face|bit|line|part|comment|call|mistake|moment) i'?ll\\b"
			+ "|\\b(?:can'?t|cannot|couldn'?t) stop (?:counting|picturing|rereading|re-reading)\\b";

	static final String PERSONALISATION = "\\b(?:regardless of|no matter|whatever) (?:what )?(?:the )?(?:logs?|reason|evidence|"
			+ "facts|data|cause|anyone says|they say)\\b[^.!?\\n]{0,40}?\\b(?:mine|on me|my fault|my doing)\\b"
			+ "|\\b(?:mine|on me|my fault|my doing),? (?:regardless|no matter what|whatever the)\\b"
			+ "|\\b(?:whatever|anything that|everything that) goes wrong\\b[^.!?\\n]{0,40}?\\b(?:that'?s|it'?s|is) (?:on )?me\\b"
			+ "|\\b(?:she|he|they|the \\w+|my \\w+) (?:lost|missed|got|had|was|were|ended up|"
			+ "couldn'?t)\\b[^.!?\\n]{0,50}?\\bbecause i (?:didn'?t|wasn'?t|forgot|missed|couldn'?t)\\b"
			+ "|\\bevery (?:mistake|error|slip|complaint) (?:she|he|they|the \\w+) (?:makes?|made)\\b[^.!?\\n]{0,20}?\\b(?:i made|mine|"
			+ "on me|my fault)\\b"
			+ "|\\bi'?ve (?:basically |probably |practically )?(?:put (?:her|him|them) there|driven (?:her|him|them) (?:to|out|"
			+ "away|off))\\b"
			+ "|\\b(?:a|the) (?:score|verdict|judgement|judgment|reflection|measure) (?:of|on) me(?: as a person)?\\b"
			+ "|\\b(?:mine|on me|my fault|my doing),? (?:because|cos|since) i\\b"
			+ "|\\bi'?ve done (?:that|this) to (?:him|her|them)\\b"
			+ "|\\bbut still,? (?:me|my fault|on me|mine)(?=[.!]|$)"
			+ "|\\blost it for (?:all of us|everyone|the (?:whole )?team)\\b"
			+ "|\\bi (?:wear|drag|drive) (?:people|everyone|them) (?:out|down|away|mad)\\b"
			+ "|\\bi (?:must have|must'?ve|probably|definitely) (?:killed|ruined|spoiled|wrecked|dampened|sealed) (?:the|it|everything)\\b"
			+ "|\\b(?:i bet|probably|must have been|surely) my [\\w-]+ (?:sealed it|did it|was the reason|tipped it|finished it|killed it)\\b";

	static final String EMOTIONAL_REASONING = "\\b(?:feel|feels|felt|feeling)\\b[^.!?\\n]{0,60}?,? (?:which|and that|that|it) "
			+ "(?:\\w+ ){0,2}?(?:proves|means|shows|confirms) (?:that )?(?:i'?m|i am|i was|i(?! (?:should|need|'ll|will|might|"
			+ "could|can|have to|ought)\\b)|it'?s|it is|they)\\b"
			+ "|\\b(?:sense of dread|bad feeling|gut feeling|feeling of dread|sinking feeling|knot in my stomach)\\b[^.!?\\n]{0,40}?,? so "
			+ "(?:[\\w']+ ){0,3}?(?:going to|will|'ll|must|is|'s) (?:be )?(?:bad|awful|terrible|a disaster|go wrong|wrong)\\b";

	static final String SHOULD_STATEMENTS = "\\b(?:an?|the|any) (?:good |decent |proper |real |senior |new )?(?:agent|rep|lead|team lead|"
			+ "manager|reviewer|engineer|supervisor|professional|colleague|employee|mum|mother|dad|father|parent|nurse|adviser|"
			+ "advisor|person|friend|partner|senior|trainer|mentor|developer|analyst|specialist|technician|boss|carer|teacher) (?:should|"
			+ "ought to|has to|must|needs to) (?:be )?[\\w -]{0,30}?\\b(?:at all (?:hours|times)|everything|all the time|24/7|round the clock|"
			+ "without fail|no matter what)\\b"
			+ "|\\bnot whenever (?:they|he|she|you|people) (?:feel like it|fancy|want)\\b"
			+ "|\\b(?:you'?re|you are|we'?re|we are) not allowed to (?:cry|make mistakes|make a mistake|fail|struggle|be wrong|"
			+ "get it wrong|be upset|have a bad day)\\b"
			+ "|\\ban? (?:professional|grown-?up|adult|expert|pro) (?:would never|wouldn'?t|would not|never|doesn'?t|does not) "
			+ "(?:get|let|need|make|cry|panic|lose)\\b"
			+ "|\\b(?:should|ought to) (?:have|be|get) (?:my |it |things |everything )?(?:life |act |stuff |head )?(?:together|"
			+ "figured out|straight)\\b"
			+ "|\\b(?:a|any) (?:proper|real|good|decent) (?:parent|mum|mother|dad|father|wife|husband|friend|daughter|son|host|cook|"
			+ "adult|grown-?up|man|woman) (?:would|should|doesn'?t|never|always|[a-z]+s)\\b"
			+ "|\\b(?:adults|grown-?ups|real men|grown men) (?:don'?t|do not|never) (?:nap|cry|need help|ask for help|get scared|panic|"
			+ "complain|moan|whinge)\\b|\\b(?:proper|good|real) (?:parents|mums|dads) (?:don'?t|never|always|should)\\b"
			+ "|\\bany (?:grown|normal|competent) (?:man|woman|adult|person) (?:can|could|should|would)\\b"
			+ "|\\b(?:you'?re|you are) (?:supposed|meant|expected) to (?:be the (?:strong|calm|reliable|sensible|grown-?up|capable) one|"
			+ "know (?:better|this|all)|cope|handle (?:it|this|everything)|never|always)\\b";
}
