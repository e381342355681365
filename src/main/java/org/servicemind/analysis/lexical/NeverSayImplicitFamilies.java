package org.servicemind.analysis.lexical;

/**
 * Implicit phrasing families of the never-say lexicon (round 6), one alternation per category, joined to the
 * category's base pattern after {@link NeverSayFamilies} and {@link NeverSayIndirectFamilies} (same folded text: lower
 * case, ASCII apostrophes; every alternative starts at a word; every repetition is bounded, so matching stays linear in
 * the text). They cover replies that carry the category in their shape rather than in a fixed phrase: a tool that
 * "only lets me", a rate "set by the regulator", a department named with its contact details and nothing more, a
 * counterfactual "if you'd … it would …", an emphatic "we did warn", a bare "Again:" before a repeated answer, a small
 * amount named to shrink the complaint ("it's a 40p fee"), mock congratulations, "most users sort it without …", a
 * fault located in the customer's setup ("something in your home setup", "works for everyone else"), formal closings
 * ("we consider this matter closed", "our position is unchanged") and a softener announcing the blunt part ("without
 * wishing to cause offence"). Original to ServiceMind, written from the categories' definitions in
 * docs/analysis/never-say-and-self-talk.md after studying the misses of never-say-dev6.jsonl; hard negatives for each
 * family are in {@code NeverSayImplicitFamiliesTests}.
 */
final class NeverSayImplicitFamilies {

	/** a sentence start, bullets and emoji that open a line included ({@link SentenceStart}) */
	private static final String START = SentenceStart.LOOKBEHIND;

	/** no own step follows in the same or the next sentence: the agent is not taking the matter on */
	private static final String NO_OWN_STEP = "(?![^\\n]{0,140}\\b(?:but|however|i'?ve|i have|i'?ll|i will|i'?m going to|"
			+ "we'?ve|we'?ll|we will|so i|let me)\\b)";

	/** a small sum or a short time, named to shrink the matter */
	private static final String SMALL_AMOUNT = "(?:\\d+p|[$£€]\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?[- ]?(?:dollars?|pounds?|quid|euros?|"
			+ "cents?|rupees?)|(?:one|two|three|four|five|ten|few|couple of)[- ](?:dollars?|pounds?|quid|euros?|cents?|rupees?)"
			+ "|(?:\\d+|one|two|three|five|ten|fifteen|twenty|few)[- ](?:minutes?|min|mins|days?|hours?))";

	/** a tool that only lets the agent do so much; a rate or window set by someone above; a refusal passed down */
	static final String BLAMING_POLICY = "(?:system|portal|platform|booking engine|engine|software|app|tool|till|screen|checkout|"
			+ "dashboard|database) (?:only )?(?:lets|allows) (?:me|us) (?:to )?(?:rebook|refund|change|offer|issue|book|select|pick|move|"
			+ "give|cancel|extend|credit|waive|approve|override|process)\\b"
			+ "|(?:system|portal|platform|software|app|tool|till) (?:won'?t|wont|will not|doesn'?t|does not|can'?t|cannot) allow "
			+ "(?:any )?(?:changes|edits|amendments|refunds|cancell?ations|that|it|this)\\b"
			+ "|(?:that'?s|thats|it'?s|its) (?:just |simply )?how (?:the )?[\\w-]+(?: [\\w-]+)? (?:is|was) (?:designed|built|set up)\\b"
			+ "|(?:that'?s|thats) (?:just |simply )?how the [\\w-]+ works\\b(?=\\s*[,.;!]|\\s*$)" + NO_OWN_STEP
			+ "|\\bset by (?:the )?(?:regulator|statute|law|legislation|government|head office|the state|parliament)\\b"
			+ NO_OWN_STEP
			+ "|\\bauto-?(?:rejected|cancell?ed|declined|closed|deleted|refused)\\b" + NO_OWN_STEP
			+ "|(?:head office|management|my manager|finance|the bank|legal|compliance|they)(?:'ve| have)? (?:said|come back with a) "
			+ "(?:no|a no)\\b"
			+ "|if (?:the rules|it|the policy|this|that) (?:were|was) (?:up to me|my call|my decision)"
			+ "|(?:their|his|her|head office'?s|compliance'?s|management'?s|the [\\w-]+(?: [\\w-]+)?'s) call,? not "
			+ "(?:mine|ours)\\b"
			+ "|i (?:don'?t|do not) get to (?:pick and choose|choose|decide) (?:who|which|when)\\b";

	/** capitals and carrying-on, hysterics, molehills, civility demanded */
	static final String CALM_DOWN = START + "(?:[\\w]+,? )?take a (?:breath|beat|chill pill)\\s*[.!]"
			+ "|easy on the (?:caps|capitals|caps lock|exclamation (?:marks|points)|shouting)"
			+ "|(?:typing|writing|shouting) in (?:all )?(?:capitals|caps)\\b(?=[^.!?\\n]{0,40}\\b(?:isn'?t|won'?t|is not|will not|"
			+ "doesn'?t|does not)\\b)"
			+ "|(?:let'?s|lets) not (?:get|go|be) (?:all )?(?:hysterical|carried away|over-?dramatic|dramatic|worked up|emotional)"
			+ "|\\bhysterics\\b|(?:you'?re|you are) carrying on\\b"
			+ "|(?:wouldn'?t|would not|don'?t|do not|no need to|try not to) get (?:too |so |that |all )?(?:stressed|worked up|"
			+ "wound up|het up|upset|bothered) (?:over|about)\\b"
			+ "|(?:let'?s|lets|please) keep (?:things|this|it) (?:civil|polite|calm)\\b";

	/** a department named with nothing but its door; the customer told to go there alone */
	static final String NOT_MY_JOB = "(?:queries|questions|requests|issues|complaints|matters) (?:go|goes|should go|need to go) to "
			+ "(?:the )?[\\w&-]+(?: [\\w&-]+)?,? not (?:us|me|it|this|our)\\b"
			+ "|(?<!(?:i'?ll|i will|we'?ll|we will|i'?ve|i can|we can|let me) )(?:approach|contact|ring|call|email|reach out to|"
			+ "speak to|talk to|get in touch with) (?:them|the [\\w&-]+(?: [\\w&-]+)?) directly"
			+ "|(?:kindly|please) follow up with (?:them|the [\\w&-]+(?: [\\w&-]+)?)\\b"
			+ "|(?:ring|call|phone|contact) the number on the back of (?:your|the) card"
			+ "|(?:their|the) (?:contact details|customer relations details|details|number|phone number|email address) "
			+ "(?:are|is|can be found) on their (?:website|site|page|app)"
			+ "|falls? (?:under|within) (?:the )?[\\w&-]+(?: [\\w&-]+)? (?:team|department|dept|desk|side)\\b" + NO_OWN_STEP
			+ "|(?:you|u) (?:need|have|'ll need|will need|'d need|would need|'ll have|'d have) to (?:talk|speak|go|get in touch) "
			+ "(?:to|with) (?:the )?[\\w-]+ directly"
			+ "|(?<=[,;] )(?:just )?ask them\\s*(?:[.!]|$)"
			+ "|(?:by|with|from) your (?:bank|card issuer|provider|isp|landlord|insurer|network),? not (?:by |with |from )?us\\b"
			+ "|(?:is|are) (?:run|handled|maintained|managed|operated) by (?:a |an |the )?(?:partner|third[- ]party|separate|"
			+ "different|external|state|other)\\b" + NO_OWN_STEP
			+ "|(?:our|my|this) (?:[\\w-]+ ){0,2}(?:team|desk|department) (?:doesn'?t|does not|don'?t|do not) (?:handle|deal with|"
			+ "cover|do|look after)\\b"
			+ "|(?:that'?s|thats|it'?s) (?:the|their) [\\w-]+'?s? (?:helpdesk|help desk|support line|department)\\b"
			+ "|(?:you'?ll|you will|you'?d|you would) (?:need|have) to (?:sort|thrash|settle|take) (?:that|this|it) (?:out |up )?"
			+ "with\\b"
			+ "|(?:you'?d|you would|you'?ll|you will) (?:have|need) to ask (?:someone|somebody) (?:higher up|above me|more senior|"
			+ "else)"
			+ "|(?:they|them) (?:don'?t|do not|won'?t|will not) (?:take|accept|handle) (?:appeals|complaints|requests|calls|queries) "
			+ "(?:through|via|from|over) (?:support|us|this|chat|the phone)\\b"
			+ "|unable to comment on (?:the actions of )?(?:the |a )?(?:partner|third[- ]party|other|operating)\\b";

	/** the counterfactual that blames, the reminder "we did" send, the late complaint */
	static final String YOU_SHOULD_HAVE = "(?:would|might)(?: have|'?ve) been (?:worth|wise|sensible|a good idea|better) "
			+ "(?:to [a-z]+|[a-z]+ing)\\b"
			+ "|why didn'?t you (?:just )?[a-z]+ (?:the|it|them|this|that|a|an|your)\\b"
			+ "|\\bif you'?d (?:only |just )?(?:[a-z]+ed|chosen|taken|kept|read|sent|done|bought|paid|set) "
			+ "[^.!?\\n]{0,100}\\b(?:it'?d|it would|this wouldn'?t|that wouldn'?t|it wouldn'?t|you'?d have|you would have)\\b"
			+ "|" + START + "had (?:it|you|they|the form|this) (?:been|[a-z]+ed)\\b[^.!?\\n]{0,60}\\bwould have\\b"
			+ "|\\bwe did (?:send|warn|tell|email|notify|remind|post|mention|flag)\\b(?![^.!?\\n]{0,80}\\b(?:but|sorry|apolog))"
			+ "|(?:not sure|don'?t know|no idea) what (?:more|else) (?:we|i) could (?:have|'ve) done"
			+ "|" + START + "should(?:'?ve| have) (?:[a-z]+ed|thought|read|kept|done|known|bought|taken)\\b"
			+ "|(?:you'?d|you would|you could) have saved yourself"
			+ "|(?:bit|little|too) late to (?:complain|change your mind)\\b"
			+ "|\\bbold (?:move|choice|strategy)\\b";

	/** "Again:", already told, the dated mail, the fifth agent, every angle */
	static final String AS_I_SAID = START + "(?:once )?again[:,]\\s*+(?!(?:sorry|thank|thanks|apolog|my apologies|many thanks|i'?m sorry))"
			+ "|(?:per|as per) (?:the|my|our) (?:email|mail|message|letter|note) (?:i|we) sent\\b"
			+ "|(?:were|was|has been|have been|had been) already (?:clarified|explained|informed|answered|communicated|covered)\\b"
			+ "|(?:has|have|had) already been (?:clarified|explained|informed|answered|communicated)\\b"
			+ "|(?:i|we) (?:have |'ve )?already (?:told|explained to|informed) (?:you|u|ya)\\b"
			+ "|\\balready told (?:you|u|ya)\\b"
			+ "|as explained (?:at length|during|on|in) (?:that|the|our|my)?\\s?(?:call|chat|letter|email|reply|message|length)?"
			+ "|your (?:third|fourth|fifth|sixth|seventh|\\d+(?:rd|th)) (?:email|message|call|letter|chat|complaint) (?:on|about)\\b"
			+ "|as previously (?:set out|outlined|indicated)"
			+ "|you were (?:told|informed|advised) (?:on|during|in) (?:the|that|our|your) (?:call|chat|email|letter)"
			+ "|(?:explained|said|put|gone over) (?:this|it|that) (?:from )?every (?:possible )?(?:angle|way)"
			+ "|(?:asking|ask|trying|contacting) (?:a|another) (?:second|third|fourth|fifth|sixth|different) (?:agent|person|advisor|"
			+ "adviser|rep)\\b";

	/** mock congratulations, the eye-roll, "who knew", luck wished for the impossible */
	static final String SARCASM = START + "(?:congrats|congratulations|well done),? you'?ve (?:found|managed|broken|locked|deleted|discovered)\\b"
			+ "|(?:fab|great|brilliant|wonderful|lovely|perfect|fantastic|super),? so you'?ve (?:now )?(?:locked|deleted|broken|wiped|"
			+ "cancelled|lost|managed)\\b"
			+ "|" + START + "(?:great|perfect|lovely|super|marvell?ous|fab)[.,!]? another (?:one|person|customer|user|genius|expert)\\b"
			+ "|" + START + "(?:ah|oh),? the (?:classic|old|famous)\\b"
			+ "|good luck (?:getting|convincing|reaching|persuading) (?:the|them|anyone|someone|a|an)\\b"
			+ "|(?<=\\?\\s{0,2})(?:shocking|who knew|fancy that|imagine that|go figure)\\s*[.!]"
			+ "|" + START + "sure,? sure\\b"
			+ "|(?:i'?ll|let me|shall i) just (?:magic|conjure|pull)\\b"
			+ "|(?:i'?ll|let me) (?:just )?get the (?:ceo|md|president|chairman|queen|king|prime minister) on the (?:phone|line)"
			+ "|\\bbold (?:move|choice|strategy)\\b";

	/** the majority who cope, the grown adult, the search engine, the foolproof tool */
	static final String BELITTLING = "(?:most|majority of|nearly all|almost all|every other)(?: our| of our)? (?:people|customers|users|"
			+ "clients|members|players) (?:sort|manage|figure|work|cope|get)\\b[^.!?\\n]{0,40}\\b(?:without|on their own|themselves|"
			+ "fine|no problem|no trouble)\\b"
			+ "|(?:a |any )?grown (?:adult|man|woman|up)s? (?:should|can|could|ought)\\b"
			+ "|did you (?:actually|even|really) (?:try|read|check|look|bother|open|click|restart)\\b"
			+ "|not (?:everyone|everybody|all (?:our )?(?:customers|users)) (?:finds|find|struggles|struggle|seems to (?:find|"
			+ "struggle))\\b"
			+ "|not (?:a|an) (?:puzzle|riddle|maze)\\b"
			+ "|(?:google|a quick search|a quick google|youtube) (?:can|could|will|would) (?:answer|tell you)\\b"
			+ "|\\bidiot-?proof\\b|\\bfool-?proof\\b|\\bfoolproof\\b"
			+ "|(?:review|reviewing|rethink|rethinking|look at|looking at) how you'?re (?:using|handling|operating|charging) "
			+ "(?:it|the|them|your)\\b"
			+ "|(?:you'?re|you are) the only (?:one|customer|person|user) (?:who'?s|who has|to have|that'?s) (?:raised|reported|"
			+ "complained|mentioned|struggled|had)\\b"
			+ "|(?:it'?s|its|it is) (?:literally|right) (?:in|on|at) the (?:first|second|top|very|front)\\b"
			+ "|(?:says|written|printed) [^.!?\\n]{0,40}\\bin (?:two|three|four|five|several|multiple) languages"
			+ "|(?:fab|great|brilliant|wonderful|lovely|perfect|fantastic|super),? so you'?ve (?:now )?(?:locked|deleted|broken|wiped|"
			+ "cancelled|lost)\\b";

	/** no way to tell, said as the answer */
	static final String VAGUE_DONT_KNOW = "(?:there'?s|there is) (?:not really|no real|really no|no) (?:a )?way (?:to|of) "
			+ "(?:tell|telling|know|knowing|say|saying|find out|finding out)\\b";

	/** the matter closed, the position unchanged, the point of arguing denied */
	static final String NOTHING_I_CAN_DO = "(?:it'?s|that'?s|its) (?:all )?(?:down to|in the hands of) the [\\w-]+ now\\b"
			+ "|(?:not|nothing) (?:much )?(?:more|else) (?:i|we) can (?:say|add)\\b"
			+ "|no (?:appeal |override )?(?:route|button|option|lever|switch) (?:available )?(?:on|at|from|through|via) "
			+ "(?:me|my side|my end|our side|our end)\\b"
			+ "|not in a position to (?:assist|help|do|offer) (?:any )?(?:further|more)\\b"
			+ "|consider (?:this|the) matter (?:closed|concluded)|cannot be (?:progressed|taken|pursued) (?:any )?further"
			+ "|(?:our|my|the) (?:position|decision|answer),? (?:[\\w ]{1,30},\\s*)?(?:is|remains) (?:unchanged|final)\\b"
			+ "|(?:isn'?t|is not|won'?t|will not|not) going to (?:change|get you|get) (?:the (?:outcome|answer|decision|result)|"
			+ "a different (?:answer|outcome|result))"
			+ "|unable to revisit\\b"
			+ "|if (?:the rules|it|the policy|this|that) (?:were|was) (?:up to me|my call|my decision)"
			+ "|(?:magic|conjure|pull) (?:up )?(?:[\\w-]+ ){0,4}out of thin air"
			+ "|whether you like (?:it|the [\\w-]+(?: [\\w-]+)?) or not";

	/** the fault placed in the customer's setup, their choice, their typing; "works for everyone else" */
	static final String YOU_ARE_MISTAKEN = "(?:will|must|'ll) be (?:something|an issue|a problem|the problem) (?:in|with|on) your\\b"
			+ "|works (?:fine |perfectly )?for everyone else\\b"
			+ "|(?:nobody|no one|no-one) else (?:(?:on|in|at) (?:the|your|this) [\\w-]+ )?(?:is having|has had|has reported|is reporting|has mentioned|has complained about) (?:this|that|any|the same)"
			+ "\\b" + NO_OWN_STEP
			+ "|(?:your|ur) (?:[\\w']+ ){0,2}(?:is|'s) the (?:issue|problem|culprit)\\b|\\bours is fine\\b"
			+ "|you'?ve (?:[\\w]+ ){0,2}(?:tapped|clicked|pressed|selected|chosen|typed|entered|set|switched off|turned off|disabled|"
			+ "denied)\\b[^.!?\\n]{0,60}\\bwhich is why\\b"
			+ "|because you (?:typed|entered|put|selected|chose|set|used|picked|clicked|gave|filled) [^.!?\\n]{0,40}\\b(?:wrong|wrongly|"
			+ "incorrectly|incorrect)\\b"
			+ "|\\bfault lies (?:squarely |entirely |firmly |solely )?with (?:you\\b|your\\b|the [^.!?\\n]{0,40}\\byou (?:have |'ve )?"
			+ "(?:chosen|used|bought|installed|picked))"
			+ "|(?:what|whatever) you think you (?:ordered|paid|saw|said|did|booked|bought|asked for)\\b"
			+ "|(?:that'?s|that is|this is) not what [^.!?\\n]{0,30} means\\b"
			+ "|(?:i'?m|i am) (?:confident|certain|sure) (?:that )?(?:they|our (?:staff|team|engineers?|driver|agents?)|the (?:staff|team|"
			+ "driver|engineer)) (?:followed|did|handled|acted)\\b"
			+ "|(?:tested|checked|inspected|examined) [^.!?\\n]{0,40}\\band found no (?:fault|issue|problem|defect)s?\\b" + NO_OWN_STEP
			+ "|(?<=not a bug[,;.]\\s{1,2})(?:that'?s|it'?s|this is)\\b"
			+ "|(?:review|reviewing|rethink|rethinking) how you'?re (?:using|handling|operating|charging) (?:it|the|them|your)\\b"
			+ "|(?:a|more of a) you (?:thing|problem|issue),? not\\b";

	/** a softener announcing the blunt part */
	static final String NO_OFFENSE = "without wishing to (?:cause|give) (?:offence|offense)"
			+ "|i (?:appreciate|see|hear|get) where you'?re coming from,? but\\b"
			+ "|(?:i'?m|i am) sure you meant well,? but\\b"
			+ "|not being (?:rude|mean|harsh|nasty|horrible),? but\\b";

	/** the matter counted small, the layout that stays, "you'll live", working as intended */
	static final String DISMISSIVE = "(?:aren'?t|are not|not|won'?t|isn'?t|is not) going to (?:rework|change|redesign|rebuild|rewrite|"
			+ "alter) (?:it|this|that|the [\\w-]+) (?:just )?for (?:one|a single|just one|one person|you)\\b"
			+ "|(?:you'?re|you are) not the one who (?:has|have|had) to\\b"
			+ "|let'?s not make (?:a|such a) (?:federal case|fuss|drama|song and dance|big deal|thing)|\\bfederal case\\b"
			+ "|" + START + "you'?ll (?:live|survive|get over it)\\s*[.!]"
			+ "|every [\\w-]+(?: [\\w-]+)? (?:lags|crashes|glitches|freezes|has bugs|goes down) (?:sometimes|occasionally|now and then|"
			+ "from time to time)"
			+ "|not our (?:prob|problem|issue|concern) if\\b"
			+ "|within (?:normal|acceptable|expected) tolerances\\b|we trust you will (?:appreciate|understand) that\\b"
			+ "|(?:behaviour|behavior) (?:you describe|you'?re seeing|you reported|you mention) is (?:expected|intended|by design|"
			+ "normal)\\b" + NO_OWN_STEP
			+ "|\\bworking as (?:intended|designed)\\b" + NO_OWN_STEP
			+ "|one of (?:its|their|the [\\w-]+'?s?) quirks\\b"
			+ "|(?:they'?re|it'?s|its|they are|it is) (?:cheap|only [\\w$£€.-]+) anyway\\b"
			+ "|between you and your [\\w-]+,? really\\b"
			+ "|whether you like (?:it|the [\\w-]+(?: [\\w-]+)?) or not"
			+ "|(?<=(?:stressed|upset|fuss|bothered|wound up|het up) )(?:over|about) (?:a|an|one) " + SMALL_AMOUNT + "\\b"
			+ "|(?:it'?s|its|it is) (?:(?:only|just) (?:a|an) (?:[\\w-]+ ){0,2}|(?:a|an) " + SMALL_AMOUNT + " ?(?:[\\w-]+ )?)"
			+ "(?:fee|charge|surcharge|fine|delay)\\s*(?:[.!]|$)"
			+ "|\\ba whole (?:\\d+|one|two|three|four|five|ten|few|couple of) (?:minutes?|seconds?|hours?|days?|pounds?|dollars?|"
			+ "euros?|cents?|quid)\\b"
			+ "|(?:bit|little|too) late to complain\\b|(?:what|whatever) you think you (?:ordered|paid|saw|booked|bought|asked for)\\b"
			+ "|them'?s the breaks|\\bhard pass\\b"
			+ "|(?:are|is|'s) (?:all )?part of the (?:deal|territory)\\s*[.!]"
			+ "|" + START + "(?:these things|stuff|it) happens?\\s*[.!](?![^\\n]{0,100}\\b(?:but|i'?ve|i'?ll|sorry|apolog))";

	private NeverSayImplicitFamilies() {
	}
}
