package org.servicemind.analysis.lexical;

import java.util.List;

/**
 * The never-say lexicon: one precompiled pattern per category over {@link FoldedText} (lower case, ASCII
 * apostrophes), with why it hurts and a better wording. Patterns and wording are original to ServiceMind; they follow
 * the common guidance in customer-service training that deflecting blame onto rules, telling upset people to calm
 * down, repeating oneself pointedly, and vague non-answers escalate conflict. A named group {@code s} marks the span
 * when the pattern needs leading context.
 */
final class NeverSayRules {

	/** How a match is filtered after it is found. */
	enum Guard {
		/** a negation just before the phrase ("I'd never say ...") cancels it */
		NEGATABLE,
		/** the phrase lands even when negated ("I'm not telling you to calm down") */
		ALWAYS,
		/** cancelled by negation and by a concrete next step nearby ("... but I'll check by 3pm") */
		NEEDS_NEXT_STEP
	}

	record Rule(String category, GatedPattern pattern, Guard guard, String why, String suggestion) {
	}

	/** a rule before compilation: all patterns are compiled as one family sharing one anchor pass */
	private record Spec(String category, String regex, Guard guard, String why, String suggestion) {
	}

	private static final String ITS = "(?:it'?s|its|it is|that'?s|thats|that is|this is)";

	private static final String WE_I = "(?:i|we)";

	private static final String CANT = "(?:can'?t|cannot|can not|am unable to|'m unable to|are unable to|'re unable to)";

	/** a sentence start, bullets and emoji that open a line included ({@link SentenceStart}) */
	private static final String SENTENCE_START = SentenceStart.LOOKBEHIND;

	/**
	 * What every match of the first calm_down alternative begins with, checked first to reject most positions cheaply:
	 * the imperative itself, or one opener word of letters and apostrophes (with "to", "you" or "we" after it, and
	 * a comma) and white space before it.
	 */
	private static final String CALM_OPENER_AHEAD = "(?=(?:calm|relax|chill|settle|simmer|cool)|[a-z']++"
			+ "(?: (?:you|we|to))?,?\\s++(?:calm|relax|chill|settle|simmer|cool))";

	static final List<Rule> RULES = compile(List.of(
			rule("blaming_policy", Guard.NEEDS_NEXT_STEP, ITS
					+ "\\s+(?:just\\s+|simply\\s+|unfortunately\\s+|strictly\\s+|all\\s+)?(?:(?:our|the|company|company'?s|store|"
					+ "bank|airline|hotel|corporate|head office)\\s+)?(?:policy|rules?|procedure)(?=\\s*(?:[.!,;:)\\n-]|$|and\\b|so\\b|"
					+ "i'?m afraid|sorry|unfortunately|i'?m sorry))"
					+ "|(?:(?:our|the|company|company'?s|store|corporate|head office|management'?s?|bank'?s?|insurer'?s?|"
					+ "airline'?s?|hotel'?s?)\\s+){1,2}(?:[\\w']+\\s+)?(?:rules?|policy|policies|guidelines|procedures?)\\s+(?:say|says|"
					+ "state|states|mean|means)\\s+(?:that\\s+)?(?:no|we|i|you can'?t|you cannot|there'?s no)\\b"
					+ "(?! (?:must|have to|need to|are required|'re required|should))"
					+ "|(?:those|these) are (?:the|our|just the|simply the) (?:rules|policies)"
					+ "|" + ITS + "\\s+(?:just |simply |unfortunately |strictly )?(?:our|the|company) (?:policy|rules?) (?:for|on|with|"
					+ "here)\\b(?=[^.!?\\n]{0,60}\\b(?:can'?t|cannot|won'?t|unable|afraid|not able|no exceptions))"
					+ "|(?:against|violates?|contrary to|not within)\\s+(?:our|the|company|company'?s|store|bank|airline|insurer'?s?|"
					+ "bank'?s|airline'?s)\\s+"
					+ "(?:\\w+\\s+)?(?:policy|policies|rules)"
					+ "|(?:our|the|company|company'?s|store|corporate|head office|bank'?s?|insurer'?s?|airline'?s?)\\s+"
					+ "(?:[\\w']+\\s+)?(?:policy|policies|rules?|procedures?|guidelines|terms(?: and conditions)?)\\s+(?:simply\\s+)?"
					+ "(?:doesn'?t|does not|won'?t|will not|wouldn'?t|don'?t|do not|prohibits?|forbids?|prevents?)\\s+"
					+ "(?:allow|let|permit|us|me|any)"
					+ "|(?:(?:strict|internal|our strict|the strict)\\s+)?(?:our|the|company|company'?s)\\s+(?:\\w+\\s+)?(?:policy|"
					+ "policies|rules?)\\s+(?:says|say|states|state|is that|are that)"
					+ "\\s+(?:that\\s+)?(?:we|i)\\s+(?:can'?t|cannot|don'?t|won'?t|aren'?t|are not|am not|must not|mustn'?t)"
					+ "|(?:due to|because of|per|under|according to|as per)\\s+(?:our|the|company|company'?s|store|strict|internal)"
					+ "\\s+(?:\\w+\\s+)?(?:policy|policies|rules|guidelines|regulations)\\s*,?\\s*(?:we|i)\\s*(?:can'?t|cannot|"
					+ "can not|are not|aren'?t|'re not|am not|'m not|won'?t|will not|don'?t|do not|are unable|'re unable|am unable|"
					+ "'m unable)"
					+ "|(?:our|the|company|company'?s|corporate|store) (?:rules?|polic(?:y|ies)|guidelines) (?:are|is) (?:very |quite |"
					+ "really |pretty |perfectly )?clear"
					+ "|(?:i'?m|we'?re|i am|we are) not (?:allowed|permitted|authori[sz]ed) to (?:do that|do this|change|refund|give|"
					+ "make|issue|offer|waive|cancel|extend|override|reverse|bend|break|help)"
					+ "|(?:those|these) are the terms (?:that )?you agreed to"
					+ "|(?:it'?s|that'?s|this is) (?:all |clearly |right )?(?:in|stated in|written in|covered in) (?:the|our) (?:terms|"
					+ "t&cs|terms and conditions|small print|fine print|contract)"
					+ "|(?:management|my manager|my supervisor|head office|corporate|the company) (?:won'?t|doesn'?t|does not|will not) "
					+ "(?:allow|let|permit|approve)"
					+ "|(?:my|our) hands are tied|rules are rules|policy is policy|the rules are the rules"
					+ "|" + WE_I + " (?:don'?t|do not|didn'?t) (?:make|write|set) the (?:rules|policy|policies)"
					+ "|(?:i'?m|i am|we'?re|we are) (?:just |only |simply )?following (?:the |our |company )?(?:policy|rules|procedure)"
					+ "|the (?:system|computer) (?:won'?t|will not|doesn'?t|does not) (?:let|allow) (?:me|us)(?![^.!?\\n]{0,60}\\b(?:"
					+ "secur|protect|safe|privacy|fraud))"
					+ "|" + ITS + " (?:just )?(?:how|the way) (?:we|things) (?:do (?:it|things)|work|are done)(?: here| around here)",
					"Pointing at a rule tells the customer the company matters more than their problem, and it ends the"
							+ " conversation instead of moving it forward.",
					"Explain the reason in plain words and say what you can do: \"I can't refund after 30 days, but I can"
							+ " offer a repair or store credit today.\""),
			rule("calm_down", Guard.ALWAYS, CALM_OPENER_AHEAD + "(?:" + SENTENCE_START + "|(?<=,\\s{0,3})|\\b(?:sir|ma'?am|madam|mate|buddy|look|listen|hey|ok(?:ay)?|"
					+ "please|now|folks|everyone),\\s+|\\b(?:please|just|now|so|ok(?:ay)?|sir|ma'?am|madam|"
					+ "everyone|folks|all|try to|need to|needs to|have to|has to|got to|gotta|must|should|you to|let'?s|will you|"
					+ "would you|could you|can you|can we|if you)\\s+)(calm (?:yourself |yourselves |it )?down|calm yourself"
					+ "|relax(?=[\\s,.!]|$)(?! (?:the|your|a|any|some|our|these|those|this|that)\\b)|chill(?: out)?(?=[,.! ]|$)"
					+ "|settle down|simmer down|cool (?:it|down|off)(?=[,.! ]|$))"
					+ "|(no need to (?:get |be )?(?:so )?(?:upset|angry|emotional|worked up|hysterical|aggressive|rude|dramatic|"
					+ "excited|shout|yell|swear|raise your voice|use (?:that|such) language|take that tone|get personal))"
					+ "|((?:you'?re|you are|you seem|you seem to be|you'?re being|you are being|you'?re getting|you are getting|"
					+ "you get)\\s+(?:(?:a bit|a little|really|very|way|so|quite|rather|being|getting|too)\\s+)*(?:overreacting|over-reacting|hysterical|dramatic|emotional|"
					+ "too sensitive|oversensitive|so sensitive|worked up|unreasonable))"
					+ "|((?:don'?t|do not) (?:get )?(?:so |too )?(?:upset|worked up|emotional|excited|hysterical|angry|mad|"
					+ "freak(?:ing)? out|overreact|shout|yell|take (?:it|this) (?:so )?personally)(?!,? but))"
					+ "|(take a (?:deep )?breath(?! (?:if|whenever|when) you (?:need|want|like))|take a chill pill|(?:stop|quit) (?:shouting|yelling|screaming|swearing|"
					+ "being so)|lower your voice|watch your (?:tone|language)|mind your (?:tone|language)|"
					+ "there'?s no reason to be (?:upset|angry|so)|keep (?:shouting|yelling|swearing|screaming)|let'?s (?:keep (?:this|it) "
					+ "civil|all take a breath)|(?:getting (?:angry|upset|worked up|emotional)|shouting|yelling|being rude|swearing) "
					+ "(?:won'?t|will not|isn'?t going to|doesn'?t|does not) (?:help|change|get|fix|speed)|(?:there'?s )?no need to be like that|no need for (?:that|this) "
					+ "(?:tone|language|attitude))",
					"Telling an upset person to calm down implies their feelings are the problem, which usually makes them"
							+ " angrier.",
					"Name the feeling and act on it: \"I can hear how frustrating this has been, so let's sort it out now.\""),
			rule("not_my_job", Guard.NEGATABLE, "(?:not|isn'?t|is not|aren'?t|are not)\\s+(?:really |exactly |strictly |"
					+ "actually )?(?:my|our|me and my) (?:job|department|dept|area|problem|responsibility|responsibilities|"
					+ "remit|role|team|division|business|fault|call to make|thing|issue)\\b"
					+ "|" + ITS + "\\s+(?:really |just |actually |honestly |more |clearly )?(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,2}(?:team'?s|department'?s|dept'?s|people'?s|"
					+ "desk'?s) (?:job|problem|issue|responsibility|thing|department|area|call)"
					+ "|\\b(?:is|are)\\s+(?:really |just |actually |strictly )?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:team'?s|department'?s|"
					+ "dept'?s|desk'?s) (?:job|problem|responsibility|area|call|thing)(?=[^.!?\\n]{0,12}\\bnot (?:mine|ours|me|us|my|"
					+ "our)\\b)"
					+ "|(?:above|beyond|outside|not in) my pay ?grade"
					+ "|take (?:it|this|that|the matter) up with"
					+ "|(?:you'?ll|you will|you'?d|you would|you) (?:have|need) to (?:contact|call|ask|email|speak to|talk to|"
					+ "reach out to|go to|try) (?:someone else|somebody else|another (?:team|department)|the other "
					+ "(?:team|department)|a different (?:team|department|person))"
					+ "|(?:you'?ve|you have|you) (?:reached|contacted|called|emailed|got|come to|asked) (?:the )?wrong "
					+ "(?:department|team|desk|queue|person)"
					+ "|" + WE_I + " (?:don'?t|do not) (?:handle|deal with|do|cover|look after|take care of) (?:that|those|"
					+ "this|these|anything like that)(?: (?:kind|sort) of (?:thing|stuff|issue|request)s?)?(?= here|[.!,;]|$)"
					+ "|(?:i'?m|i am) not (?:the (?:one|person) )?responsible for"
					+ "|not (?:something|anything|a thing|an area) (?:that )?(?:i|we|my team|our team|this team|my department) "
					+ "(?:deal with|deals with|handle|handles|do|does|cover|covers|look after|looks after|can help with)"
					+ "|(?:i|we) (?:just|only) work (?:in|on|for) (?:the )?[\\w-]+(?: team| department| side)?,"
					+ "|(?:that'?s|it'?s|this is) (?:an? )?[\\w-]+ (?:issue|problem|question|matter|thing), not (?:an? )?[\\w-]+ "
					+ "(?:issue|problem|question|matter|thing)|not paid enough (?:to|for)"
					+ "|(?:i|we) only (?:handle|deal with|look after|cover|take care of) [\\w-]+(?: [\\w-]+)?(?=[,.;]| here| on this| so\\b| and\\b)"
					+ "|(?:that'?s|it'?s|this is) up to the (?:courier|manufacturer|bank|airline|hotel|seller|vendor|carrier|other team|"
					+ "[\\w-]+ team|[\\w-]+ department)"
					+ "|(?:it'?s|that'?s|this is) (?:a |for a )?(?:different|another|separate) (?:department|team)"
					+ "|(?:that'?s|it'?s) (?:the )?(?:courier|manufacturer|bank|airline|carrier|warehouse|supplier|post office|"
					+ "delivery company|seller)'?s (?:fault|problem|issue|responsibility)"
					+ "|not the right (?:person|team|department) to (?:ask|contact|talk to)"
					+ "|(?:nothing|not anything) to do with (?:me|us|my team)|i'?m (?:just|only) the messenger",
					"Saying it is not your job leaves the customer stranded between departments and makes them feel passed"
							+ " around.",
					"Own the handover: \"This sits with our billing team; I've passed it to them with your details and"
							+ " I'll check back with you tomorrow.\""),
			rule("you_should_have", Guard.NEGATABLE, "(?:you|u) (?:really |probably |clearly |obviously )?(?:should|ought to|"
					+ "shoulda)(?:\\s+(?:really|just|simply|also))?(?:\\s+have|\\s*'ve|\\s+of)\\s+(?:just |simply |already |"
					+ "first |actually |really )?(?!(?:received|gotten|got|been|heard|had|seen (?:an?|the|our|my) (?:e-?mail|"
					+ "message|text|sms|notification|confirmation|letter|update|invoice))\\b)(?:[a-z]+ed|read|known|told|done|kept|"
					+ "taken|chosen|bought|paid|written|sent|brought|thought|made|put|set|given|gone|left|seen|understood|spoken|"
					+ "rung|run|hit|come|let|shut|sold|spent|worn|held)\\b"
					+ "|you could(?:'ve| have) (?:just|simply|easily|always)\\b|you could (?:just|simply|easily) have"
					+ "|if you(?:'d| had)(?: just| simply| only| actually| bothered to| taken the time to)? (?:read|checked|"
					+ "followed|looked|listened|paid attention|called|contacted|updated|backed up|saved|registered|kept|asked|"
					+ "told us|noticed|bothered|done what)"
					+ "|had you (?:just |simply |only |actually )?(?:read|checked|followed|looked|listened|called|contacted|"
					+ "updated|backed up|saved|registered|kept|asked|told us|bothered)"
					+ "|you needed to (?:cancel|tell|inform|notify|contact|call|return|register|update|read|check|submit|send|pay|book|"
					+ "keep|follow)"
					+ "|(?<!if )(?<!in case )(?<!when )(?<!obviously )(?<!clearly )(?<!apparently )(?<!evidently )you (?:didn'?t|did not|"
					+ "never) (?:read|follow|check|fill|cancel|return|tell us|"
					+ "inform|notify|register|update|back up|save|keep|submit|bother)"
					+ "|could(?:'ve| have) been avoided if you"
					+ "|is there (?:a|any) reason (?:why )?you (?:didn'?t|did not|haven'?t|have not|never)"
					+ "|why (?:didn'?t|did not|haven'?t|have not|wouldn'?t|did) you (?:just |simply |even |not )?(?:read|check|"
					+ "follow|look|call|contact|update|back up|save|register|keep|ask|tell|try|use|pay|cancel|order|book|wait|"
					+ "think|do that|listen)"
					+ "|you (?:were|was) (?:supposed|required|expected|meant) to(?! (?:receive|get|hear|be|have|see))"
					+ "|(?:it|that) (?:was|is|'s) (?:always |really |ultimately |clearly )?(?:your|the customer'?s) (?:responsibility|job|duty) to"
					+ "|(?:it|that) (?:was|is|'s) (?:up to you|on you) to"
					+ "|you (?:failed|neglected|forgot) to (?!receive|get)(?:read|check|follow|update|back|save|register|"
					+ "keep|tell|pay|cancel|return|confirm|include|mention)"
					+ "|next time,? (?:please |just |maybe |try to |you should |you need to )?(?:read|double-check|pay "
					+ "attention|be (?:more )?careful|make sure (?:you|to) (?:read|check))",
					"Pointing out what the customer should have done assigns blame for the past, which they cannot change.",
					"Look forward instead: \"Here's how we fix it now, and a tip that will make this easier next time.\""),
			rule("as_i_said", Guard.NEGATABLE, "(?:as|like) i(?:'ve| have)? (?:already |previously |just |clearly |"
					+ "repeatedly |also |have )?(?:said|mentioned|stated|explained|told you|noted|wrote|written|pointed out|"
					+ "indicated|advised|informed you|outlined|made clear|tried to explain|keep saying|keep telling you|said before)"
					+ "(?!,? (?:on|during|over) (?:the|our) (?:phone|call)|,? when we spoke)"
					+ "|(?:as|like) (?:(?:was|has been|have been|i have|i'?ve) )?(?:already |previously )?(?:stated|mentioned|"
					+ "explained|advised|noted|indicated|communicated)(?: to you)? (?:before|earlier|previously|already|"
					+ "several times|multiple times|more than once|twice|in (?:my|our) (?:last|previous|earlier|prior|first) "
					+ "(?:e-?mail|message|reply|response|note))"
					+ "|as (?:you were|you'?ve been|you have been) (?:already |previously )?(?:told|advised|informed)"
					+ "|per my (?:last|previous|earlier|prior) (?:e-?mail|message|reply|response|note)"
					+ "|(?:i'?ve|i have|i) already (?:told you|explained|said|answered (?:this|that|your question)|covered this)"
					+ "|(?<!(?:we|they|he|she|who) )(?:i'?ve |i have |i )?(?:told|explained (?:this |that |it )?to) you (?:this |that |it )?(?:already|"
					+ "before|twice|several times|multiple times|more than once|three times|again)"
					+ "|" + SENTENCE_START + "(?:once again,? |once more,? )?for the (?:second|third|fourth|fifth|sixth|"
					+ "umpteenth|nth|last|\\d+(?:st|nd|rd|th)) time\\b"
					+ "|(?:once again|yet again|again),? (?:i'?ll|i will|let me|i'?m going to|i must|i have to|i need to) "
					+ "(?:repeat|explain|say|tell you|reiterate)"
					+ "|" + SENTENCE_START + "again,? (?!(?:sorry|apolog|thank|my apologies|many thanks|we'?re sorry|i'?m sorry|so sorry|"
					+ "please|if|feel free|welcome|happy|great|congrat))"
					+ "|i'?ll (?:say|explain|repeat) (?:it|this|that) (?:one more time|once more|again)"
					+ "|(?:please )?(?:refer|see|check|look) (?:back )?(?:to|at) my (?:previous|last|earlier|prior) (?:e-?mail|message|"
					+ "reply|response)|(?:i'?ve|i have) been (?:very |perfectly |quite |really )?clear"
					+ "|i repeat[,:]|(?:to|let me|i'?ll) repeat myself|i'?ll say it again|i keep (?:saying|telling you)"
					+ "|how many times (?:do|must|have|will|should|can) (?:i|we)"
					+ "|(?:i'?ve|i have|we'?ve|we have) (?:explained|said|told you|answered) (?:this|that|it) (?:\\w+ )?"
					+ "(?:several|many|multiple|three|a few|numerous) times|over and over",
					"Reminding the customer that you already said it signals impatience and makes them feel slow.",
					"Just give the answer again, perhaps more simply: \"To recap, the refund goes back to your card within"
							+ " five days.\""),
			rule("sarcasm", Guard.NEGATABLE, SENTENCE_START + "obviously\\b,?(?!\\s*(?:we|i|our|us|i'?m|we'?re|i'?ll|we'?ll|i'?ve|"
					+ "we'?ve)\\b)"
					+ "|obviously(?!\\s*,?\\s*(?:we|i|our|us|i'?m|we'?re|i'?ll|we'?ll|i'?ve|we'?ve)\\b)(?=[^.!?\\n,;]{0,50}\\byou(?:r|'ve|"
					+ "'re|'d)?\\b)|\\b(?:well|but|and|so|i mean),? obviously\\b"
					+ "|(?:great|good|nice|well done|brilliant|fantastic|excellent|bravo)(?: job| work| one)?,? you(?:'ve| have)? "
					+ "(?:managed|locked|broken|broke|deleted|lost|done it again|forgot|missed|somehow)"
					+ "|\\b(?:oh,? )?(?:sure|yeah|right),? because (?:everyone|everybody|nobody|we all|that)"
					+ "|good luck (?:getting|finding|trying to find) (?:a |an )?(?:better|cheaper|anyone|someone|anything)"
					+ "|(?:you(?:'ve|'re| have| are| did)?|your \\w+) (?:obviously|clearly|apparently|evidently)\\s+"
					+ "(?:didn'?t|did not|haven'?t|have not|don'?t|do not|never|missed|skipped|ignored|overlooked|forgot|failed|"
					+ "can'?t|cannot|aren'?t|weren'?t|misread|misunderstood|have no|had no|know nothing)"
					+ "|(?:clearly|apparently|evidently),? you(?:'ve|'re| have| are| did| didn'?t| don'?t)?\\b"
					+ "|good luck with that|thanks for nothing|surprise,? surprise|big surprise|what a (?:surprise|shock)"
					+ "|of course you (?:did|didn'?t|have|haven'?t)\\b|shocking,? i know|"
					+ "" + SENTENCE_START + "seriously\\?|(?:wow|oh|well),? (?:great|brilliant|genius|smart|nice|good|clever) (?:idea|"
					+ "move|plan|thinking|job|choice)|(?:great|brilliant|genius|smart|clever) idea to|shocker|nice try|sure you did|sure you have|yeah,? right|oh,? really\\?|well,? duh|\\bduh\\b|no kidding"
					+ "|congratulations?,? you(?:'ve| have)? (?:managed|found|broke|discovered)|how (?:shocking|original|clever)"
					+ "|i'?m sure you (?:did|tried|meant well|read it)|bless your heart|what a concept|imagine that"
					+ "|if only it were that (?:easy|simple)|welcome to the (?:club|real world)|you don'?t say|must be nice"
					+ "|thanks (?:so much |a lot )?for (?:finally|eventually) (?:reading|replying|getting back)",
					"Sarcasm reads as mockery in writing, and the customer will remember the tone long after the fix.",
					"Say it plainly and kindly: \"That step is easy to miss; here it is again with a screenshot.\""),
			rule("belittling", Guard.NEGATABLE, ITS + "\\s+(?:an?\\s+)?(?:(?:really|very|pretty|quite|super|dead|extremely|"
					+ "incredibly|so|actually|honestly|genuinely|all|rather)\\s+)+(?:simple|easy|basic|straightforward|elementary|"
					+ "obvious|self-explanatory)\\b(?!\\s+(?:fix|repair|solution|one for us|change for us|to (?:miss|overlook|confuse|mix|get (?:wrong|confused|mixed|lost|caught)|"
					+ "forget|make|skip|misread|assume|see why|understand why|feel|do by accident|slip)|mistake|for (?:anyone|people|"
					+ "us) to (?:miss|overlook|get)|once|when|after|with))"
					+ "|" + ITS + "\\s+(?:just |really |honestly |seriously |simply )?not (?:that |so |very |exactly )?(?:hard|difficult|"
					+ "complicated|complex|rocket science|brain surgery|a hard concept)(?!\\s+(?:to (?:see why|understand why|miss)|once|when|"
					+ "after|with))"
					+ "|(?:it|this|that)\\s*(?:isn'?t|is not|'s not)\\s+(?:really |exactly )?(?:that |so |very )?(?:hard|difficult|"
					+ "complicated|complex)(?!\\s+(?:to (?:see why|understand why|miss)|once|when|after|with))"
					+ "|not rocket science|" + ITS + " (?:really |just |pretty )?(?:basic stuff|common sense|common knowledge|"
					+ "self-explanatory|(?:all |clearly )?(?:in|on|explained in|explained on) (?:the|our) (?:manual|faq|instructions|documentation|docs|"
					+ "website|site|help cent(?:re|er)))"
					+ "|(?:even )?(?:a|my|your|any) (?:child|kid|toddler|five[- ]year[- ]old|5[- ]year[- ]old|grandma|grandmother|"
					+ "granny|monkey|caveman|ten[- ]year[- ]old) (?:could|can|would|knows?)\\b|even a (?:child|kid|toddler|"
					+ "beginner|novice|first-timer)"
					+ "|anyone (?:can|could|would) (?:figure|understand|follow|work|tell|manage|do) (?:(?:that|this|it)\\b|out)"
					+ "|did you (?:even|bother to|ever) (?:read|look|check|try|open|click|follow|bother|see|notice|scroll|look at)"
					+ "|did you (?:actually|really) (?:read|look at|follow)"
					+ "|(?<!have )(?<!'ve )(?<!had )(?<!you'd )read the (?:manual|instructions|faq|documentation|docs|terms|fine print|small print) (?:first|properly|"
					+ "carefully|next time|again|before)|\\brtfm\\b"
					+ "|(?:user|operator|human|customer) error|pebkac|layer 8 (?:issue|problem|error)"
					+ "|(?<!if )(?<!in case )(?<!when )you (?:obviously |clearly |just |simply )?(?:(?:don'?t|do not|didn'?t|did not|"
					+ "can'?t|cannot|fail to) (?:seem to )?(?:understand|grasp|follow)|(?:don'?t|do not|can'?t) (?:seem to )?get it)(?! (?:why|how|what|where|when|the "
					+ "reason|any|a step|something|anything|all|the|our|my|these|those|that|this|your|instructions|steps|"
					+ "guide|advice))\\b"
					+ "|(?:so|that|this|really) (?:hard|difficult|complicated|confusing) for you\\b"
					+ "|you (?:don'?t|do not|didn'?t) (?:seem|appear) to (?:understand|get|grasp|follow)|you (?:clearly|obviously) "
					+ "(?:don'?t|do not|didn'?t) (?:understand|get it|know)"
					+ "|(?:explain|say|go through) (?:this |it |that )?(?:very |really |nice and |more )?slowly"
					+ "|spell it out(?: for you)?|in terms you (?:can|will|might|would) understand|so (?:that )?even you"
					+ "|(?:you need to|you have to|you must|you should|you'?ve got to) (?:understand|realise|realize|appreciate)"
					+ "(?: that)?"
					+ "|(?:you'?re|you are) (?:clearly |obviously |just )?not (?:very |that |too |exactly )?(?:tech|technical|"
					+ "technically|computer|technology)(?:[- ])?(?:savvy|literate|minded|inclined)"
					+ "|(?:it|the (?:email|page|website|label|manual|screen|form|confirmation|invoice|message)) (?:clearly|plainly) "
					+ "(?:says|states|shows|explains|tells you)"
					+ "|just (?:read|follow) the (?:instructions|manual|steps|guide|faq)|try reading the"
					+ "|do you (?:even )?know how to|have you (?:ever|even) used an?\\b|(?:in|into) simpler? terms for you"
					+ "|simple enough for you"
					+ "|(?<!(?:if (?:this|it) is|if this'?s|perhaps|probably|maybe|for the|to ask) (?:a |an )?)(?:silly|stupid|dumb|basic|"
					+ "obvious) question|any (?:idiot|fool)\\b|(?:you'?re|you are|you aren'?t|you'?re "
					+ "clearly) not (?:listening|paying attention)|you (?:aren'?t|are not) listening|as you (?:should|ought to) "
					+ "(?:know|be aware)|as (?:any|every) (?:customer|adult|user) (?:knows|would know)",
					"Calling something simple or implying the customer cannot follow makes them feel stupid for asking.",
					"Make it easy without judging: \"Here are the three steps; let me know if any of them looks different on"
							+ " your screen.\""),
			rule("vague_dont_know", Guard.NEEDS_NEXT_STEP, "(?:i|we) (?:really |honestly |just |simply |truly |genuinely "
					+ ")?(?:don'?t|do not|dont|dunno) know\\b(?!\\s+(?:if you|whether you|how (?:frustrating|stressful|annoying|"
					+ "upsetting|hard|difficult|disappointing|inconvenient|much)|how (?:to make|else to)|about you|why (?:people|anyone|everyone|customers|you'?d|"
					+ "you would|you even)|what (?:i'?d|we'?d) do without))"
					+ "|\\bi dunno\\b|(?:i|we) (?:have|'ve got|'ve|had) (?:absolutely )?no (?:idea|clue)\\b"
					+ "|(?:i'?m|i am|we'?re|we are) (?:really |entirely |totally |quite |100% |honestly )?(?:not sure|unsure)\\b"
					+ "(?!\\s+how (?:much )?(?:clearer|simpler|easier|plainer|else))"
					+ "(?!\\s+(?:if you|whether you))"
					+ "|(?:i|we) (?:can'?t|cannot|couldn'?t) (?:really )?(?:say|tell you)(?! how (?:sorry|much|grateful|happy|"
					+ "pleased|glad))\\b"
					+ "|" + SENTENCE_START + "(?:no idea|not sure|dunno|no clue|who knows|hard to say|beats me|can'?t say)\\b"
					+ "(?! (?:is|was|would be|could be|seems|sounds) (?:a |an |too |silly|stupid|bad|daft|good)\\b)"
					+ "|not a clue|(?:i|we) wouldn'?t know|anyone'?s guess"
					+ "|your guess is as good as mine|(?<!(?:customer|person|one|someone|somebody|anyone|anybody|everyone|people|"
					+ "customers|user|users|agent|colleague|engineer) )who knows\\b|(?:i|we) (?:have|'ve) no way (?:of|to) know(?:ing)?",
					"An \"I don't know\" with nothing after it leaves the customer with no answer and no idea what happens"
							+ " next.",
					"Pair it with a next step and a time: \"I don't know yet, but I'm asking the warehouse and will update you"
							+ " by 3pm.\""),
			rule("nothing_i_can_do", Guard.NEEDS_NEXT_STEP, "(?:there'?s|there is|there'?s really|there is really)\\s+"
					+ "(?:really |just |honestly |simply |absolutely |unfortunately )?(?:nothing|not (?:much|anything|a lot)|"
					+ "little|no more)\\s+(?:more |else |further )?(?:(?:that )?(?:i|we) (?:can|could) (?:do|offer|change)|to be done)"
					+ "|nothing (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) do"
					+ "|(?:i|we) " + CANT + " (?:really |honestly )?(?:do|help|change|offer) (?:anything|any more|anymore|much|"
					+ "more|nothing|you)\\b"
					+ "|(?:that'?s|that is|it'?s|it is) (?:just |simply |completely )?(?:impossible|not possible)(?=[.!,;]|$)"
					+ "|(?:i'?ve|we'?ve|i have|we have) (?:already )?done (?:all|everything) (?:that )?(?:i|we) (?:can|could)"
					+ "|no way around (?:it|this|that)|(?:the )?(?:decision|answer) is final|that'?s final(?=[.!,;]|$)"
					+ "|(?:can'?t|cannot|unable to) (?:help|assist) (?:you )?(?:any )?further|that'?s life(?=[.!,;]|$)"
					+ "|(?:that'?s|it'?s) (?:just )?how (?:it works|things work)(?=[.!,;]|$| here)"
					+ "|\\bout of (?:my|our) hands|(?:i'?m|i am|we'?re|we are) (?:afraid )?(?:unable|not able) to (?:help|assist|"
					+ "do anything)(?! (?:with|you with) (?:that|this) (?:here|by|over|on|in|until|right now),)"
					+ "|(?:it|that) is what it is|tough luck|(?:you'?re|you are) out of luck|(?:it|that) can'?t be helped"
					+ "|(?:that'?s|it'?s) (?:just |simply )?(?:the way it is|how it is)(?=[.!,;]|$| with| here| in| for| at)",
					"Saying nothing can be done closes the door and leaves the customer alone with the problem.",
					"Offer what you can do, however small: \"I can't reverse the fee, but I can waive next month's and set"
							+ " up an alert so it won't happen again.\""),
			rule("you_are_mistaken", Guard.NEGATABLE, "you (?:must|probably|clearly|obviously)(?: have)? (?:be |been )?"
					+ "(?:mistaken|confused|wrong|misremembering|imagining (?:things|it))"
					+ "|(?<!if )(?:you'?re|you are|you were) (?:simply |just |completely |totally |clearly |obviously |"
					+ "absolutely |quite |definitely )?(?:wrong|mistaken|incorrect|confused|misinformed|misremembering|"
					+ "imagining (?:things|it))\\b(?! to (?:worry|be|feel|ask)\\b)"
					+ "|(?:you'?re|you are|you must be|you might be) (?:confusing|mixing up|mixing) (?:us|this|it|that|me|our)\\b"
					+ "|you (?:must|clearly|obviously|probably)(?:'ve| have) (?:entered|typed|used|clicked|picked|selected|chosen|"
					+ "given|put|dialled|dialed|read|booked|ordered) (?:in )?(?:the |a |an )?(?:wrong|incorrect)\\b"
					+ "|you (?:must|clearly|obviously|probably)(?:'ve| have)? (?:misread|misunderstood|mistyped|misheard|got (?:it|that|"
					+ "this) wrong|made (?:a|an) (?:mistake|error)|done something wrong|entered (?:it|something) wrong)"
					+ "|you(?:'ve| have)? (?:misread|misunderstood|got it wrong|got that wrong|got the wrong idea)"
					+ "|(?<!if )(?<!unless )(?<!whether )(?:that'?s|that is) (?:simply |just |completely |totally )?(?:not true|"
					+ "untrue|incorrect|false|not what happened)(?=[.!,;\\n]|$)"
					+ "|(?:the )?(?:problem|issue|error|fault|mistake) (?:is|was|lies) (?:on|at|with) your (?:end|side|part)"
					+ "|(?:it'?s|that'?s|this is|it was|that was) (?:all |entirely |completely )?your (?:own )?(?:fault|mistake|"
					+ "error|doing)"
					+ "|(?:we|i) (?:never|did not|didn'?t) (?:say|said|promise|promised|tell you|told you) (?:that|any such)"
					+ "|(?:you'?re|you are) not (?:reading|looking at|doing) it (?:right|correctly|properly)"
					+ "|(?:our|the) (?:system|records|logs|data) (?:show|shows|say|says|suggest|suggests) otherwise"
					+ "|there is no way (?:that|this) (?:happened|is true)|i think you'?ll find|(?:fault|problem|issue|mistake) "
					+ "lies with you",
					"Telling a customer they are wrong puts them on the defensive, even when the facts are on your side.",
					"Check together instead: \"Let me look at what I see on our side, and we can compare.\""),
			rule("no_offense", Guard.NEGATABLE, "no offen[cs]e(?! taken)(?:,? but| intended)?|with (?:all )?(?:due )?respect(?! to)"
					+ "|(?:please )?don'?t take this the wrong way|not to be (?:rude|funny|mean|harsh)(?:,? but)?|i don'?t mean to be rude|not being funny,? but"
					+ "|no disrespect(?: intended|,? but)?|(?:i )?hate to break it to you|don'?t take (?:this|it) personally,? but|(?:i'?m|i am) just being "
					+ "honest|\\bjust saying\\b|to be brutally honest"
					+ "|i'?m not (?:trying|going) to be rude,? but",
					"A disclaimer like this warns the customer that something rude is coming, and they hear only the rude"
							+ " part.",
					"Drop the disclaimer and state the point respectfully: \"Here is what I found, and here is what I"
							+ " suggest.\""),
			rule("dismissive", Guard.NEGATABLE, "(?:i|we) (?:don'?t|do not|couldn'?t|could not) (?:really )?care"
					+ "(?! (?:which|what|whether|if|how you|for|about the colou?r)\\b)"
					+ "|" + SENTENCE_START + "whatever(?=[.!,]|$)|(?:that'?s|it'?s|this is) (?:your|not our) (?:problem|issue|"
					+ "concern|lookout)|deal with it|take it or leave it|so what\\b|not (?:really |exactly )?(?:our|my) concern"
					+ "|(?:you can|feel free to) (?:go|shop|take your business) elsewhere|if you don'?t like it|get over it"
					+ "|(?:i'?ve|i have) (?:got )?other customers (?:to|waiting)"
					+ "|(?:i|we) (?:can'?t|cannot) be bothered|no ?(?:one|body) else (?:has|had|is) (?:ever )?(?:complained|"
					+ "reported|had|having|mentioned)|(?:you'?re|you are) the only (?:one|customer|person) (?:who|to|with|that)"
					+ "|\\byou people\\b|(?:wait|queue) like everyone else|(?:i'?m|i am) not going to argue(?! (?:that|it was|it wasn'?t|with (?:that|this|you on that)))|i won'?t argue with you|whatever you say|(?:i|we) (?:don'?t|do not) care what (?:the|they|"
					+ "he|she|anyone|other|you were|you'?ve been|someone)",
					"Dismissive words tell the customer their problem does not matter to you.",
					"Show that it matters: \"I see why this matters to you; here is what I'm going to do.\"")));

	private NeverSayRules() {
	}

	/** @return the scan of {@code folded} shared by all rule patterns, for their {@code forEachMatch} */
	static GatedPattern.Scan scan(String folded) {
		return RULES.get(0).pattern().scan(folded);
	}

	private static Spec rule(String category, Guard guard, String regex, String why, String suggestion) {
		String families = NeverSayIndirectFamilies.of(category);
		String joined = families == null ? regex : regex + "|" + families;
		return new Spec(category, NeverSayIndirectFamilies.spelledOut(joined), guard, why, suggestion);
	}

	private static List<Rule> compile(List<Spec> specs) {
		List<GatedPattern> patterns = GatedPattern.family(true, specs.stream().map(Spec::regex).toList());
		List<Rule> rules = new java.util.ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			Spec s = specs.get(i);
			rules.add(new Rule(s.category(), patterns.get(i), s.guard(), s.why(), s.suggestion()));
		}
		return List.copyOf(rules);
	}
}
