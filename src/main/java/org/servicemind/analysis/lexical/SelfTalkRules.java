package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-talk lexicon: patterns over {@link FoldedText} for the ten cognitive distortions described in Beck's and
 * Burns's cognitive therapy (all-or-nothing thinking, catastrophising, labelling, mind reading, fortune telling,
 * personalisation, should statements, overgeneralisation, mental filter, emotional reasoning), with kind reframing
 * questions. Patterns and questions are original to ServiceMind; the weights say how strongly a match indicates the
 * distortion.
 */
final class SelfTalkRules {

	/**
	 * @param pattern the alternatives run by {@link GatedPattern}
	 * @param led the alternatives that begin with an open word class, run by {@link SelfTalkLeads#forEachMatch} instead
	 */
	record Rule(String type, GatedPattern pattern, List<SelfTalkLeads.Led> led, double weight, List<String> reframes) {
	}

	/** a rule before compilation: all patterns are compiled as one family sharing one anchor pass */
	private record Spec(String type, double weight, String regex, List<String> reframes) {
	}

	private static final String IM = "(?:i'?m|i am|im)";

	static final String OTHERS = "(?:they|he|she|everyone|everybody|people|customers|callers|the others|"
			+ "(?:my|the|our|that|this) (?:new |senior |old |other |whole |own )?(?:manager|boss|lead|team ?lead|team|"
			+ "colleagues?|co-?workers?|supervisor|trainer|mentor|customer|caller|client|hire|director|others|floor|office|"
			+ "lady|guy|woman|man))";

	private static final String BAD_JUDGEMENT = "(?:angry|mad|upset|furious|cross|useless|incompetent|stupid|an? idiot|idiots?|lazy|slow|a failure|"
			+ "failing|bad at|terrible|annoying|weak|a joke|a fraud|not good|can'?t (?:do|handle|cope)(?: (?:it|this|that|anything))?|"
			+ "don'?t know|"
			+ "no idea|hopeless|worthless|a burden|a mess|pathetic|rubbish|clueless|not (?:up to|cut out|capable|good|"
			+ "ready|competent|smart|learning|improving|trying|coping|pulling my weight|listening|right for)|never|shouldn'?t be here|out of my depth|a liability|dumb|thick|a disappointment|"
			+ "wasting|messed up|screwed up|blew it|overpaid|faking|slack\\w*|dead ?weight|an? amateur)";

	private static final String SELF_LABEL = "(?:rubbish|numpty|the worst|disaster|nightmare|train ?wreck|idiot|failure|loser|fraud|joke|disappointment|moron|fool|imposter|"
			+ "impostor|burden|waste of space|screw-?up|klutz|liability|disgrace|embarrassment|phony|fake|useless|"
			+ "incompetent|hopeless|stupid|pathetic|worthless|dumb|lazy|weak|clueless|hopeless case|no good|"
			+ "good for nothing|mess|wreck|thick|dim|coward|wimp|crybaby|wuss|weak link|dead ?weight|lost cause|amateur|basket case|walking disaster|doormat|pushover|"
			+ "waste of (?:a |an )?[\\w-]+)";

	static final List<Rule> RULES = compile(List.of(
			rule("all_or_nothing", 1.0, "(?<!i'?m a )(?<!i am a )(?<!i'?m an )(?<!i am an )\\b(?:total|complete|utter|absolute)(?:ly)? (?:failure|disaster|waste|mess|fail|"
					+ "trainwreck|train wreck|useless|worthless|incompetent|hopeless|pointless|ruined|wasted|write-off|"
					+ "shambles|joke)\\b(?! of the (?:new |old )?(?:phone|system|server|network|vpn|crm|tool|app|platform|portal|website|software|printer|line)s?\\b)"
					+ "|\\b(?:everything|all of it|the whole (?:day|shift|week|call|thing|project|month|year|meeting|\\w+))"
					+ "(?:\\s+(?:about|in|from|on|at)\\s+(?:this|that|the|my|today'?s)\\s+\\w+|\\s+today|\\s+now)?\\s+(?:now\\s+)?"
					+ "(?:is|was|went|got|has been|had been|'s|just went)\\s+(?:completely |totally |utterly )?(?:ruined|wrong|wasted|"
					+ "pointless|a waste|a mess|a write-off|for nothing|down the drain|worthless|useless|bad|a failure|"
					+ "a disaster)\\b"
					+ "|\\bnothing (?:i (?:do|did|say|said|try|tried|write|wrote|made|produce)\\s+(?:\\w+\\s+){0,2})?(?:is|was|'s|went|goes|will be) (?:right|good enough|enough|okay|ok|well|my way)\\b"
					+ "|\\b(?:if|unless) (?:it'?s|i'?m|it is|i am|everything is|my work is|(?:my|the|our) \\w+ (?:is|isn'?t|"
					+ "wasn'?t|was))(?: not)? (?:perfect|flawless|100%|the best|spotless)\\b|\\b(?:anything|everything) (?:less|short) (?:than|of) (?:perfect|100%|a perfect|"
					+ "five stars|flawless|perfection)\\b|\\b(?:perfect|flawless|the best) or (?:nothing|useless|worthless|"
					+ "a failure|i'?m a failure|i'?m nothing|it'?s worthless|pointless)\\b"
					+ "|\\bone (?:mistake|error|slip|bad call|bad review|complaint|typo|slip-up|bad day)\\b[^.!?\\n]{0,40}"
					+ "\\b(?:means (?:i'?m|i am|it'?s|everything|the whole|all|i'?ve)|and (?:now )?(?:it'?s|everything|the whole|all))\\b"
					+ "|\\bi(?:'ve)? (?:completely|totally|utterly|entirely) (?:failed|blew it|blown it|messed (?:it )?up|"
					+ "screwed (?:it )?up|ruined|wrecked|bombed)\\b|\\b(?:completely|totally|utterly|entirely) (?:useless|"
					+ "worthless|hopeless|pointless|incompetent)\\b"
					+ "|\\b(?:if|unless|when)\\b[^.!?\\n]{0,60}\\b(?:i'?ve|i have|i) (?:basically |totally |completely |just )?"
					+ "(?:failed|lost|blown it)(?! (?:to|at|the|my|a|an)\\b)"
					+ "|\\bcounts? as (?:a |an )?(?:failure|fail|waste|write-off|disaster|loss)\\b|\\b(?:unless|if not) (?:every|all|"
					+ "everything|everyone)\\b[^.!?\\n]{0,60}\\b(?:failure|failed|fail|worthless|pointless|wasted|useless)\\b"
					+ "|\\b(?:if|when|unless)\\b[^.!?\\n]{0,60}\\b(?:i'?m|i am|it'?s|that'?s|it is) (?:a |an )?(?:failure|useless|"
					+ "worthless|pointless|a write-off|not good enough)\\b"
					+ "|\\b(?:got|did|do|get) (?:absolutely )?everything wrong\\b|\\beverything i do is (?:wrong|bad|rubbish|useless)\\b"
					+ "|\\bnothing i do (?:matters|counts|helps|works)\\b"
					+ "|\\bnothing but (?:mistakes|problems|failures|complaints|errors|trouble)\\b|\\bnot (?:a single|one) (?:thing|call|"
					+ "ticket|reply|email) (?:went|was|has gone|has been) (?:right|well|ok|okay|good)\\b"
					+ "|\\ball or nothing\\b|\\b(?:good for|worth) nothing\\b|\\bcan'?t do anything right\\b"
					+ "|\\b(?:either|it'?s either) [^.!?\\n]{1,40} or (?:i'?m|i am|it'?s) (?:an? )?(?:complete |total |utter |"
					+ "absolute )?(?:failure|useless|worthless|nothing|pointless|fraud|disaster|joke|write-off|waste)\\b" + "|" + SelfTalkFamilies.ALL_OR_NOTHING + "|" + SelfTalkIndirectFamilies.ALL_OR_NOTHING + "|" + SelfTalkVoicedFamilies.ALL_OR_NOTHING + "|" + SelfTalkPlainFamilies.ALL_OR_NOTHING + "|" + SelfTalkVerdictFamilies.ALL_OR_NOTHING,
					List.of("Is there any space between a total success and a total failure here?",
							"If you scored today from 0 to 10 instead of pass or fail, what number would it honestly get?")),
			rule("catastrophising", 1.0, GatedPattern.wordsBody("catastroph\\w*(?! of an? )|apocalyp\\w*|(?<!not the )(?<!n't the )end of the world|doomed|"
					+ "ruin(?:ed|s)? my (?:life|career|reputation)|(?:my )?career is over|it'?s (?:all )?over for me|"
					+ "(?:i'?ll|i will|i'?m going to|going to|gonna|i'?m gonna|definitely) (?:get|be) (?:fired|sacked|let go|"
					+ "written up|kicked out)|lose my job|(?:get|be|being|getting) (?:fired|sacked)|(?:is|are|will be|"
					+ "everything is|it'?s all|life is) (?:falling|going to fall) apart|(?:can'?t|cannot|won'?t be able to)"
					+ " (?:cope|survive|handle (?:this|it|another|any more)|take (?:this|it|another|any more))"
					+ "|(?:worst|most awful) (?:day|shift|week|thing|mistake|call|agent|person)(?: ever| of my life| "
					+ "imaginable| possible| in history)|never recover|unbearable|worst thing that could (?:have )?happen(?:ed)?|lose everything|(?:end up|be) "
					+ "(?:homeless|on the street|broke|unemployed|jobless)|can'?t do this (?:any ?more|much longer)|i'?m panicking|"
					+ "have a (?:breakdown|meltdown)|(?:the )?end of me|(?:career|life|reputation|job|future) (?:is|will be|would be|"
					+ "'s) (?:finished|over|done for|ruined|destroyed|in tatters)|bring (?:the |our )?(?:whole|entire) [\\w-]+ down|"
					+ "(?:be|end up) on the news|go viral|front page|done for|unforgivable|(?:the whole|my whole) (?:company|"
					+ "team|department|life|career) (?:will|is going to|is ruined)|everything (?:will|is going to) (?:go wrong|"
					+ "fall apart|collapse|be ruined|fall to pieces)|spiral(?:ling|led)? out of control|(?:this|it|that)(?: \\w+)? "
					+ "(?:will|is going to|could|might) (?:destroy|ruin|wreck|end) (?:me|my|everything)|(?:won'?t|can'?t|"
					+ "not going to|will never) survive|what if (?:i|they|he|she|it|"
					+ "the)\\b[^.?!\\n]{0,60}\\b(?:fired|disaster|ruin\\w*|lose|sue|collapse|never|everything|dragged|sacked|viral|"
					+ "everyone|whole|wrong|mess|fail|furious|escalate)\\b|(?:it'?s|this is|everything is|things are) (?:completely |"
					+ "totally |just |so )?hopeless") + "|" + "(?<!nearly had a )(?<!almost had a )(?<!averted a )(?<!avoided a )"
					+ "(?<!prevented a )(?<!narrowly avoided a )(?<!i'?m such a )(?<!i'?m a )(?<!i'?m an absolute )"
					+ "(?<!i'?m a complete )(?<!i'?m a total )(?<!i'?m a walking )(?<!i am a walking )(?<!not a )(?<!n't a )(?<!not an )\\b(?:disasters?|nightmares?|disastrous)\\b(?! of an? )(?! for (?:her|him|them|the customer|the client|their|his|(?:our |the )?customers|everyone)\\b)(?! for the (?!whole\\b|entire\\b|company\\b|team\\b|business\\b|department\\b))(?! (?:without|to|getting|finding)\\b)" + "|" + SelfTalkInferenceFamilies.CATASTROPHISING + "|" + SelfTalkIndirectFamilies.CATASTROPHISING + "|" + SelfTalkVoicedFamilies.CATASTROPHISING + "|" + SelfTalkPlainFamilies.CATASTROPHISING + "|" + SelfTalkChainFamilies.CATASTROPHISING,
					List.of("What is the most likely outcome, rather than the worst one, and how would you cope with it?",
							"A year from now, how big will this moment look?")),
			rule("labelling", 1.0, "(?<! or )(?<!think )(?<!thinks )(?<!thinking )(?<!thought )(?<!believes )(?<!knows )(?<!feel like )"
					+ "(?<!feel like i )(?<!sees )(?<!says )\\b(?:" + IM + "|i was|i'?ve always been|i really am)\\s+(?:(?:such|just|so|a|an|the|"
					+ "total|complete|utter|absolute|real|bloody|massive|big|huge|proper|officially|clearly|obviously|simply|"
					+ "basically|truly|really|walking|(?:team|department|group|office|shift|floor)(?:'?s)?)\\s+){0,3}" + SELF_LABEL + "\\b"
					+ "|\\b(?:was|is|are|were|'s|'re) (?:an?|such an?|a total|a complete|an absolute|a real|a right|an utter) "
					+ "(?:idiot|moron|jerk|psycho|clown|muppet|lunatic|imbecile|fool)s?\\b"
					+ "|\\bwhat an? (?:idiot|fool|moron|loser|failure|clown)\\b|\\b(?:idiot|stupid|useless|silly) me\\b|\\bwhy am i (?:so |such an? )?" + SELF_LABEL + "\\b"
					+ "|\\bi must be (?:so |such |a |an |the )*" + SELF_LABEL + "\\b|(?<!feel like a )(?<!feel like )(?<!i'?m a )"
					+ "(?<!i am a )(?<!thinks i'?m a )\\b(?:such an?|total|complete|utter|absolute|proper) "
					+ "(?:idiot|moron|jerk|monster|psycho|clown|muppet|fool)\\b"
					+ "|\\b(?:he|she|they|(?:the|that|this) (?:customer|caller|client|guy|woman|man|lady|person|traveller|user|"
					+ "passenger|agent)|my (?:manager|boss|lead|team ?lead)|"
					+ "this (?:guy|woman|man|lady|customer)|that (?:guy|woman|man|lady|customer)|customers|people|callers) "
					+ "(?:is|was|are|were|'s|'re)\\s+(?:(?:such|just|a|an|the|total|complete|utter|absolute|real|all)\\s+){0,3}"
					+ "(?:idiots?|jerks?|morons?|monsters?|psychos?|impossible|incompetent|stupid|clueless|toxic|animals|"
					+ "savages|lunatics?|clowns?|muppets?|a joke|pathetic|nightmare)\\b"
					+ "|(?<!feel like )(?<!decided )(?<!mean )(?<!means )(?<!proves )(?<!think )(?<!thinks )(?<!thinking )(?<!thought )\\b" + IM + " (?:just |simply |clearly |such )?(?:an? )?(?:terrible|awful|bad|useless|rubbish|hopeless|"
					+ "pathetic|lousy|crap|shit|poor excuse for an?) (?:agent|person|colleague|employee|worker|friend|team ?mate|"
					+ "human|rep|support agent)\\b"
					+ "|(?<!feel like )(?<!mean )(?<!means )(?<!proves )(?<!think )(?<!thinks )(?<!thinking )(?<!thought )\\b" + IM + " (?:just |simply |clearly )?not (?:smart|good|clever|capable|competent|strong|bright) enough\\b"
					+ "|(?<!feel like )(?<!mean )(?<!means )(?<!proves )(?<!think )(?<!thinks )(?<!thinking )(?<!thought )\\b" + IM + " (?:so |just |really )?(?:bad|terrible|awful|hopeless|rubbish|useless|crap) at\\b"
					+ "|(?<!feel like )(?<!mean )(?<!means )(?<!proves )(?<!think )(?<!thinks )(?<!thinking )(?<!thought )\\b" + IM + " (?:just )?not cut out for\\b" + "|" + SelfTalkFamilies.LABELLING + "|" + SelfTalkIndirectFamilies.LABELLING + "|" + SelfTalkVoicedFamilies.LABELLING + "|" + SelfTalkPlainFamilies.LABELLING + "|" + SelfTalkVerdictFamilies.LABELLING,
					List.of("Would you call a friend that name for the same slip, or would you describe what happened instead?",
							"Does one moment really sum up a whole person, including you?")),
			rule("mind_reading", 1.0, "\\b" + OTHERS + "(?:'re|'s)?\\s+(?:all\\s+)?(?:must|probably|definitely|clearly|obviously|surely|"
					+ "secretly|already|all|always|still|now|really)?\\s*(?:(?:was|were|is|are|'s|'re) )?(?:think|thinks|thought|thinking|believes?|believed|see me as|sees me as|saw me as|"
					+ "consider me|considers me|know|knows|feel|feels)\\s+(?:that\\s+)?(?:i'?m|i am|i was|me|i|i'?ve|i'?d)\\b"
					+ "(?!(?:'?m| am| was)?\\s+(?:so |really |very )?(?:great|good|brilliant|ready|amazing|excellent|capable|talented|doing (?:well|"
					+ "great|fine)|a natural|the best)\\b)[^.!?\\n]{0,40}?" + BAD_JUDGEMENT + "\\b"
					+ "|\\b" + OTHERS + "\\s+(?:all\\s+)?(?:must|probably|definitely|clearly|obviously|secretly|surely)\\s+"
					+ "(?:think|thinks|thought|hate|hates|be judging|be annoyed|be disappointed|be fed up|be laughing|be "
					+ "talking|regret|wish|have noticed|see|blame)\\b"
					+ "|\\b" + OTHERS + "(?:'re|'s)?\\s+(?:all\\s+)?(?:(?:must|probably|definitely|clearly|obviously|secretly|"
					+ "surely)\\s+)?(?:hates?|hated|despises?|despised|can'?t stand|couldn'?t stand|dislikes?|disliked|resents?|"
					+ "resented|judged|(?:is |are |was |were |be )?"
					+ "(?:judging|laughing at|annoyed with|disappointed in|fed up with|sick of|talking about|tired of)|talks? "
					+ "about|talked about|regrets? hiring|hates? my (?:work|guts|replies|writing)|doesn'?t trust|don'?t trust|doesn'?t like|don'?t like|didn'?t like|"
					+ "doesn'?t rate|don'?t rate|doesn'?t respect|don'?t respect|blames?|blamed)\\s+me\\b"
					+ "|\\bi (?:just |can |could )?(?:know|knew|could tell|can tell|bet|'m sure|am sure|could see|can see) "
					+ "(?:that )?" + OTHERS + "\\b[^.!?\\n]{0,40}?(?:" + BAD_JUDGEMENT + "|hate|hates|annoyed|disappointed|"
					+ "fed up|laughing at me|judging|blame|blames|thinks? i|thought i|regret|talking about me)"
					+ "|\\bi know what (?:they'?re|he'?s|she'?s|everyone'?s|they are|he is|she is) (?:all )?thinking\\b"
					+ "|\\b(?:everyone|everybody|they all|the whole team|people|the whole floor)(?: (?:on|in|at|from) (?:the|my) \\w+)? "
					+ "(?:can see|could see|noticed|"
					+ "saw|knows?|could tell|can tell) (?:that )?(?:i'?m|i am|i was|how (?:bad|useless|slow|incompetent|"
					+ "clueless|nervous))"
					+ "|\\b(?:the silence|that look|the look|the tone|(?:short|curt|brief|one-word|cold|late) (?:reply|"
					+ "answer|email|message|response))\\b[^.!?\\n]{0,40}\\b(?:means?|meant|shows?|showed|proves?|proved) "
					+ "(?:that )?(?:she|he|they|my|the|i)\\b" + "|" + SelfTalkInferenceFamilies.MIND_READING + "|" + SelfTalkIndirectFamilies.MIND_READING + "|" + SelfTalkVoicedFamilies.MIND_READING + "|" + SelfTalkPlainFamilies.MIND_READING + "|" + SelfTalkChainFamilies.MIND_READING,
					List.of("What evidence do you have about what they actually thought, and could there be another explanation?",
							"If you asked them directly, what might they really say?")),
			rule("fortune_telling", 1.0, "\\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|it'?s going to|it'?ll|"
					+ "it will|this will|this is going to|they'?ll|they will|they'?re going to|he'?ll|she'?ll|he will|she will|"
					+ "tomorrow will|tomorrow'?s going to|the review will|the meeting will|my review will|nobody will|"
					+ "no one will|everyone will|the customer will|my manager will)\\s+(?:\\w+\\s+)?(?:never|definitely|"
					+ "surely|certainly|probably|just|only|inevitably|obviously|totally|absolutely)?\\s*(?:fail|go (?:badly|wrong|horribly)|be (?:a disaster|awful|terrible|horrible|a "
					+ "nightmare|worse|a mess|a failure|the same|on the list|furious)|blow up|"
					+ "escalate(?! (?:it|this|that|the|them|him|her|to|my|a)\\b)|complain about me|mess (?:it |this |that |everything )?up|screw (?:it |this |that |everything )?"
					+ "up|get worse|not (?:work|improve|get better|pass|make it|like me|trust me|listen|cope|manage)|never "
					+ "(?:get|be|pass|make|improve|learn|hit|work|change|trust|listen|forgive|end|understand|manage)|hate me|"
					+ "think i'?m|laugh at me|find out(?<!\\bi'?ll find out)(?<!\\bi will find out)|realise|realize|see through me|notice|end badly|give me a bad|complain again|choke|freeze up|panic|bomb|"
					+ "forget everything|lose (?:it|the account|the client|the customer|the contract|the deal|them|the sale))\\b"
					+ "|\\b(?:will|'ll|is going to|are going to|'s going to|'re going to)\\s+(?:definitely |probably |surely |"
					+ "just |obviously |inevitably )?(?:complain|escalate|fail|go wrong|blow up|hate me|cancel|leave|quit|sue|"
					+ "give up on me|fire me)\\b"
					+ "|\\bwill (?:definitely |probably |surely |certainly |obviously )?be (?:a disaster|awful|terrible|horrible|a "
					+ "nightmare|a mess|a failure|a catastrophe|a car crash|a train ?wreck)\\b"
					+ "|\\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:just |only |probably |definitely |obviously )?(?:get (?:it|this|"
					+ "everything) wrong|let (?:everyone|them|the team|my team) down)\\b"
					+ "|\\b(?:i'?ll|i will|i'?m going to) (?:just |only |probably |definitely )?get (?:yelled|shouted|screamed|told off) at\\b"
					+ "|\\b(?:they'?ll|he'?ll|she'?ll|they will|he will|she will) (?:definitely |probably |just |obviously )?say no\\b"
					+ "|\\bnothing (?:will|is going to|'s going to) (?:ever )?(?:change|get better|improve|work)\\b"
					+ "|\\b(?:stuck|trapped) (?:here|in this job|in this role|on this team|in this queue) forever\\b"
					+ "|\\b(?:nobody|no one|no customer|none of them) (?:will|is going to|'s going to) (?:ever )?(?:want|trust|hire|"
					+ "like|listen|believe|respect|pick|choose|care)\\b"
					+ "|\\b(?:is|are|'s|'re) (?:definitely |surely |obviously )?going to (?:escalate|complain|fail|go wrong|blow up|"
					+ "be a disaster|hate|leave|cancel|quit)\\b"
					+ "|\\b(?:it|this|that|the (?:fix|plan|patch|update|change|idea|new \\w+)) (?:won'?t|will never|is never going"
					+ " to|isn'?t going to) (?:work|help|change|improve|get better|last)\\b"
					+ "|\\b(?:there'?s|there is) no (?:chance|way|hope) (?:that )?(?:this|the|my|our|they|he|she|it|i)\\b"
					+ "|\\b(?:there'?s|there is) no (?:way|chance|hope) (?:i'?ll|i will|i can|this will|it'?ll|it will|"
					+ "they'?ll|i'?m going to|that i|things will|it'?s going to)\\b|\\bno point (?:in )?(?:even )?(?:trying|"
					+ "bothering|asking|applying)\\b|\\b(?:bound|sure|certain|guaranteed|destined) to (?:fail|go wrong|"
					+ "mess up|complain|blow up|get worse|happen again|be a disaster|escalate|screw up|freeze|choke|panic|"
					+ "forget|get the worst|get the blame|be blamed|lose)\\b"
					+ "|\\bi (?:just )?know (?:it'?ll|it will|i'?ll|i will|they'?ll|they will|this will|it'?s going to|"
					+ "i'?m going to|he'?ll|she'?ll|tomorrow)\\b|\\b(?:it'?s|this is|that'?s|things are) (?:never|not) going "
					+ "to (?:work|get better|improve|change|end well|happen)\\b" + "|" + SelfTalkInferenceFamilies.FORTUNE_TELLING + "|" + SelfTalkIndirectFamilies.FORTUNE_TELLING + "|" + SelfTalkVoicedFamilies.FORTUNE_TELLING + "|" + SelfTalkPlainFamilies.FORTUNE_TELLING + "|" + SelfTalkChainFamilies.FORTUNE_TELLING,
					List.of("How often have predictions like this one actually come true?",
							"What else could happen next, including something that goes reasonably well?")),
			rule("personalisation", 1.0, "(?<!not )(?<!n't )\\b(?:it'?s|it is|it was|this is|that'?s|that was|this was|that is|all)\\s+"
					+ "(?:all\\s+|entirely\\s+|completely\\s+|totally\\s+)?(?:my fault|on me(?! to\\b)|because of me|down to me|my doing)\\b"
					+ "|(?<!n'?t )(?<!not )\\b(?:all |it'?s all |only )?because of me\\b|(?<!n'?t )(?<!not )(?<!never )(?<!no\\b)(?<!not all )(?<!not really )(?<!not entirely )(?<!not totally )\\bmy fault\\b|\\b(?:is|was|are|were) (?:all |entirely )?"
					+ "down to me\\b"
					+ "|\\b(?:i|i'?ve)\\s+(?:(?:probably|must have|must'?ve|totally|completely|single-handedly|just)\\s+)?"
					+ "(?:caused|ruined|wrecked|let (?:[\\w']+ ){1,3}down|dragged (?:the|everyone|the team)|brought (?:the|everyone|the team) down)\\b"
					+ "|\\b" + IM + " (?:to blame|the reason|responsible for (?:everything|all|their|his|her|the whole|the team'?s|"
					+ "the (?:bad|low|poor)|(?:the |how )?(?:customer'?s |caller'?s )?(?:mood|bad mood|anger|bad day|feelings|"
					+ "frustration|stress)))\\b"
					+ "|\\b(?:because of|down to|thanks to|caused by) my (?:reply|mistake|email|message|error|call|answer|tone|ticket|note|"
					+ "notes|macro|screw-?up|slip-?up|comment|question|work|"
					+ "response|decision|handling|slip|typo|advice|calls|replies|emails|mistakes|errors|answers|messages|"
					+ "decisions|tickets|numbers|stats|scores|figures|performance|work|results|mood|attitude)\\b"
					+ "|\\bblame myself\\b|\\bbetter off without me\\b|\\bi (?:always )?(?:ruin|wreck|spoil|mess up) everything\\b|\\b(?:must|probably|surely) (?:be|have been) (?:something|me|my fault)\\b"
					+ "|\\bsomething i (?:did|said|wrote)\\b|\\bif (?:only )?i(?: had|'d)(?:n'?t| not)?\\b[^.!?\\n]{0,60}\\b"
					+ "(?:wouldn'?t|would not|would have|would'?ve|never)\\b|(?<!n't )(?<!not )(?<!never )\\b(?:took|take|taking) (?:it|everything|(?:every|each|all)(?: \\w+)?) "
					+ "personally\\b|\\b(?:it'?s|it is) (?:on me|my responsibility) (?:that|if|when)\\b" + "|" + SelfTalkInferenceFamilies.PERSONALISATION + "|" + SelfTalkIndirectFamilies.PERSONALISATION + "|" + SelfTalkVoicedFamilies.PERSONALISATION + "|" + SelfTalkPlainFamilies.PERSONALISATION + "|" + SelfTalkVerdictFamilies.PERSONALISATION,
					List.of("Which other people and circumstances played a part in how this turned out?",
							"If a teammate were in this exact spot, how much of it would you say was theirs to carry?")),
			rule("should_statements", 1.0, "\\b(?:i|we|you|they|he|she|people|customers|callers|agents|everyone|my team|"
					+ "a good (?:agent|rep|colleague|employee|person|lead|manager))\\s+(?:really\\s+)?(?:should|shouldn'?t|"
					+ "should not|must|mustn'?t|must not|ought to|oughtn'?t to|ought not to)\\s+(?:\\w+ly\\s+)?(?:always|never|"
					+ "be (?:able|better|faster|stronger|perfect|over|more|less|calm|fine|coping|on top|tougher|smarter|"
					+ "sharper|quicker|happy|grateful|past|the best|flawless|so|this|that|\\w+er)|know (?:better|this|that|by now|how|the "
					+ "answer|everything|all)|not (?:feel|be|get|need|make|have|struggle|cry|care|mind|complain|let)|feel|"
					+ "handle|cope|manage|make (?:mistakes|errors|a mistake)|get (?:upset|angry|stressed|"
					+ "flustered|rattled|emotional)|struggle|cry|mess up|get (?:everything|it) right|get this|understand|keep up|do better|do more|do it "
					+ "perfectly|do everything|treat|respect|appreciate|care|listen|thank|need|talk|speak|shout|yell|behave|"
					+ "expect|have to)\\b"
					+ "|\\b(?:i|we) (?:should|shouldn'?t|should not|ought to)(?:'ve| have)\\s+(?:[a-z-]+ed|known|seen|caught|"
					+ "done|been|gone|told|taken|said|read|written|thought|made|let|run|spotted|stopped)\\b"
					+ "|\\b[a-z]+s\\s+(?:really\\s+|just\\s+|at least\\s+)?(?:should|shouldn'?t|should not|ought to|must|need to) (?:just |simply |at least )?(?:treat|respect|appreciate|"
					+ "read|check|try|learn|know|listen|know better|understand|thank|care|behave|talk|speak|notice|see|recogni[sz]e|value|"
					+ "reali[sz]e|help|support|be (?:nicer|kinder|more patient|grateful))\\b"
					+ "|\\b(?:a real|a proper|a good|any decent|a competent|a professional|a better) (?:agent|rep|"
					+ "professional|person|adult|employee|colleague|support person) (?:would|should|wouldn'?t|would not|"
					+ "should not|shouldn'?t|doesn'?t|does not|never)\\b"
					+ "|\\b(?:i'?m|i am) not allowed to (?:make mistakes|make a mistake|fail|struggle|be wrong|get it wrong|cry)\\b"
					+ "|\\bgood (?:agents|employees|colleagues|people|workers|support people) (?:don'?t|never|always|should)\\b"
					+ "|\\b(?:i'?m|i am|we'?re|we are) (?:supposed|meant|expected) to (?:be|know|have|handle|cope|never|always|"
					+ "get)\\b|\\bi (?:must|have to|need to|'ve got to|gotta) (?:be|get|do) (?:perfect|it perfectly|everything"
					+ " perfectly|flawless|everything right|it right every time|the best|better than everyone)\\b"
					+ "|\\bi (?:have to|need to|must) (?:always|never)\\b"
					+ "|\\b(?:it|this|that|things) (?:should|shouldn'?t|should not|ought to) (?:be|have been|not be|not have)"
					+ "\\s+(?:this|so|that|easier|harder|happening|happened|like this)\\b" + "|" + SelfTalkFamilies.SHOULD_STATEMENTS + "|" + SelfTalkIndirectFamilies.SHOULD_STATEMENTS + "|" + SelfTalkVoicedFamilies.SHOULD_STATEMENTS + "|" + SelfTalkPlainFamilies.SHOULD_STATEMENTS + "|" + SelfTalkVerdictFamilies.SHOULD_STATEMENTS,
					List.of("Whose rule is this, and would you hold a colleague to it as strictly?",
							"What changes if you swap \"should\" for \"I'd prefer\"?")),
			rule("overgeneralisation", 1.0, "\\b(?:this|it|that|stuff like this|things like this|this kind of thing|this "
					+ "sort of thing)\\s+(?:always|never|only ever)\\s+(?:happens?|works?|goes|go|ends|gets|turns)\\b"
					+ "|\\b(?:always|never|only ever)\\s+happens?\\s+(?:to me|on my shift|when i)\\b"
					+ "|\\bi\\s+(?:always|never|constantly|forever|invariably)\\s+(?:mess|screw|botch|bungle|fluff|muck|make (?:mistakes|a mess)|say "
					+ "the wrong|fail|forget|miss|lose|choke|freeze|panic|ruin|blow it|end up|get (?:it|them|things|everything|anything|"
					+ "stuck|blamed|the worst|the difficult|the angry|yelled|shouted|it right)|seem to|do (?:it|things|"
					+ "everything|something|anything) (?:wrong|right)|manage to|pick the wrong|upset|annoy|let \\w+ down|"
					+ "know what to say|learn|get anything right|(?:get|catch) a break)\\b"
					+ "|\\bi (?:always|never) get (?:the|a|any) (?:easy|good|nice|simple|hard|difficult|angry|worst|rude|"
					+ "boring|awful|bad|fun)\\b|\\bi can never\\b|\\bi can'?t ever\\b|\\bnothing ever\\b|\\b(?:nobody|no one) ever\\b(?! (?:told|showed|mentioned|explained|taught) (?:me|us) (?:about|how|that)\\b)"
					+ "|\\bnever (?:ever )?goes (?:right|my way|well)\\b|\\bevery single (?:time|day|shift|call|week|ticket|"
					+ "customer)\\b(?=[^.!?\\n]{0,80}\\b" + SelfTalkFamilies.BAD_OUTCOME + ")"
					+ "|\\bevery time (?:i|a customer|someone|something|we|this|there'?s|they)\\b"
					+ "(?=[^.!?\\n]{0,80}\\b" + SelfTalkFamilies.BAD_OUTCOME + ")"
					+ "|(?<!not )\\bevery (?:call|shift|customer|caller|ticket|week|client|day|monday|tuesday|wednesday|thursday|friday|"
					+ "saturday|sunday|morning|night)(?: today| this week)? (?:is|was|ends|ended|goes|"
					+ "went|turns|turned)\\b(?: (?:a |an |such a )?(?:total |complete |absolute )?(?:disaster|nightmare|write-off|"
					+ "mess|car crash|catastrophe)\\b)?"
					+ "|\\b(?:everyone|everybody|all (?:the )?(?:customers|callers|clients|people|of them)|customers|callers|"
					+ "people|nobody|no one|they)\\s+(?:never|ever|always(?!\\s+(?:ask|asks|want|wants|need|needs|like|likes|love|loves|"
					+ "enjoy|appreciate|thank|call|phone|email|come|use|check|read|say thanks|prefer|seem happier)\\b))\\s+\\w+"
					+ "|\\ball (?:the )?(?:customers|callers|clients|managers|people) (?:are|were) (?:rude|awful|horrible|idiots|"
					+ "impossible|the same|against me)\\b"
					+ "|\\b(?:customers|callers|people|they|clients) (?:are|'re) all (?:the same|rude|idiots|awful|like that|"
					+ "horrible|impossible|against me)\\b|\\bi'?m always the one (?:who|that|to)\\b|\\bstory of my life\\b|\\btypical me\\b|\\bhere we go again\\b"
					+ "|\\bevery bloody time\\b|\\bi (?:always|never) (?:do|get) (?:anything|something|this|it) (?:right|wrong)\\b" + "|" + SelfTalkFamilies.OVERGENERALISATION + "|" + SelfTalkIndirectFamilies.OVERGENERALISATION + "|" + SelfTalkVoicedFamilies.OVERGENERALISATION + "|" + SelfTalkPlainFamilies.OVERGENERALISATION + "|" + SelfTalkVerdictFamilies.OVERGENERALISATION,
					List.of("Is this really true every time, or are there exceptions you can remember?",
							"What happened on the days when it went differently?")),
			rule("mental_filter", 1.0, "\\b(?:all|the only thing|only thing|one thing) (?:i|that i) (?:can |could |keep |"
					+ "still )?(?:think about|remember|focus on|see|hear|keep thinking about|keep coming back to|took away|"
					+ "noticed|dwell on)\\b"
					+ "|\\b(?:can'?t|cannot|couldn'?t) (?:stop|stop myself from) (?:thinking about|replaying|going over|"
					+ "dwelling on|obsessing over|hearing)\\b|\\bkeep (?:replaying|thinking about|going over|dwelling on|"
					+ "hearing|rereading|re-reading|obsessing)\\b"
					+ "|(?<!\\bi )(?<!\\bi'?ve )\\b(?:ruined|spoiled|wrecked|tainted|overshadowed|overshadows|cancelled out|canceled out|cancels out|"
					+ "wiped out|wipes out|erased|erases|outweighs?|outweighed) (?:the |my |all |a )?(?:whole|entire|rest of the|"
					+ "all the|every|good|other|positive)\\b"
					+ "|\\b(?:the |those |all the )?(?:good|positive|nice|kind|great|other|happy|thank-you) (?:ones|calls|tickets|"
					+ "things|feedback|reviews|comments|surveys|bits|parts|customers|days|stuff|emails|notes)\\b[^.!?\\n]{0,30}"
					+ "\\b(?:don'?t|didn'?t|doesn'?t) (?:count|matter|mean (?:anything|much)|really count)\\b"
					+ "|\\b(?:one|a single|that one|1) (?:small |little |tiny )?(?:bad|negative|remark|comment|complaint|angry|rude|nasty|low|1-star|one-star|critical|harsh|mean|"
					+ "awful|grumpy|snippy|sharp)\\s+(?:review|rating|comment|survey|email|call|customer|ticket|remark|score|"
					+ "message|reply|word)s?\\b[^.!?\\n]{0,50}\\b(?:ruined|spoiled|all i|is all|wiped|erased|overshadow\\w*|"
					+ "cancel\\w*|outweigh\\w*|stuck|keeps|won'?t leave|can'?t shake|can'?t get past|can'?t let go|means)\\b"
					+ "|\\b(?:they'?re|he'?s|she'?s|they were|he was|she was) (?:just|only) (?:being nice|being polite|saying that|"
					+ "being kind)\\b"
					+ "|\\b(?:only|just) (?:ever )?(?:remember|see|notice|focus on|think about|hear|count)\\s+(?:the\\s+)?"
					+ "(?:[\\w']+\\s+){0,3}?(?:bad|negative|wrong|mistakes?|criticism|complaints?|one|failures?|errors?)\\b"
					+ "|\\bcan'?t (?:get|shake) (?:it|that|this|the)(?: [\\w']+){0,2} (?:out of "
					+ "my head|off my mind)\\b|\\b(?:can'?t|cannot|couldn'?t) (?:shake|let go of|get past|get over|forget) (?:the|that) "
					+ "(?:one|\\w+ (?:one|call|email|comment|remark|review|mistake))\\b"
					+ "|\\b(?:overshadowed|overshadows|cancelled out|canceled out|wiped out|outweighs?|outweighed|ruined|spoiled) "
					+ "(?:everything|all (?:the|of the|my) (?:good|positive|nice))\\b"
					+ "|\\b(?:forgot|forget|forgetting|ignore|ignored|dismiss\\w*) (?:about )?(?:all )?the (?:\\w+ ){0,2}(?:good|"
					+ "positive|grateful|happy|nice|kind|thank-you)\\b|\\bstuck in my head\\b" + "|" + SelfTalkFamilies.MENTAL_FILTER + "|" + SelfTalkIndirectFamilies.MENTAL_FILTER + "|" + SelfTalkVoicedFamilies.MENTAL_FILTER + "|" + SelfTalkPlainFamilies.MENTAL_FILTER + "|" + SelfTalkVerdictFamilies.MENTAL_FILTER,
					List.of("What else happened today that this one moment is hiding from view?",
							"If you wrote down three things that went fine, what would they be?")),
			rule("emotional_reasoning", 1.0, "\\bi feel (?:like |that )?(?:(?:such|a|an|so|completely|totally|really|like|"
					+ "just|i'?m|i am|complete|total|utter|bit of a|real)\\s+){0,3}(?:failure|fraud|idiot|useless|stupid|incompetent|impostor|imposter|loser|"
					+ "worthless|hopeless|inadequate|burden|mess|joke|disappointment|not good enough|out of my depth|dumb|"
					+ "pathetic|fake)\\b"
					+ "|\\b(?:i feel|it feels|feels|i felt|it felt)\\b[^.!?\\n]{0,60}\\b(?:so|therefore|which means|that means|"
					+ "it means|then)\\s+(?:it|i|this|they|everyone|things|everything|i'?m|it'?s)(?:\\s+\\w+)?\\s+(?:must|"
					+ "really|clearly|obviously|probably)\\b|\\bmust be (?:true|real|right)\\b"
					+ "|\\b(?:if|since|because|when) i (?:feel|felt)\\b[^.!?\\n]{0,50}\\b(?:must|it means|that means|then it|"
					+ "then i|i know|i'?m sure)\\b"
					+ "|\\b(?:i feel|i felt|i'?m|i am|i was)\\s+(?:so\\s+|really\\s+|very\\s+)?(?:anxious|nervous|scared|worried|"
					+ "guilty|ashamed|embarrassed|stupid|bad|awful|uneasy)\\b[^.!?\\n]{0,45}\\bmust (?:be|have)\\b"
					+ "|\\b(?:it|everything|this|the whole thing|the job|work|the day|today)\\s+(?:feels|felt)\\s+(?:like\\s+)?"
					+ "(?:so\\s+|completely\\s+|totally\\s+)?(?:hopeless|pointless|impossible|doomed|like a (?:disaster|"
					+ "failure|lost cause))\\b"
					+ "|\\bfeels? like (?:i'?m|i am) (?:failing|a failure|useless|drowning|hopeless|not good enough|not cut out|letting "
					+ "(?:\\w+ )?down|going under|a fraud|an? (?:idiot|impostor|imposter))\\b"
					+ "|\\bfeels? like (?:everyone|everybody|nobody|no one|nothing|they all|the whole (?:team|world))\\b"
					+ "|\\bfeel(?:s)? like i (?:don'?t|do not) belong\\b"
					+ "|\\bmy gut (?:says|tells me|is telling me)\\b|\\bi (?:just )?feel it in my bones\\b"
					+ "|\\b(?:i'?m|i am|i feel) (?:so )?(?:anxious|nervous|scared|worried|guilty|ashamed|embarrassed)\\b"
					+ "[^.!?\\n]{0,30}\\b(?:so|which means|that means|it means)\\b[^.!?\\n]{0,25}\\b(?:must|wrong|bad|badly|"
					+ "terrible|disaster)\\b" + "|" + SelfTalkInferenceFamilies.EMOTIONAL_REASONING + "|" + SelfTalkIndirectFamilies.EMOTIONAL_REASONING + "|" + SelfTalkVoicedFamilies.EMOTIONAL_REASONING + "|" + SelfTalkPlainFamilies.EMOTIONAL_REASONING + "|" + SelfTalkVerdictFamilies.EMOTIONAL_REASONING,
					List.of("Feelings are real, but are they facts? What would you see if you only looked at what happened?",
							"If you felt calmer, would the situation itself look any different?"))));

	private SelfTalkRules() {
	}

	/** @return the scan of {@code folded} shared by all rule patterns, for their {@code forEachMatch} */
	static GatedPattern.Scan scan(String folded) {
		return RULES.get(0).pattern().scan(folded);
	}

	private static Spec rule(String type, double weight, String regex, List<String> reframes) {
		return new Spec(type, weight, regex, reframes);
	}

	/**
	 * Compiles all rules as one family: each rule's alternatives with a {@link SelfTalkLeads.Lead} become patterns of their own (so
	 * they share the family's scan and gates) that {@link SelfTalkLeads#forEachMatch} runs, the rest one {@link GatedPattern}.
	 */
	private static List<Rule> compile(List<Spec> specs) {
		List<String> regexes = new ArrayList<>();
		List<String> ledParts = new ArrayList<>();
		List<SelfTalkLeads.Lead> leads = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			StringBuilder rest = new StringBuilder();
			for (String part : RegexLiterals.splitTopLevel(specs.get(i).regex())) {
				SelfTalkLeads.Lead lead = SelfTalkLeads.Lead.of(part);
				if (lead == null) {
					rest.append(rest.length() == 0 ? "" : "|").append(part);
				}
				else {
					ledParts.add(part);
					leads.add(lead);
					owners.add(i);
				}
			}
			if (rest.length() == 0) {
				throw new IllegalStateException("a rule needs an alternative without a lead");
			}
			regexes.add(rest.toString());
		}
		int ledFrom = regexes.size();
		regexes.addAll(ledParts);
		List<GatedPattern> patterns = GatedPattern.family(true, regexes);
		List<Rule> rules = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			Spec s = specs.get(i);
			List<SelfTalkLeads.Led> led = new ArrayList<>();
			for (int k = 0; k < leads.size(); k++) {
				if (owners.get(k) == i) {
					led.add(SelfTalkLeads.Led.of(leads.get(k), patterns.get(ledFrom + k), ledParts.get(k)));
				}
			}
			rules.add(new Rule(s.type(), patterns.get(i), List.copyOf(led), s.weight(), s.reframes()));
		}
		return List.copyOf(rules);
	}
}
