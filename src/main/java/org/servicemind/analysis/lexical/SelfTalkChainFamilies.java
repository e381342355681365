package org.servicemind.analysis.lexical;

/**
 * Phrasing families of the self-talk lexicon for what is expected to happen next and what others are assumed to think
 * (tenth round, 2026-12-02), one regex alternation per distortion type, joined by {@link SelfTalkRules} after the
 * earlier families. They cover a chain of consequences after "if" or "then ..., then ..." that ends in a disaster
 * ("if he complains, my score tanks, no bonus, and then rent is not happening"); a prediction about a piece of work or
 * a person's reaction with a bad outcome ("the numbers will look bad", "she'll ring back raging"); and a negative
 * opinion of the writer placed in someone else's head, now or later ("they'll think I'm heartless", "he thinks support
 * is a nuisance", "everyone knows it"). Every gap is bounded ({@code {0,n}} inside one sentence), so matching stays
 * linear in the text length, and every alternative starts with a literal word, so the shared gated scan can skip
 * texts without it. Patterns are original to ServiceMind and written over {@link FoldedText} (lower case, straight
 * apostrophes).
 */
final class SelfTalkChainFamilies {

	private SelfTalkChainFamilies() {
	}

	/** the end of a sentence or clause */
	private static final String END = "(?=[.!,;]|$)";

	/** the last link of a chain of consequences: a loss the writer could not come back from */
	private static final String DISASTER = "(?:lose|lost|losing|sues?|sued|fired|sacked|homeless|evicted|nowhere|bankrupt|"
			+ "repossess\\w*|dies|die|dead|too late|hurt|the press|the papers|the news|ombudsman|tribunal|disciplinary|"
			+ "(?:a|on a) pip|no (?:job|bonus|pay|money|income|reference|home|house|car|career|future)|(?:i'?m|we'?re|then) out|"
			+ "out of (?:a )?(?:job|work)|ruined|everything goes|(?:it'?s|that'?s|i'?m) over|not happening|the end of|"
			+ "closes|close down|shut (?:\\w+ ){0,2}down|the lot|forever|gets? cut|laid off|made redundant|redundan\\w*|unemployable)";

	/** a short gap inside one clause: no negation or conjunction that would start another thought */
	private static final String GAP = "(?:(?!\\b(?:not|never|but|and|so|because)\\b|n'?t\\b)[^.!?,;\\n]){0,30}?\\b";

	/** words that dismiss a piece of the writer's work or their team's, in an opinion put in someone else's head */
	private static final String THING_OPINION = "(?:a hack|a joke|rubbish|useless|a waste|pointless|lazy|sloppy|amateur\\w*|"
			+ "the complaint bin|a nuisance|a pain)";

	static final String CATASTROPHISING = "\\b(?:if|what if|once)\\b[^.!?\\n]{0,80}?,[^.!?\\n]{0,60}?(?:,| and then| then)"
			+ "[^.!?\\n]{0,60}?\\b" + DISASTER + "\\b"
			+ "|\\bthen\\b[^.!?\\n]{1,60}?,? (?:and )?then\\b[^.!?\\n]{0,60}?\\b" + DISASTER + "\\b"
			+ "|\\bthen (?:out|the sack|the dole|nothing|the street)" + END
			+ "|\\b(?:like dominoes|domino effect|house of cards)\\b"
			+ "|\\b(?:my name|i)(?:'ll| will)? (?:gets?|end up|be) (?:out there|in the (?:papers?|news)|all over the (?:news|papers|internet))\\b"
			+ "|\\bwhat if\\b[^.!?\\n]{0,80}?\\b(?:too late|dies|hurt|lying there|nobody can|no one can|in the papers|the press|"
			+ "the police|in court|closes|bankrupt)\\b"
			+ "|\\beverything goes" + END
			+ "|\\b(?:follow|haunt|stay with) me (?:forever|for ever|for the rest of my (?:life|career))\\b|\\bunemployable\\b"
			+ "|\\b(?:spiral|spirals|snowball|snowballs|go downhill|goes downhill) from there\\b"
			+ "|\\b(?:wreck|wrecks|ruin|ruins|sink|sinks|tank|tanks) the (?:whole|entire) (?:quarter|year|account|project|company|"
			+ "business|team|department|launch|contract)\\b"
			+ "|\\b(?:probably|must be|it'?s|could be) something (?:serious|terrible|awful)\\b"
			+ "|\\bthat'?s (?:the |my |our )?[\\w-]+(?: [\\w-]+)? (?:gone|over|cancelled|ruined|finished)\\b[^.!?\\n]{0,60}?,? "
			+ "that'?s (?:[\\w-]+ ){0,4}?(?:gone|cancelled|ruined|over|finished|we haven'?t got|we can'?t afford)\\b"
			+ "|\\b(?:over|finished|back to square one|ruined) for good\\b"
			+ "|\\bword (?:will|'ll|is going to|'s going to) get (?:round|around|out) (?:and|that i|about (?:me|my|what i))\\b"
			+ "|\\b(?:can'?t afford (?:it|the|to|rent)|can'?t get to work(?! (?:early|late|on time|till|until|before|after))|no (?:college|future|income|money left)|bills piling up|"
			+ "off work for (?:weeks|months)|lose (?:the|my|our) (?:house|flat|home))\\b(?<=,[^.!?\\n]{1,80},[^.!?\\n]{1,80})"
			+ "|\\bsomething (?:terrible|awful|bad|horrible|dreadful) (?:must have|has (?:definitely|probably|obviously)) happened\\b";

	static final String FORTUNE_TELLING = "\\b(?:will|[a-z]+'ll|won'?t|going to|gonna)\\b[^.!?\\n]{0,80}?(?:,|;| -) (?:i (?:just |already )?"
			+ "know|i can feel it|mark my words|you watch|calling it now|i can see it (?:now|coming))(?: it)?" + END
			+ "|\\b(?:he|she|they|everyone|everybody|the \\w+|my \\w+)(?:'ll| will| are going to| is going to|'re going to|'s going to) (?:\\w+ ){0,2}?"
			+ "(?:resent (?:me|it|being)|reject (?:me|it|my)|cut (?:the|my|our)|drop (?:me|us|the)|sack me|blame me|judge me|ignore me|turn me down|ring back (?:raging|angry|furious|"
			+ "fuming)|be (?:annoyed|furious|livid|angry|cross|disappointed|fuming|raging|upset|unimpressed)|have (?:done|"
			+ "reported|complained|escalated) (?:it|me))\\b"
			+ "|\\b(?:it|this|that|the (?:\\w+ )?\\w+|my (?:\\w+ )?\\w+)(?:'ll| will|'s "
			+ "going to| is going to| are going to|'re going to) (?:\\w+ ){0,2}?(?:tank|flop|bomb|look (?:bad|awful|terrible)|get "
			+ "(?:sent back|rejected|binned|slated|torn apart|pulled|ripped apart)|be (?:rejected|slated|below|bad|awful|a flop|"
			+ "torn apart)|go (?:badly|south|pear-shaped))\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:\\w+ ){0,2}?(?:hate (?:it|the new|every)|flunk|blank|be found out)\\b"
			+ "|\\b(?:it'?ll|it will|it'?s going to|this will|this is going to|that'?ll|that'?s going to) (?:definitely |just |probably |only )?happen again\\b"
			+ "|\\b(?:i'?m|i am) (?:so |just )?(?:sure|certain|positive) (?:that )?(?:i|it|they|he|she)(?:'ll| will| won'?t| am going to|"
			+ "'m going to|'s going to| is going to| are going to|'re going to) (?:not|never|fail|be (?:the )?last|mess|hate|tank|"
			+ "go wrong|be a disaster)\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to) be (?:the )?last (?:one )?(?:in|on|to)\\b"
			+ "|\\b(?:won'?t|will never|isn'?t going to|aren'?t going to) [\\w-]+(?: [\\w-]+)?,? why would (?:she|he|they|anyone|it)\\b"
			+ "|\\b(?:i'?m not going to|i won'?t|i will not|i'?m never going to) (?:last|survive|make it through|get through|pass|get "
			+ "past) (?:the (?:month|week|year|probation|trial|review|assessment|interview|test|winter)|probation|this job|here)\\b"
			+ "|\\b(?:will|[a-z]+'ll|going to|gonna) (?:\\w+ )?end (?:in tears|badly|in disaster|in a mess)\\b"
			+ "|\\b(?:nobody|no one|no-one)(?:'s| is) going to (?:ever )?(?:want|trust|hire|like|listen|believe|respect|pick|choose|"
			+ "care|take me)\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to) be (?:the )?last (?:one )?(?:over|across|out|home)\\b"
			+ "|\\b(?:[a-z]+'ll|will)\\b[^.!?\\n]{0,60}? and that(?:'ll| will) be that\\b"
			+ "|\\bnot a (?:chance|hope)(?: in hell)? (?:they|he|she|i|we|it|that)\\b"
			+ "|\\bnot (?:happening|going to happen),? (?:not )?for me\\b"
			+ "|\\bi can (?:already )?see how (?:this|it|that)(?: all)? (?:ends|goes|plays out|will end)\\b";

	static final String MIND_READING = "\\b(?:they|he|she|everyone|everybody|people|the \\w+)(?:'ll| will| are going to|'re going to"
			+ "| is going to|'s going to|'d| would) (?:all )?(?:think|assume|decide|reckon) (?:that )?(?:i'?m|i am|i was|i can'?t"
			+ "|i don'?t|i'?ve|i|we'?re)\\b"
			+ "|(?<!\\bi )(?<!\\bwe )(?<!\\bi still )(?<!\\bi really )(?<!\\bi honestly )(?<!\\bi just )(?<!\\bto )(?<!n'?t )"
			+ "(?<!not )(?<!\\b(?:if|whether|worried|wondered|afraid|scared|used to|ago|at first|back then)\\b[^.!?\\n]{0,30})"
			+ "\\b(?:thinks?|(?:must have|must've|probably|obviously|clearly) thought|reckons?|believes?|assumes?|"
			+ "has decided|have decided) (?:that )?(?:it'?s|it was|support is|support'?s|(?:my|our) (?:\\w+ ){1,2}(?:is|was|are|were))\\b"
			+ GAP + THING_OPINION + "\\b"
			+ "(?![^.!?\\n]{0,60}\\bbut (?:she|he|they|it|nobody|no one) (?:doesn'?t|don'?t|didn'?t|wasn'?t|isn'?t|does|did)\\b)"
			+ "|(?<!sure )\\b(?:everyone|everybody|they all|the whole \\w+|all of them) (?:knows?|can see|has noticed|noticed) it" + END
			+ "|\\b(?:watching|waiting for) me (?:to )?(?:fumble|fail|mess|slip|screw|struggle|trip|drown)\\w*"
			+ "|\\bwondering why (?:they|he|she|we|anyone) (?:bothered|hired|kept|picked|took|chose)\\b"
			+ "|\\bonly\\b[^.!?\\n]{1,40}?\\bbecause (?:they|he|she) (?:have|has|had|felt|feel|were told|was told) to\\b"
			+ "|\\b(?:he|she|they|the \\w+|my \\w+)(?: \\w+)? (?:does|did|is doing|'s doing|do) (?:it|this|that) on purpose\\b"
			+ "(?![^.!?\\n]{0,40}\\b(?:surprise|lovely|kind|sweet|nice|help|cheer)\\w*)"
			+ "|\\b(?:ignoring|avoiding|blanking|snubbing) me on purpose\\b"
			+ "|(?<!\\bi )(?<!\\bwe )\\bmust (?:all )?(?:think|be thinking|reckon|assume) (?:that )?(?:we'?re|we are|i'?m|i am|it'?s|"
			+ "my)\\b"
			+ "|\\bi (?:think|reckon|bet|know|'m sure) (?:that )?(?:she|he|they|everyone)(?:'s| is|'re| are) (?:still |probably |"
			+ "really |secretly |quietly )?(?:angry|annoyed|cross|upset|mad|furious|fuming|disappointed|fed up|sick|tired|"
			+ "resentful|bitter|jealous) (?:with me|at me|about my|about me|that i|because i|in me|of me)\\b"
			+ "|\\b(?:she|he|they|the \\w+|my \\w+)(?:'s|'re| is| are| was| were) (?:\\w+ )?(?:fuming|furious|livid|annoyed|angry|cross|upset|mad|disappointed|fed up|disgusted|raging|judging me|"
			+ "laughing at me|fed up with me)\\b[^.!?\\n]{0,30}?,? i (?:just )?(?:know it|can tell|could tell)\\b"
			+ "|\\b(?:means?|meant) (?:that )?(?:they|he|she)(?:'d| had|'ve| have)? (?:already )?(?:written (?:us|me) off|given up on "
			+ "(?:us|me)|made up (?:their|his|her) minds?|decided against (?:us|me))\\b"
			+ "|\\b(?:everyone|everybody|they all|the whole \\w+)\\b[^.!?\\n]{0,20}? (?:was|were|is|are) "
			+ "(?:silently |quietly |secretly )?(?:judging|laughing at|smirking at) (?:me|my)\\b"
			+ "|\\b(?:she|he|they|the \\w+|my \\w+)(?:'s|'ve| has| have)? (?:\\w+ (?:it|them) and )?(?:decided|made up (?:her|his|"
			+ "their) minds?) (?:that )?(?:i'?m|it'?s|i'?ll|i|we'?re|my \\w+ (?:is|was))\\b"
			+ "|\\b(?:disappointed|annoyed|furious|cross|fed up|bored|angry|irritated|embarrassed|ashamed|fuming|livid|judging)\\b"
			+ "[^.!?\\n]{0,30}?,? i (?:could|can) (?:hear|see|tell) it\\b"
			+ "|\\b(?:she|he|they|everyone)(?: all)? knows? (?:that )?i'?m (?:not (?:meant|supposed) to be|a fraud|faking it|blagging|a fake|"
			+ "out of my depth)\\b"
			+ "|\\b(?:they'?re|everyone'?s|everyone is|they are|people are)(?: all)? (?:rolling their eyes|sniggering|smirking|"
			+ "talking about me|judging me)\\b(?! at (?!me\\b))";
}
