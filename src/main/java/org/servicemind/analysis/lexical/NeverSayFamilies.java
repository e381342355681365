package org.servicemind.analysis.lexical;

/**
 * More phrasing families of the never-say lexicon, one alternation per category, joined to the category's base pattern
 * in {@link NeverSayRules} (same folded text: lower case, ASCII apostrophes; every alternative starts at a word).
 * Each family covers a way of saying the thing rather than one wording: a machine or rule that "won't let me", a
 * rule restated as itself ("rules are rules"), the customer sent elsewhere "yourself", blame set in the future ("next
 * time, read it first"), mock enthusiasm, a comparison with other customers, a tautology instead of an answer ("it'll
 * get there when it gets there"), minimising the problem. Original to ServiceMind, written from the categories'
 * definitions in docs/analysis/never-say-and-self-talk.md; hard negatives for each family are in
 * {@code NeverSayFamiliesTests}.
 */
final class NeverSayFamilies {

	private static final String START = "(?:^|(?<=[.!?;:\\n(]\\s{0,3}))";

	/** a system or a higher-up refusing, rules that break or are restated, exceptions never made */
	static final String BLAMING_POLICY = "(?:(?:the|our|this) )?(?:system|computer|software|portal|booking (?:engine|system|"
			+ "tool)|platform|till|website|site|app)\\s+(?:just |simply |literally )?(?:won'?t|will not|wont|doesn'?t|does not|"
			+ "can'?t|refuses to|isn'?t going to) (?:let|allow|permit) (?:me|us)\\b(?![^.!?\\n]{0,60}\\b(?:secur|protect|"
			+ "safe|privacy|fraud))|computer says no"
			+ "|(?:against|violates?|breach(?:es)?|break(?:ing)?|contrary to|outside) (?:our|the|company|store|company'?s|"
			+ "store'?s|shop'?s) (?:\\w+ )?(?:terms(?: and conditions| of (?:service|sale|use))?|t&cs|t'?s and c'?s|"
			+ "regulations|guidelines|procedures?|polic(?:y|ies)|rules)"
			+ "|(?:we|i) (?:don'?t|do not|can'?t|cannot|never|won'?t) make (?:any )?exceptions?\\b(?![^.!?\\n]{0,50}\\bbut\\b)"
			+ "|no exceptions\\b(?! (?:needed|required|necessary))(?![^.!?\\n]{0,50}\\bbut\\b)"
			+ "|(?:(?:company|our|the|store|house) )?(?:rules?|polic(?:y|ies)) (?:are|is|'s) (?:(?:company|our|the|store|house) )?"
			+ "(?:rules?|polic(?:y|ies))\\b"
			+ "|(?:our|the|company|company'?s|corporate|store) (?:rules?|polic(?:y|ies)|guidelines|terms(?: and conditions)?|"
			+ "t&cs|t'?s and c'?s|regulations|procedures?)(?: [\\w']+){0,3} (?:are|is|'re) (?:very |quite |really |pretty |"
			+ "perfectly |crystal |absolutely )?(?:clear|non-negotiable|set in stone|not flexible|inflexible|strict(?=[^.!?\\n]"
			+ "{0,40}\\b(?:no|can'?t|cannot|won'?t|unable|afraid|exceptions?)\\b))"
			+ "|(?:those|these|them) are (?:the|our|just the|simply the) (?:regulations|terms|guidelines|procedures|rules)"
			+ "|(?:that'?s|thats) (?:just )?the rules?(?=\\s*(?:[,.;!]|$|i'?m afraid|sorry))"
			+ "|(?:management|my manager|my supervisor|my boss|head office|corporate|the company|the business|finance|"
			+ "upstairs|the powers that be) (?:won'?t|doesn'?t|does not|will not|wouldn'?t|refuses? to|refused to) "
			+ "(?:sign (?:it |this |that )?off|authori[sz]e|ok|okay|agree|approve|sanction)"
			+ "|(?:polic(?:y|ies)|rules|procedures?|regulations|guidelines) (?:dictates?|forbids?|prohibits?)\\b"
			+ "|(?:i|we) (?:have|need|'ve got|got|must|am required|'m required|are required|'re required) to (?:stick to|"
			+ "follow|go by|abide by|comply with|adhere to|stick with) (?:the|our|company|these|those) (?:rules|polic(?:y|ies)|"
			+ "procedures?|guidelines|regulations)"
			+ "|(?:i'?m|im|i am|we'?re|we are) not (?:allowed|permitted|authori[sz]ed) to (?:waive|approve|process|accept|"
			+ "apply|grant|release|amend|backdate|do (?:that|this|it)|make an exception)"
			+ "|(?:can'?t|cannot|can not|unable to|not able to|not allowed to|no way to) (?:override|bypass|get round|"
			+ "get around|overrule) (?:it|that|this|the system|the rules?|the policy|the decision)"
			+ "|(?:my|our) hands are (?:completely |totally |well and truly |really )tied"
			+ "|(?:it'?s|that'?s|its) (?:a|our) (?:company(?:-wide)?|store|house|strict|firm|blanket|standard) (?:rule|policy)"
			+ "(?=\\s*(?:[,.;!]|$|i'?m afraid|sorry|nothing personal|so\\b|and\\b))"
			+ "|(?:my|the) (?:supervisor|manager|boss|team leader|line manager) (?:has )?(?:said|says) no\\b"
			+ "|the way (?:our|the) [\\w-]+ (?:is set up|works|is designed|is written|was written)(?=[^.!?\\n]{0,40}\\b(?:can'?t|cannot|won'?t|unable|"
			+ "not able)\\b)"
			+ "|(?:rules?|polic(?:y|ies)|guidelines|procedures?|terms|regulations)(?: [\\w']+){0,4} (?:don'?t|doesn'?t|do not|"
			+ "does not|won'?t|will not) (?:allow|permit|let (?:me|us))\\b"
			+ "|(?:i|we) (?:don'?t|do not|didn'?t) (?:make|write|set) (?:the |our )?(?:t&cs|terms|rules|policies|policy)"
			+ "|(?:i|we) (?:just|only) (?:have to )?(?:apply|enforce|follow|implement) (?:them|it|the rules|the policy)\\b"
			+ "|(?:system|computer) (?:just )?(?:won'?t|will not|doesn'?t|does not) (?:budge|accept (?:it|that|this))"
			+ "|(?:it'?s|that'?s|this is|its) (?:just |simply )?(?:the|our) (?:process|protocol)(?=\\s*(?:[,.;!]|$|and i|i'?m afraid|"
			+ "sorry))|(?:there'?s |there is |we have |i have )?(?:no|zero) (?:wiggle room|leeway|flexibility|discretion)\\b"
			+ "|(?:only|just) (?:do|offer|give) what (?:the|my|our) (?:script|system|policy|rules|computer|guidelines) (?:allows?|"
			+ "lets? (?:me|us)|says|permits?)"
			+ "|(?:we'?re|we are|i'?m|i am) (?:legally |strictly |contractually )?bound by\\b|(?:above|beyond|outside) my authority"
			+ "|(?:procedures?|process|terms) (?:are|is|'s) (?:(?:the|our|company|store) )?(?:procedures?|process|terms)\\b"
			+ "|(?:compliance|legal|the lawyers|underwriting|risk|head office|finance|the bank|the powers that be|(?:my|the) bosses|"
			+ "management|upstairs) (?:says?|said|has said|have said) no\\b"
			+ "|(?:i'?m|i am|we'?re|we are) (?:just|only) (?:following|doing) (?:orders|my job|what i'?m told|as i'?m told)"
			+ "|(?:i|we) (?:don'?t|do not) make the (?:decisions?|calls?)\\b|against (?:company )?policy\\b"
			+ "|the company line|toe the (?:company )?line|(?:the )?(?:system|computer|algorithm) (?:decides|makes the (?:decision|"
			+ "call))"
			+ "|(?:those|these) are my instructions|(?:i'?m|im|i am|we'?re|we are) only (?:allowed|permitted|authori[sz]ed) to";

	/** imperatives about the customer's voice, tone or state; feelings called pointless */
	static final String CALM_DOWN = "keep your voice down|lower your (?:voice|tone)|tone (?:it|that|this) down"
			+ "|(?:mind|watch) (?:your|the) (?:tone|language|mouth)|less of the (?:attitude|tone|shouting)"
			+ "|(?:no|there'?s no|there is no) (?:reason|call|point) (?:for you )?to (?:get |be )?(?:so |this |that )?"
			+ "(?:upset|angry|emotional|worked up|hysterical|aggressive|rude|dramatic|shout|yell|swear)"
			+ "|(?<!i'?d be )(?<!would be )(?<!i'?m )(?<!i am )(?<!we'?re )getting (?:so |all |this |that )?(?:worked up|"
			+ "het up|wound up|riled up|hysterical)"
			+ "|(?:try (?:and |to )|please |just |you need to |you must |i need you to |can you |could you )(?:stay|keep|"
			+ "remain|be) (?:calm|civil|reasonable)|let'?s (?:all )?(?:keep (?:this|it|things) (?:civil|calm|polite)|stay calm|"
			+ "calm (?:things|this) down)|get a grip|pull yourself together"
			+ "|not worth (?:getting|being) (?:so |this )?(?:upset|angry|worked up|annoyed)"
			+ "|keep (?:this|it|things|the conversation) (?:respectful|civil|polite|professional)"
			+ "|take it down a (?:notch|peg|level)|dial it (?:back|down)"
			+ "|getting (?:yourself )?(?:in|into) (?:a |such a )?(?:state|tizzy|flap|lather|stew)\\b"
			+ "|no (?:call|excuse) for (?:the |that |this |such )?(?:attitude|tone|language|shouting|sarcasm|rudeness)"
			+ "|no need for (?:the|that|this|such) (?:attitude|tone|language|shouting|sarcasm|rudeness)"
			+ "|shouting (?:in (?:capitals|caps) |at me |like that )?(?:won'?t|isn'?t going to|will not|doesn'?t|does not) (?:help|get|make|speed)"
			+ "|" + START + "(?:deep|big) breaths?\\b|(?:stop|quit) (?:using|typing in|writing in) (?:capital letters|capitals|caps)"
			+ "|(?:dial|tone) (?:down|back) the (?:emotion|drama|tone|anger|attitude)|(?:leave|keep|take) (?:the |your )?emotions? "
			+ "out of (?:this|it)|blowing (?:this|it|things|that) (?:\\w+ )?out of (?:all )?proportion"
			+ "|(?:getting|being|shouting|yelling|swearing) (?:so )?(?:angry |upset |rude |cross |shirty |abusive )?(?:with me |at me "
			+ ")?(?:won'?t|will not|isn'?t going to|is not going to|doesn'?t|does not) (?:help|change|get|make|speed)"
			+ "|(?:keep |stop |you'?re |you are )raising your voice|(?:you'?re|you are) taking (?:this|it|things) (?:far |way |a bit |"
			+ "rather )?(?:too )?personally"
			+ "|(?:try not to|don'?t|do not) get (?:so |too |all )?(?:wound up|het up|stressed|worked up|upset|emotional) (?:about|over)"
			+ "|(?:typing|writing) in (?:all )?caps|(?:let'?s not|don'?t) get carried away";

	/** the task belongs to someone else, and the customer is sent there alone */
	static final String NOT_MY_JOB = "(?:aren'?t|isn'?t|are not|is not|not) (?:really )?(?:something|anything|a thing|an area|"
			+ "what) (?:that )?(?:i|we|my team|our team|this team|my department|this department|this desk|this line) "
			+ "(?:deal with|deals with|handle|handles|cover|covers|look after|looks after|support|get involved (?:in|with)|"
			+ "can help with)"
			+ "|(?:aren'?t|isn'?t|are not|is not) (?:handled|dealt with|covered|looked after|managed|processed) (?:by|in) "
			+ "(?:my|our|this) (?:team|department|desk|line|office|side)"
			+ "|(?:a question|one|a matter|something|an issue|a job|a problem|a thing) for (?:the |your |a )?[\\w'-]+(?: [\\w'-]+)"
			+ "{0,2},? (?:to (?:sort|deal with|handle|fix|answer)(?: out)?,? )?(?:not (?:us|me|our team|my team)|rather than "
			+ "(?:us|me))\\b"
			+ "|(?:i|we) (?:just|only) (?:do|handle|deal with|look after|cover|work (?:on|in|with)) [\\w-]+(?: [\\w-]+)?,? "
			+ "(?:so )?(?:i|we) (?:don'?t|do not|can'?t|cannot) (?:get involved|deal|handle|help|touch|cover)"
			+ "|(?:i|we) (?:don'?t|do not) get involved (?:in|with)"
			+ "|(?:you'?ve|you have|you'?re|you are|you) (?:come through to|been put through to|rung|dialled|dialed|landed "
			+ "(?:in|on)|on|in|through to|come to|reached|called|got) (?:the )?wrong (?:line|number|inbox|office|queue|desk|"
			+ "department|team)"
			+ "|" + START + "wrong (?:queue|department|team|desk|line|number|inbox)(?: for (?:that|this)(?: one)?)?\\b"
			+ "|try (?:another|a different) (?:number|department|team|line|desk|office)|try (?:someone|somebody) else"
			+ "|try (?:the|your) (?:manufacturer|courier|bank|seller|retailer|landlord|provider|supplier|airline|insurer|council|"
			+ "post office)(?=\\s*(?:[.!;]|$))"
			+ "|(?:isn'?t|is not|'s not|not) (?:really )?(?:down to|on) (?:me|us|my team|our team)\\b"
			+ "|(?:speak|talk|go back) to (?:whoever|the people who|the company that|the shop that|the person who) (?:sold|"
			+ "supplied|fitted|installed|made|shipped)"
			+ "|(?:you'?ll|you will|you'?d|you would|you) (?:have|need) to (?:contact|ring|call|phone|email|ask|speak to|talk "
			+ "to|go to|get in touch with|reach out to|chase|take (?:it|this|that) up with|sort (?:it|this|that) (?:out )?with)"
			+ " [^.!?\\n]{1,40}?\\byourself\\b"
			+ "|(?<!your )(?:headache|problem|issue|job|responsibility|lookout),? not (?:mine|ours)\\b"
			+ "|(?:that'?s|it'?s|this is) (?:a|an) [\\w-]+ (?:team|department|dept|desk) (?:thing|issue|matter|question|job)"
			+ "|(?:you'?d|you would) be better off (?:asking|contacting|calling|ringing|going to|speaking to|talking to|trying)"
			+ "|(?:i|we) (?:don'?t|do not) (?:look after|handle|deal with|cover|do) [\\w-]+(?: [\\w-]+)?,? (?:so )?(?:you'?ll need to "
			+ "|you need to |please )?(?:ring|call|contact|email|phone|try|speak to|ask)\\b"
			+ "|(?:we'?re|we are|i'?m|i am) (?:just|only|merely) (?:the |a )?(?:booking agent|middleman|middle man|reseller|agent|"
			+ "broker|platform|marketplace|courier|retailer)\\b"
			+ "|(?:i'?ll|i will|i have to|i'?ll have to|we'?ll have to) leave (?:that|this|it) with you"
			+ "|(?:my|our|this) (?:team|department|desk|line) (?:doesn'?t|does not|don'?t|can'?t) (?:cover|handle|deal with|"
			+ "look after|support)"
			+ "|(?:i'?m|i am|i work|we'?re|we are|we work) (?:only |just )?in [\\w-]+(?: [\\w-]+)?,? so (?:i|we) (?:wouldn'?t|"
			+ "don'?t|can'?t|cannot)"
			+ "|(?:that'?s|it'?s|this is) (?:really |more |probably )?(?:one|a question|a job|something) for (?:the|our|your) "
			+ "[\\w-]+(?: [\\w-]+)? (?:folks|people|team|guys|lot|department|desk)\\b"
			+ "|i (?:just|only) (?:answer|take|work|do) the (?:phones|calls|emails|chat|tills?)"
			+ "|not something (?:that )?(?:i|we) (?:can |could |would |really )(?:get involved (?:in|with)|deal with|handle|help with)"
			+ "|(?:we'?re|we are|i'?m|i am|this is) (?:only|just) (?:the )?[\\w-]+ (?:support|sales|team|desk|line|department)\\b"
			+ "|not the right (?:person|team|department|people) for (?:that|this|those|these)"
			+ "|try (?:emailing|calling|ringing|contacting|phoning) (?:head office|someone else|another)"
			+ "|(?:go|goes|went|belongs?|sits?) (?:to|with) (?:the |your )?[\\w-]+(?: [\\w-]+)?,? not (?:us|me|customer services?|this "
			+ "team|our team|my team)\\b";

	/** blame for the past, also set as advice for next time or asked as "why did you not" */
	static final String YOU_SHOULD_HAVE = "(?:next time|in future|in the future|going forward|from now on),? (?:(?:please|just|"
			+ "maybe|perhaps|try (?:to|and)|you (?:should|need to|might want to|must|may want to)|make sure (?:you|to)?|"
			+ "remember to|be sure to) )*(?:read|check|double[- ]check|look at|read through|go through|pay attention to|be (?:more )?"
			+ "careful)\\b[^.!?\\n]{0,50}\\b(?:properly|carefully|before)\\b"
			+ "|why (?:on earth |exactly |ever |in the world |the hell )?(?:did you (?:not |never )|didn'?t you |have you not |"
			+ "haven'?t you |weren'?t you )(?:just |even |bother to )?(?:contact|tell|inform|notify|report|mention|return|send|"
			+ "read|check|follow|keep|call|ring|register|cancel|back)\\b"
			+ "|why (?:on earth |exactly |ever |in the world |the hell )?did you (?:wait|leave it|ignore|throw)\\b"
			+ "|you (?:missed|ignored|skipped|overlooked) (?:the|our) (?:deadline|window|cut-?off|reminders?|warnings?|"
			+ "instructions|notice)"
			+ "|" + START + "should(?:'ve| have| of) (?:just |really )?(?:kept|read|checked|known|asked|called|told|done|looked|waited|"
			+ "paid|saved|backed|registered|cancell?ed|returned)\\b"
			+ "|(?:it|that) would(?:'ve| have) been (?:sensible|wise|better|smart|a good idea|helpful|easier) (?:for you )?to (?:check|"
			+ "read|ask|tell|contact|call|back up|keep|look|let us know|mention)"
			+ "|why (?:on earth )?would you (?:delete|throw|ignore|remove|reset|wipe|do that|do this)\\b"
			+ "|ideally,? you(?:'d| would)(?: have|'ve)\\b"
			+ "|had you (?:just |simply |only |actually )?(?:paid|returned|cancell?ed|canceled|told|used|sent|informed|notified|booked|"
			+ "ordered|charged|plugged|updated|installed)\\b"
			+ "|your (?:account|order|card|device|booking|choice|password),? your (?:responsibility|problem|lookout)"
			+ "|you had (?:plenty of time|(?:two|three|four|\\d+|a few|several) (?:days|weeks|months)) to\\b"
			+ "|would(?:'ve| have) saved you|if only you(?:'d| had)\\b"
			+ "|(?:shame|pity|a shame|a pity|too bad) (?:that )?you (?:didn'?t|did not|never|forgot|weren'?t)"
			+ "|the time to (?:mention|tell us|raise|report|say) (?:this|that|it|so) was"
			+ "|(?:reading|checking|looking at|a (?:quick )?(?:look|glance) at) [^.!?\\n]{1,40} would(?:'ve| have) (?:answered|told "
			+ "you|shown you|saved|avoided|prevented|explained)"
			+ "|(?:was|were) right there (?:on|in)\\b|(?:was|were) clearly (?:shown|stated|displayed|written|marked|visible|"
			+ "explained)\\b";

	/** pointed repetition: how often it was said, or a pointer back to earlier replies */
	static final String AS_I_SAID = "(?:i'?ve|i have|we'?ve|we have) (?:already )?(?:explained|said|told you|mentioned|"
			+ "answered|covered|clarified|confirmed) (?:this|that|it)(?: to you)? (?:twice|three times|several times|multiple "
			+ "times|many times|a few times|more than once|repeatedly|\\d+ times|already|before)"
			+ "|(?:i'?ve|i have|we'?ve|we have) (?:already )?(?:been|gone) (?:over|through) (?:this|that|it)\\b(?! with (?!you\\b))"
			+ "|refer (?:back )?to my (?:previous|last|earlier|first|original) (?:reply|email|e-mail|message|response|answer)"
			+ "|(?:i feel like |i seem to be |i'?m )(?:i'?m )?repeating myself|going (?:round|around) in circles"
			+ "|(?:this|that|it) was (?:all )?(?:covered|explained|answered|addressed) in my (?:last |previous |earlier |first )?"
			+ "(?:email|e-mail|reply|message|response)"
			+ "|same answer as (?:before|yesterday|last time|earlier)"
			+ "|(?:i|we) (?:already|have already|'ve already) (?:answered|addressed|responded to) (?:this|that)"
			+ "|you(?:'ve| have) (?:already )?asked (?:this|that|me this|me that|the same thing)(?: already| before| twice)?\\b"
			+ "|(?:i|we) did (?:say|mention|explain|tell you) (?:this|that|it )?\\s*(?:in|earlier|before|already|yesterday|last)\\b"
			+ "|re-?read my (?:last|previous|earlier|first) (?:message|e-?mail|reply|response)"
			+ "|per my (?:last|previous|earlier|prior) (?:\\w+ )?(?:e-?mails?|messages?|replies|reply|responses?|notes?)"
			+ "|(?:keep|are|'re) going (?:back and forth|round in circles|around in circles)"
			+ "|(?:as|like) (?:i|we)(?:'ve| have)? (?:(?:now|again|already|previously) )+(?:said|explained|stated|mentioned|told "
			+ "you|pointed out)";

	/** mock enthusiasm, "let me guess", irony about time or effort */
	static final String SARCASM = "(?:oh|ah|wow),? (?:wonderful|great|brilliant|fantastic|lovely|perfect|marvell?ous|super|"
			+ "joy|goody),? (?:another|yet another|more)\\b|let me guess(?=\\s*[,.:;!?-])|well,? that'?s a first"
			+ "|everyone'?s favou?rite (?:hobby|pastime|activity|thing)"
			+ "|(?:nice|kind|good|thoughtful|lovely|decent) of you to (?:finally|eventually|at last|bother|grace|get round)"
			+ "|thanks? (?:you )?(?:so much |a lot )?for (?:finally|eventually|at last) [a-z]+"
			+ "|funny (?:how|that) (?:the|it|you|your|this|that|every|all|nobody|no one|only)\\b"
			+ "|(?:sure|yeah|oh yeah|right),? because (?:we|i)(?:'ve| have)? (?:just |totally |really |all )?(?:love|enjoy|"
			+ "adore|got nothing better|have nothing better|live to)|nothing better to do"
			+ "|(?:good|best of) luck (?:getting|convincing|persuading) [\\w' ]{1,30}? to (?:agree|accept|approve|refund|pay|"
			+ "budge|change|say yes)"
			+ "|magic (?:up|one up)|wave a magic wand|shocked,? (?:truly|absolutely|simply|just) shocked"
			+ "|who knew\\b|who'?d have thought|go figure|shocking that|whatever will you do|how will you (?:ever )?(?:cope|"
			+ "survive|manage)\\b|i'?ll get right on (?:that|it) (?:after|once|when)|who could (?:have )?(?:possibly )?(?:predicted|"
			+ "guessed|imagined|foreseen|known)|love that for you"
			+ "|grew legs|(?:walked|wandered) off (?:by|on) (?:its|their) own"
			+ "|let me just (?:rewrite|magic|conjure|invent|turn back|wave|pull)\\b|(?:sure|yeah|yes|right),? because (?:clearly|"
			+ "obviously|of course)\\b"
			+ "|congrat(?:s|ulations) on (?:discovering|finding|breaking|managing|locating)|went well,? didn'?t it";

	/** the task called trivial, the customer compared with competent others or tested on basics */
	static final String BELITTLING = "any (?:reasonably |remotely |half )?(?:competent|sensible|normal|intelligent|average|"
			+ "literate) (?:adult|person|user|customer|human) (?:can|could|would|should|knows?|understands?|manages?)\\b"
			+ "|anyone with (?:basic|half a brain|even basic|a bit of|any|an ounce of|minimal)\\b[^.!?\\n]{0,30}\\b(?:can|could|"
			+ "should|would) (?:do|manage|figure|follow|work|sort|handle|understand|set)"
			+ "|surely (?:you|even you) (?:know|can |could |understand|realis|realiz|must|have (?:seen|read|heard)|remember)"
			+ "|one of the (?:simplest|easiest|most basic|most obvious) (?:settings|things|steps|features|bits|tasks|jobs)"
			+ "|(?:it|this|that) (?:really |honestly |literally )?(?:couldn'?t|could not|can'?t) be (?:any )?(?:easier|simpler)"
			+ "|most (?:of our |other )?(?:customers|people|users|folks) (?:manage|figure (?:it|this|that) out|get (?:it|this|"
			+ "that) right|can (?:do|manage|follow|figure)|have no (?:trouble|problem|issue)|don'?t have (?:any )?(?:trouble|"
			+ "problems?|issues?) with)"
			+ "|do you (?:even )?know what (?:a|an|the) [\\w-]+ is\\b|(?:use|using|with) small words"
			+ "|literally (?:one|a single|just one|two) (?:button|click|tap|step|field|box|line)"
			+ "|" + START + "not (?:that |so |very |exactly )?(?:hard|difficult|complicated)(?=\\s*(?:[.!]|$))"
			+ "|(?:it|this|that|which) (?:should|ought to) (?:be )?(?:really |pretty |fairly )?(?:obvious|self-explanatory|"
			+ "clear enough|easy enough)"
			+ "|even (?:my|your) (?:nan|nana|gran|grandad|grandpa|grandfather|mum|mom|dad|kids?|teenager|son|daughter) "
			+ "(?:can|could|managed|manages|knows)|(?:explained|written|set out) in plain english"
			+ "|(?:make|put) (?:this|it) any (?:simpler|easier|clearer) for you"
			+ "|you (?:have|did) read the [\\w ]{0,20}(?:manual|instructions|guide|faq|email|terms),? (?:right|yes|surely)"
			+ "|not exactly (?:tricky|hard|difficult|rocket science|complicated)"
			+ "|(?:(?:i'?m |i am )?not sure )?(?:how|any) (?:much )?(?:clearer|simpler|plainer) (?:the|our|this|it|that|i|we) [^.!?\\n]{0,30}(?:could|can) "
			+ "(?:be|make|get|explain)|(?:a bit of|a little|some|basic|use your|using your|use some) common sense"
			+ "|have you (?:actually|even|really) (?:tried|checked|looked|read|plugged|switched|turned)"
			+ "|(?:beginner|entry|kindergarten|toddler)[- ]level (?:stuff|things?|tasks?)|(?:day|lesson) one stuff"
			+ "|(?:it'?s|this is|that'?s|its) (?:honestly |really |just )?not that deep|keep it (?:very |really |nice and )?(?:basic|"
			+ "simple) for you"
			+ "|literally anyone (?:can|could)\\b|" + START + "(?:just |please )?read the (?:instructions|manual|faq|guide|email|"
			+ "terms)(?=\\s*(?:[.!]|$))|(?:it'?s|it is|that'?s) (?:all )?(?:right|clearly) there (?:in|on)\\b"
			+ "|you (?:should|ought to) (?:already |really )?know (?:this|how|that) (?:already|by now)|you (?:should|ought to) "
			+ "(?:already |really )?know (?:this|how to)\\b"
			+ "|even you (?:can|could|should|will|would)\\b"
			+ "|(?:say|explain|repeat) (?:it|this|that) (?:again|one more time|once more),? (?:very |really |nice and )?slowly";

	/** a non-answer: slang, a tautology, or "impossible to say" */
	static final String VAGUE_DONT_KNOW = "\\bidk\\b|" + START + "search me\\b"
			+ "|(?:impossible|hard|difficult|tough|no way) to (?:say|tell|know|predict)(?! how (?:sorry|much|grateful|glad|pleased|"
			+ "happy))\\b"
			+ "|(?:haven'?t|have not|hasn'?t) (?:got )?(?:a |the )?(?:faintest |foggiest |slightest |first )?(?:clue|idea)\\b"
			+ "|not the (?:faintest|foggiest|slightest) (?:idea|clue)|(?:wouldn'?t|don'?t|do not|haven'?t) (?:have |got )?the "
			+ "(?:foggiest|faintest|slightest)"
			+ "|" + START + "(?:honestly |really |truly |sorry,? )?(?:couldn'?t|can'?t|cannot) (?:really )?(?:say|tell you|tell)\\b(?! (?:it|that|this) (?:any )?better)"
			+ "|(?:it|they)(?:'ll| will) (?:get|arrive|turn up|come|be (?:ready|done|fixed)) (?:there |here )?when (?:it|they) "
			+ "(?:gets?|arrives?|turns? up|comes?|is|are)\\b"
			+ "|nobody (?:really )?knows\\b|no ?one (?:really )?knows\\b|(?:i'?m|i am) (?:as much |just as |also |still )?in the "
			+ "dark|your guess is mine"
			+ "|" + START + "unsure\\b|(?:a|a complete|a total) mystery to (?:me|us)"
			+ "|who can (?:say|tell)\\b|(?:god|heaven|lord) (?:only )?knows(?=\\s*(?:[.,!;]|$|when|where|what|how|if|whether|why))|there'?s no (?:telling|knowing|saying)";

	/** the door closed: no control, no way, nothing at all */
	static final String NOTHING_I_CAN_DO = "(?:beyond|outside|out of) (?:my|our) control"
			+ "|there (?:isn'?t|is not|'s not|wasn'?t|was not) (?:really )?(?:anything|much|a lot|a thing) (?:more |else |further )?"
			+ "(?:that )?(?:i|we) (?:can|could) (?:do|offer|change|fix)"
			+ "|(?:i|we) (?:really |honestly |just |simply )?(?:can'?t|cannot|can not) (?:really )?(?:do (?:a (?:single )?thing|"
			+ "anything|much)|help (?:any ?more|further))"
			+ "|nothing (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) (?:fix|change|offer)"
			+ "|(?:i'?m|i am|we'?re|we are) (?:completely |totally |afraid |sadly )?powerless\\b"
			+ "|(?:there'?s |there is )?no way (?:for (?:me|us) to|(?:i|we) can|(?:i|we) could) (?:get|change|refund|do|fix|reverse|"
			+ "move|undo|recover|cancel|bring)"
			+ "|" + START + "(?:sorry,? |afraid |unfortunately,? )?(?:can'?t|cannot) help (?:you )?(?:there|with (?:that|this)|on "
			+ "(?:that|this)|further|any ?more)|nothing (?:more |else |further )?(?:to be done|(?:that )?can be done)"
			+ "|(?:i|we)(?:'ve| have)?(?: got)? no way (?:to|of) (?:fix|chang|get|undo|recover|refund|revers|sort)"
			+ "|there'?s (?:literally |absolutely |honestly |really |simply )?(?:zero|not a thing|nowt) (?:more |else )?(?:that )?"
			+ "(?:i|we) (?:can|could)"
			+ "|(?:i|we) (?:can'?t|cannot|won'?t be able to) do (?:that|this|it)(?=\\s*(?:[.!]|$))"
			+ "|nothing (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) (?:say|add)\\b"
			+ "|no changing (?:it|that|this|the decision)|(?:i'?m|i am|we'?re|we are) out of options|(?:i'?ve|we'?ve|i have|we have) "
			+ "run out of options"
			+ "|that'?s the end of (?:it|that|the matter)|end of (?:story|discussion)"
			+ "|(?:my|our) options are (?:zero|nil|limited|non-existent|exhausted)|(?:can'?t|cannot) undo (?:it|that|this)"
			+ "|there'?s (?:literally|absolutely|honestly|really|simply) (?:nothing|zero|not a thing) (?:more |else )?(?:that )?"
			+ "(?:i|we) (?:can|could)|(?:we|i) (?:lose|have no|don'?t have any|haven'?t got any) (?:all )?control(?=\\s*(?:[,.;!]|$|over|of|once|after))";

	/** the customer told they have the facts backwards, remember wrongly or use something wrongly */
	static final String YOU_ARE_MISTAKEN = "you(?:'ve| have)? got (?:it|that|this|things|the [\\w-]+) (?:all )?(?:the wrong way "
			+ "(?:round|around)|backwards|back to front|mixed up|muddled)"
			+ "|(?<!if )(?<!unless )(?<!whether )(?:that'?s|that is|this is) (?:simply |just |completely |totally |flat |plain |"
			+ "plainly )?(?:wrong|not right|not correct|not accurate|inaccurate)(?=\\s*(?:[.!,;\\n]|$))(?!\\s*[,.;!-]*\\s*(?:sorry|"
			+ "apologies|my (?:mistake|bad|error|fault)|i (?:made|gave|said|typed|wrote|mixed|misread|was|did|got)|we (?:made|"
			+ "gave|got|did)))"
			+ "|you must be (?:thinking of|confusing|mixing|remembering|looking at)"
			+ "|(?:you'?re|you are|you'?ve|you have) (?:remembering|recalling|reading|recalled|remembered|read) (?:it|that|this|"
			+ "things|the [\\w-]+) (?:wrong(?:ly)?|incorrectly)"
			+ "|(?<!if )(?<!when )(?<!unless )(?:you'?re not|you are not|you aren'?t) (?:reading|looking at|doing|using|entering|"
			+ "typing|following|filling (?:in|out)|holding|setting up|understanding) [^.!?\\n]{0,30}?\\b(?:right|correctly|"
			+ "properly)\\b"
			+ "|you(?:'ve| have)? (?:mixed|muddled|confused) (?:something|it|things|them|that|this|the two|two things) up"
			+ "|(?:you'?re|you are) (?:confusing|mixing up) (?:the|two|a|an)\\b|wrong end of the stick"
			+ "|you(?:'ve| have)? (?:clearly |obviously |completely )(?:misunderstood|misread|got it wrong)"
			+ "|(?<!if )(?<!unless )(?<!whether )(?:that'?s|that is) (?:simply |just )?not the case(?=\\s*(?:[.!,;\\n]|$| at all))"
			+ "|(?<!if )(?<!unless )(?<!whether )(?:that|this) (?:simply |just |really )?(?:isn'?t|is not) (?:true|right|correct|"
			+ "accurate|the case)(?=\\s*(?:[.!,;\\n]|$))(?!\\s*[,.;!-]*\\s*(?:sorry|apologies|my (?:mistake|bad|error|fault)|i "
			+ "(?:made|gave|said|typed|wrote|mixed|misread|was|did|got)))"
			+ "|that'?s not what (?:i|we) (?:said|wrote|meant|told you)"
			+ "|(?:our|the) (?:system|records|logs|data|cameras?|tracking) (?:prove|proves|clearly shows?)\\b"
			+ "|(?:problem|issue|error|fault) (?:is|was|lies) (?:clearly |definitely |obviously |probably )?(?:on|at|with) your "
			+ "(?:end|side|part|device|computer|phone|network|connection|browser|router|laptop)";

	/** disclaimers of bluntness and of respect */
	static final String NO_OFFENSE = START + "respectfully, (?=[a-z])|no hard feelings,? but|(?:be|being) (?:blunt|brutally "
			+ "honest) with you|brutally honest,|to put it bluntly|bluntly,|not (?:meaning|trying|wanting) to be (?:rude|funny|"
			+ "mean|harsh|difficult)|nothing personal,? but|with the (?:greatest|utmost|highest) (?:of )?respect"
			+ "|not to (?:sound|seem) (?:harsh|rude|mean|blunt|funny|difficult)|take (?:this|it|that) (?:how|however|whichever way) "
			+ "you (?:like|want|will)";

	/** the problem minimised, the customer told to live with it, compared with contented others */
	static final String DISMISSIVE = "(?:it'?s|that'?s|this is|its|it isn'?t|it is) (?:hardly |not |really not )?(?:exactly )?"
			+ "the end of the world"
			+ "|(?:it'?s|that'?s|its) (?:not|hardly) (?:that |such )?(?:a )?big (?:of a )?deal(?!\\s+(?:to|for (?:me|us)))"
			+ "|(?:you'?ll|you will|you'?re going to|you) (?:just )?(?:have|need) to (?:put up with|live with|get used to|lump) "
			+ "(?:it|that|this)\\b|(?:you'?ll|you will|you) just (?:have|need) to (?:wait|be patient|sit tight|hang on)"
			+ "|(?:other|our other|most) (?:customers|users|people|clients) (?:don'?t|do not|aren'?t|are not|haven'?t|have not|"
			+ "never) (?:seem to )?(?:have|had|having|complain|complained|complaining|report|reported|reporting|mention)"
			+ "|if you say so\\b|suit yourself|have it your way"
			+ "|not worth (?:all )?(?:this|the|that|so much|such a) (?:fuss|drama|hassle|stress|bother|complaining)"
			+ "|(?:such a|all this|this much|a big) fuss (?:over|about)"
			+ "|(?:not|isn'?t|is not|hardly) (?:really |exactly |currently )?(?:a |our |my |the )?(?:top |high |big )?priority"
			+ "(?: for (?:us|me|the team))?\\b|" + START + "meh\\b"
			+ "|yeah,? yeah\\b|heard it all before|(?:it|that|this) won'?t kill you|(?:let'?s not |don'?t )?make a mountain out of a molehill"
			+ "|(?:yeah|ok(?:ay)?|fine|sure),? whatever\\b(?! (?:works|suits|you (?:prefer|decide|need|want|choose)))"
			+ "|wouldn'?t lose (?:any )?sleep over (?:it|that|this)\\b|(?:bigger|worse) (?:problems|things|issues) in (?:the|this) world"
			+ "|(?:people|others) have (?:bigger|worse|real) problems"
			+ "|(?:let'?s not |don'?t )?(?:make|making) (?:a |such a |a big )?(?:drama|fuss|big deal|song and dance) (?:out of|over|about) (?:it|this|that|"
			+ "nothing)|don'?t hold your breath"
			+ "|what (?:do|did|would) you (?:want|expect) (?:me|us) to do(?: about (?:it|that|this))?\\s*\\?"
			+ "|(?:you'?re|you are) the (?:first|only) (?:person|customer|one) (?:to|who'?s?|that'?s?) (?:complain|report|mention|"
			+ "raise|ask)|let me stop you (?:right )?there|(?:i'?m|i am|we'?re|we are) (?:far |much )?too busy to"
			+ "|storm in a teacup|nothing to (?:get|be) (?:so )?(?:excited|worked up|upset|angry) (?:about|over)"
			+ "|(?:plenty of|most|other|lots of) (?:people|customers) would (?:be grateful|be happy|love|kill|jump at)";

	private NeverSayFamilies() {
	}

	/** @return the families of one never-say category as one alternation, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "blaming_policy" -> BLAMING_POLICY;
			case "calm_down" -> CALM_DOWN;
			case "not_my_job" -> NOT_MY_JOB;
			case "you_should_have" -> YOU_SHOULD_HAVE;
			case "as_i_said" -> AS_I_SAID;
			case "sarcasm" -> SARCASM;
			case "belittling" -> BELITTLING;
			case "vague_dont_know" -> VAGUE_DONT_KNOW;
			case "nothing_i_can_do" -> NOTHING_I_CAN_DO;
			case "you_are_mistaken" -> YOU_ARE_MISTAKEN;
			case "no_offense" -> NO_OFFENSE;
			case "dismissive" -> DISMISSIVE;
			default -> null;
		};
	}
}
