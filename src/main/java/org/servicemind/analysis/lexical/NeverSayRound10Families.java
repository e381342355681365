package org.servicemind.analysis.lexical;

/**
 * Round-10 never-say shapes: structures of meaning rather than idioms, so that writers the rules have not seen are
 * caught too. A correction set against the customer's account ("you didn't book X, you booked Y", "the fault is on
 * your end", "what you're describing isn't possible", "our logs show you were never …"), a rule cited as the reason
 * for a limit ("per our terms, … can only …"), normality offered instead of help ("an unavoidable part of …", "not
 * grounds for a complaint"), comparisons with others who cope ("most owners get used to it"), mock delight ("thrilled
 * you found the time"), a pointed aside in brackets ("(it didn't)"), blame moved into the passive ("should have been
 * cancelled back in March"). Same folded text as the other families (lower case, ASCII apostrophes); every alternative
 * starts at a word and every repetition is bounded. Original to ServiceMind, written from the category definitions in
 * docs/analysis/never-say-and-self-talk.md; measured as in docs/analysis/never-say-round10.md. Hard negatives are in
 * {@code NeverSayRound10FamiliesTests}.
 */
final class NeverSayRound10Families {

	/** no apology, own fault or thanks later in the same sentence */
	private static final String NO_APOLOGY = "(?![^.!?\\n]{0,80}\\b(?:sorry|apologi|our (?:mistake|fault|error)|my (?:mistake|"
			+ "fault|error)|on us\\b|thank))";

	/** not a question: no question mark later in the same sentence */
	private static final String NO_QUESTION = "(?![^.!?\\n]{0,80}\\?)";

	private static final String CLAIM_VERBS = "book|buy|order|ask|pay|submit|have|request|select|choose|pick|reserve|sign up for|"
			+ "upgrade|cancel|add|send|return|report";

	private static final String CLAIM_PAST = "booked|bought|ordered|asked|paid|submitted|had|requested|selected|chose|picked|"
			+ "reserved|signed up for|upgraded|cancelled|canceled|added|sent|returned|reported|did";

	static final String YOU_ARE_MISTAKEN = "you (?:did not|didn'?t|never) (?:" + CLAIM_VERBS + ")\\b[^.!?;\\n]{0,60}[,;] "
			+ "(?:you|it was you who) (?:" + CLAIM_PAST + ")\\b"
			+ "|(?:was|were) never (?:deposited|ordered|requested|submitted|placed|pushed|lost|booked|agreed|promised|offered)"
			+ "\\b" + NO_APOLOGY
			+ "|(?:problem|issue|fault|error|mistake|drop) (?:is|was|lies|sits|seems to be|appears to be) (?:\\w+ ){0,2}(?:on|at) "
			+ "your (?:end|side)\\b" + NO_QUESTION
			+ "|(?:dropped|failed|cut out|disconnected|entered incorrectly|entered wrongly|typed incorrectly) (?:\\w+ )?(?:on|at|from) "
			+ "your (?:end|side)\\b" + NO_QUESTION
			+ "|(?:it'?s|it is|it was|that'?s) (?:something )?(?:on|at) your (?:end|side)\\b" + NO_QUESTION + NO_APOLOGY
			+ "|(?:it'?s|it is) something (?:on|with|in) your (?:machine|network|device|computer|laptop|phone|router|setup|"
			+ "browser|connection)\\b" + NO_QUESTION
			+ "|(?:it was|it'?s) your (?:side|end) (?:that|who)\\b|you were the one (?:who|that) (?:wasn'?t|didn'?t|did|was)\\b"
			+ "|closer to home\\b"
			+ "|your [\\w-]+(?: [\\w-]+)?,? not the (?:(?:network|app|system|servers?|service|platform|site|website|"
			+ "product|line|meter|software))\\b"
			+ "|(?:nothing(?:'s| is)|there'?s nothing|there is nothing) wrong with (?:the|our) (?:system|app|servers?|"
			+ "network|service|platform|site|website|product|software|meter|machine|tower|line|unit|equipment)\\b"
			+ "|(?:that|this|it) (?:is not|isn'?t|'s not) (?:a|an) (?:bug|fault|defect|glitch|malfunction)(?=\\s*[.!;]|,? it'?s)"
			+ "|(?:isn'?t|is not|aren'?t|are not) (?:broken|missing|faulty)(?=\\s*[.!])"
			+ "|what you(?:'re| are) (?:describing|saying|claiming|suggesting|reporting) (?:isn'?t|is not|can'?t|cannot|"
			+ "didn'?t|did not|doesn'?t|does not|never)\\b"
			+ "|(?:isn'?t|is not|'s not|not) (?:a )?real (?:error|code|fault|setting|feature|charge|thing)\\b"
			+ "|(?:so|which means) (?:it|they|the [\\w-]+) (?:was|were|has been|have been) (?:delivered|sent|received|"
			+ "collected|posted|fitted|installed)(?=\\s*[.!])"
			+ "|(?:is|are|was|were) (?:exactly|precisely) as (?:described|advertised|pictured|shown|listed)\\b"
			+ "|your (?:recollection|memory|version|account) (?:of [^.!?\\n]{1,50} )?(?:differs|is different|is not accurate|"
			+ "isn'?t accurate|is inaccurate|is mistaken|is wrong)\\b"
			+ "|you are,? (?:\\w+,? )?(?:quite |simply |sadly )?mistaken\\b"
			+ "|(?:no ?one|nobody)(?:'s| is| was| has) (?:ignoring|ignored|lying to|being rude to|hung up on|hanging up on) you\\b"
			+ "|(?:our|the) (?:staff|team|agents?|drivers?|engineers?|technicians?|advisors?|advisers?|colleagues?|reps?) "
			+ "(?:were|was|did) (?:not|never) (?:rude|raise|shout|ignore|swear|hang up)" + NO_APOLOGY
			+ "|you (?:may|might|could) (?:be|have been) (?:misremembering|mistaken|confused|thinking of (?:a|another|a different))\\b"
			+ "|you must have (?:rung|called|phoned|emailed|contacted|spoken to|visited|ordered from|booked with|paid) "
			+ "(?:a different|another|the wrong|someone else)\\b"
			+ "|works? (?:perfectly |absolutely |completely |just )?(?:fine|well) for (?:everyone|everybody) else\\b";

	static final String BLAMING_POLICY = "(?:per|under|according to|as per) (?:our |the |company |the company'?s )?(?:terms|t&cs|"
			+ "guidelines|policy|rules|regulations)\\b[^.!?\\n]{0,80}\\b(?:can only|may only|only be|must be|applies to all|"
			+ "apply to all|incurs?|is non-refundable|are non-refundable)\\b"
			+ "|(?:doesn'?t|does not|none of (?:it|this|that)) (?:change|changes) the (?:terms|rules|policy|contract)\\b"
			+ "|(?:aren'?t|are not|isn'?t|is not) (?:given|available|offered|granted|issued) to (?:anyone|anybody|customers|"
			+ "members|staff|accounts) (?:below|under|outside|without|who)\\b"
			+ "|(?:in line with|in accordance with|as per|per|under|according to) (?:our|the|company|company'?s)(?: [\\w-]+){0,3} "
			+ "(?:framework|norms|process|procedures?|rules|policy|policies|guidelines|regulations|terms)\\b"
			+ "(?=[^.!?\\n]{0,80}\\b(?:cannot|can'?t|unable|not able|automatically|not possible|won'?t)\\b)"
			+ "|(?:unable|not able) to deviate from\\b|(?:can'?t|cannot) deviate from\\b"
			+ "|the (?:system|computer|software|platform|engine|portal) (?:automatically|just|simply) (?:voids|rejects|declines|"
			+ "cancels|deletes|closes|removes|blocks|locks|releases|expires)\\b"
			+ "|(?:just|simply) how (?:the|our) (?:system|process|software|engine|platform|tool|computer)s? (?:works?|operates?)\\b"
			+ "|(?:our|the|company) (?:[\\w-]+ )?(?:process|processes|framework|norms) (?:doesn'?t|does not|won'?t|will not|"
			+ "don'?t|do not) (?:allow|let|permit) (?:us|me|staff|agents)\\b";

	static final String NOTHING_I_CAN_DO = "(?:isn'?t|is not) anything (?:more|else|further) (?:to be done|(?:i|we) can do)\\b"
			+ "|(?:stays|stands|remains) (?:either way|regardless)\\b"
			+ "|nothing (?:left )?to (?:restore|recover|undo|reverse|retrieve|get back)\\b"
			+ "|(?:that'?s|that is) the end of (?:it|that|the matter)\\b";

	static final String DISMISSIVE = "(?:is|are|was) not grounds for (?:a |an |any )?(?:complaint|refund|compensation|move|"
			+ "claim|transfer|change)\\b|(?:don'?t|do not) consider (?:it|this|that) grounds for\\b"
			+ "|not something we (?:compensate|refund|reimburse|pay out) for\\b"
			+ "|" + SentenceStart.LOOKBEHIND + "these things happen\\b" + NO_APOLOGY
			+ "|(?:an? )?(?:ordinary|normal|unavoidable|routine|everyday) (?:part|feature|fact) of (?:\\w+ )?(?:life|"
			+ "maintaining|living|running|owning|using|travel|city|university|the job)\\b"
			+ "(?![^.!?\\n]{0,80}\\b(?:but|i'?ll|we'?ll|sorry))"
			+ "|beside the point\\b"
			+ "|let'?s focus on the (?:actual|real|main) (?:issue|problem|question|point)\\b"
			+ "|not (?:really )?worth (?:a|the) (?:complaint|fuss|hassle|claim)\\b"
			+ "|(?:wait|queue|sit tight|hang on)(?: it out)? like (?:everyone|everybody) else\\b"
			+ "|noted\\.\\s{0,3}(?:closing|i'?ll close|anything else)\\b"
			+ "|(?:you'?re|you are) not the only (?:customer|person|one|client) (?:i'?m|i am|we'?re|we are|i have|we have|waiting)\\b"
			+ "|not (?:exactly|hardly|particularly) (?:urgent|an emergency|a priority|critical|pressing)\\b";

	static final String BELITTLING = "(?:most|many|lots of|the majority of|over \\d+% of) (?:people|customers|users|owners|"
			+ "parents|members|players|students|clients|guests|drivers|patients)(?: [\\w-]+){0,3} (?:know|manage|figure|work it out|"
			+ "get the hang|get used|become accustomed|adapt|have adapted|cope|find it easy|pick it up)\\b"
			+ "|everyone else (?:loves|likes|seems|finds|gets|figured|got|understands|manages)\\b"
			+ "|if you (?:don'?t|do not|can'?t|cannot) (?:understand|grasp|follow|read|look|manage|work out|figure out)\\b"
			+ "[^.!?\\n]{0,80}\\b(?:maybe|perhaps|might be better|not for you|isn'?t for you|then)\\b"
			+ "|(?:isn'?t|is not|wasn'?t|was not) (?:really )?(?:designed|made|meant|built) for (?:people|someone|anyone|customers|"
			+ "users) who (?:won'?t|can'?t|don'?t|do not|cannot|will not)\\b"
			+ "|(?:people|those|anyone|customers) who (?:don'?t|do not) (?:deal with|understand|know about|read)\\b"
			+ "|(?:a |an )?(?:useful|valuable|good|hard|expensive) lesson\\b(?![^.!?\\n]{0,40}\\b(?:for us|we)\\b)"
			+ "|(?:the (?:sort|kind) of thing|something) you'?d (?:pick up|know|learn|find|spot|notice) (?:from|by|if|after)\\b"
			+ "|more grown-up about\\b|act your age\\b"
			+ "|get (?:someone|somebody) (?:technical|who (?:knows|understands)|with (?:more )?(?:experience|knowledge))\\b"
			+ "|(?:groundbreaking|revolutionary|cutting-edge|rocket science|mind-blowing)(?: [\\w-]+){0,2},? i know\\b"
			+ "|(?:i'?ll|let me) (?:keep (?:this|it) (?:really |very |nice and )?simple|spell it out|go (?:really )?slowly)\\b"
			+ "|(?:simple|easy|straightforward) once you (?:actually )?(?:sit down|read|look|follow|pay attention)\\b";

	static final String SARCASM = "(?:delighted|thrilled|overjoyed) to (?:answer|explain|repeat|go over|clarify) (?:this|that|it)"
			+ "[^.!?\\n]{0,30}\\b(?:once again|yet again|again)\\b"
			+ "|(?:thrilled|delighted|touched|honoured|honored|flattered) (?:that )?you (?:found|took|made) the time\\b"
			+ "|i can tell (?:from|by) the (?:exclamation (?:marks|points)|capitals|caps|number of)\\b"
			+ "|(?<=\\()(?:it|they|he|she|we) (?:didn'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|isn'?t|aren'?t)(?=\\))"
			+ "|better luck next (?:time|banner|round|draw|season)\\b"
			+ "|(?:have you considered|you could (?:always )?try)[^.?!\\n]{0,40}\\bjust not \\w+ing\\b"
			+ "|not sure what you expected (?:from|when|for)\\b"
			+ "|i know,? (?:groundbreaking|revolutionary|cutting-edge|mind-blowing)\\b"
			+ "|(?:groundbreaking|revolutionary|cutting-edge|mind-blowing)(?: [\\w-]+){0,2},? i know\\b"
			+ "|now it'?s (?:our|my) fault\\b|(?:love|enjoy) nothing more than\\b"
			+ "|(?:oh )?(?:how )?(?:exciting|lovely|thrilling|fun)[.,!]? another\\b"
			+ "|(?:oh )?(?:brilliant|great|fantastic|wonderful|lovely|perfect),? so you (?:ignored|didn'?t|never|deleted|binned|threw|lost|"
			+ "forgot|skipped|missed|left)\\b|you'?re becoming quite the\\b";

	static final String YOU_SHOULD_HAVE = "(?:was|were|has been|had been) (?:on|in|across|displayed on|shown on|pinned to) "
			+ "[^.!?\\n]{1,40} for (?:two|three|four|five|six|several|many|\\d+) (?:days|weeks|months)\\b"
			+ "(?![^.!?\\n]{0,60}\\b(?:only|i'?ve|i'?ll|we'?ve|we'?ll|sorry)\\b)"
			+ "|should(?:'ve| have) been [\\w -]{1,25} (?:back in \\w+|at the time)\\b"
			+ "|(?:was|is) (?:just|simply|only) a (?:case|matter) of (?:popping|sending|clicking|ticking|filling|returning|reading|"
			+ "checking|posting|pressing)\\b"
			+ "|you (?:ignored|disregarded|skipped|didn'?t open|never opened) (?:the|our|all|every|"
			+ "both|\\d+|two|three|four|five|several)\\b"
			+ "|(?:this|that|which) would have (?:prevented|avoided|stopped|saved)\\b" + NO_APOLOGY
			+ "|(?:the (?:sort|kind) of thing|something) you'?d (?:pick up|know|learn|find|spot|notice) (?:from|by|if|after)\\b"
			+ "|ideally,? (?:the|your|you) [^.!?\\n]{0,40}\\bwould have\\b"
			+ "|it would have been (?:helpful|useful|better|easier|good) if (?:you|the|your)\\b" + NO_APOLOGY
			+ "|(?:lapsed|expired|failed|bounced|was cancelled|was declined|was rejected|closed|stopped) because you "
			+ "(?:cancelled|canceled|missed|didn'?t|did not|never|forgot|ignored|failed to|let)\\b"
			+ "|did you not think to\\b|didn'?t (?:it )?occur to you to\\b";

	static final String AS_I_SAID = "(?:in|across) (?:the|my|our) (?:two|three|four|five|several|\\d+) (?:previous|earlier|prior|"
			+ "last) (?:comments|emails|e-mails|replies|messages|responses|letters|calls|tickets)\\b"
			+ "|(?:which|this|that|it),? (?:once again|yet again),? (?:is|was|are|were)\\b"
			+ "|(?:delighted|thrilled|happy|pleased) to (?:answer|explain|repeat|go over|clarify) (?:this|that|it)"
			+ "[^.!?\\n]{0,30}\\b(?:once again|yet again)\\b";

	static final String NOT_MY_JOB = "(?:questions|queries|complaints|issues|disputes) (?:about|regarding|on) [^.!?\\n]{1,30} "
			+ "(?:belong|sit) with (?:them|the [\\w-]+|your [\\w-]+)\\b"
			+ "|(?:is|are) yours to (?:sort|take up|deal with|chase|resolve|handle|fix)\\b"
			+ "|(?:have|take) (?:that|this) (?:conversation|discussion) (?:internally|with your|with them)\\b"
			+ "|(?:looked after|handled|dealt with|managed|run|done|processed) by (?:our |the |your )?[\\w-]+(?: [\\w-]+)?,? "
			+ "(?:rather than|not) (?:by )?(?:us|me|support|this team)\\b"
			+ "|(?:falls?|sits?|lies?) outside (?:the scope of |the remit of )?(?:our|my|this team'?s?) (?:support|remit|team|"
			+ "department)\\b"
			+ "|(?:that'?s|it'?s) (?:a|an) (?:it|hr|billing|finance|payroll|legal|accounts|sales|tech|technical|courier|carrier|bank|"
			+ "shipping|warehouse|facilities|estates|security|network) (?:thing|matter|question)\\b";

	static final String VAGUE_DONT_KNOW = "(?:it'?s|it is|it remains) (?:unclear|not clear) (?:why|how|what|whether|when)\\b"
			+ "|(?:can'?t|cannot) (?:say|tell you) why\\b";

	private NeverSayRound10Families() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "you_are_mistaken" -> YOU_ARE_MISTAKEN;
			case "blaming_policy" -> BLAMING_POLICY;
			case "nothing_i_can_do" -> NOTHING_I_CAN_DO;
			case "dismissive" -> DISMISSIVE;
			case "belittling" -> BELITTLING;
			case "sarcasm" -> SARCASM;
			case "you_should_have" -> YOU_SHOULD_HAVE;
			case "as_i_said" -> AS_I_SAID;
			case "not_my_job" -> NOT_MY_JOB;
			case "vague_dont_know" -> VAGUE_DONT_KNOW;
			default -> null;
		};
	}
}
