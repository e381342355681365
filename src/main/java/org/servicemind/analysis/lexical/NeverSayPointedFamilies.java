package org.servicemind.analysis.lexical;

/**
 * Third round-9 batch of never-say shapes, kept apart from the earlier round-9 classes so that it can be measured and
 * dropped as a whole: remarks that point at how simple the matter is ("it isn't exactly brain surgery", "the instructions
 * have pictures"), hand-offs that leave the customer to find their own way ("it's somewhere on their site", "I just do
 * the front desk, I don't do billing"), shrugs about size ("it's one delayed order.", "neither here nor there"), doors
 * closed by formula ("once it's closed, it's closed", "there's no way round it"), repetition counted by channel ("on the
 * phone, by email and in the letter"), mock delight ("what a tragedy", "we've dropped everything"), non-answers with an
 * adverb inside ("I genuinely have no clue"), softeners ("I mean this in the nicest way", ", respectfully,"), hindsight
 * ("that's on you", "and you said no") and orders about perspective ("look at this rationally"). Same folded text as the
 * other families (lower case, ASCII apostrophes); every alternative starts at a word or a look-behind and every
 * repetition is bounded. Original to ServiceMind, written from the category definitions in
 * docs/analysis/never-say-and-self-talk.md after grouping the misses left on the tune split of never-say-dev7.jsonl
 * (docs/analysis/never-say-round9.md, "Second batch"). Hard negatives are in {@code NeverSayPointedFamiliesTests}.
 */
final class NeverSayPointedFamilies {

	private static final String START = SentenceStart.LOOKBEHIND;

	/** the end of a short sentence: optional white space, then a full stop, an exclamation mark or the end */
	private static final String END = "(?=\\s*+(?:[.!]|$))";

	static final String BELITTLING = "(?:isn'?t|is not|it'?s not) exactly (?:brain surgery|rocket science|complicated)"
			+ "|(?:instructions|manual|guide|leaflet) (?:has|have|comes? with) (?:lots of )?pictures" + END + "|(?<=, )with pictures" + END
			+ "|written in (?:pretty |perfectly |quite )?(?:normal|plain|simple) english"
			+ "|as anyone (?:who|with) [^.!?\\n]{1,40}\\b(?:will|would|should) know"
			+ "|to put it as simply as (?:i|we) can"
			+ "|even (?:the|our) (?:interns?|new starters?|work experience kids?) (?:can|could|manage|managed|set|know|knew|"
			+ "figured|worked|get|got|do|did)\\b"
			+ "|(?:it'?s|it is|they'?re) (?:literally |just )?(?:two|three) (?:checkboxes|buttons|clicks|fields)\\b"
			+ "|(?:you|u) do (?:know|realise|realize) (?:that |the |there |it |your )[^.!?\\n]{1,60},? right\\b"
			+ "|(?:explains|explain) itself\\b|thought (?:that|it|this) was (?:pretty |fairly |quite )?obvious"
			+ "|(?:tutorial|beginner|newbie)[- ]level (?:stuff|question|thing)|a beginners'? (?:video|guide)"
			+ "|is the one that says\\b"
			+ "|" + START + "scroll up" + END
			+ "|(?:read|look at) the (?:error|message|screen)[\\w ]{0,12} before (?:posting|sending|raising|replying)"
			+ "|next time before (?:raising|opening|logging|posting|submitting) a\\b"
			+ "|" + START + "the [a-z]{2,12}\\. (?:[a-z]{2,6}\\. ){2,4}[a-z]{2,10}\\.";

	static final String NOT_MY_JOB = "somewhere on (?:their|the|its) (?:site|website|web ?site|page)\\b"
			+ "|(?:i|we) (?:just|only) do (?:the )?[\\w -]{2,20}, (?:i|we) (?:don'?t|do not) do\\b"
			+ "|(?:i|we) do [\\w-]{3,12}, (?:this|that) is an? [\\w-]+ (?:question|issue|problem|matter)"
			+ "|" + START + "not my (?:queue|remit|area)" + END
			+ "|" + START + "(?:contact|ring|call|ask|email) (?:them|the shop|the store|your supplier|the seller|the manufacturer)" + END
			+ "|find (?:their|the) [\\w ]{1,20} yourself\\b"
			+ "|(?:that'?s|this is|it'?s) one for (?:them|the [\\w-]+ team)\\b"
			+ "|(?:isn'?t|is not|not) a support (?:issue|question|matter), it'?s"
			+ "|not going to (?:debug|fix|write|troubleshoot) your [\\w -]{1,20} for you"
			+ "|(?:is|that'?s) a private matter (?:you|between)\\b"
			+ "|not sure why you'?re asking (?:me|us)\\b";

	static final String DISMISSIVE = START + "(?:k|ok)\\. (?:anything else|next)\\b"
			+ "|(?:it'?s|its|it was|it is) (?:just |only )?(?:one|a) (?:delayed|missing|cold|bent) [\\w-]+" + END
			+ "|(?:it'?s|its|it was|it is) (?:just |only )?one (?:delayed|missing|cold|late|cancelled) [\\w-]+" + END
			+ "|neither here nor there"
			+ "|(?:kind of |sort of )?part of the deal|part of (?:the|its|their|[\\w']+'s) character"
			+ "|not (?:really )?(?:a )?complaint[- ]level|not (?:a complaint|something) (?:we'?d|we would) (?:normally )?log\\b"
			+ "|most (?:customers|people|users) (?:wouldn'?t|would not|won'?t) even notice"
			+ "|worth all this back[- ]and[- ]forth"
			+ "|not (?:entirely |quite |really )?(?:clear|sure) what (?:outcome|result) you(?:'re| are) (?:hoping|looking) for"
			+ "|" + START + "works (?:fine )?(?:on|for) (?:ours|mine|me)" + END
			+ "|while i have you,? did you know"
			+ "|not (?:practical|possible|feasible) to explain individual"
			+ "|(?:won'?t|will not) be interested in (?!hearing)";

	static final String NOTHING_I_CAN_DO = "once (?:the |your |it'?s |it is )?[\\w' ]{0,20}(?:closed|gone|deleted|expired), "
			+ "it'?s (?:closed|gone|deleted|expired)"
			+ "|no way (?:round|around) it\\b|there'?s no (?:faster|quicker) (?:route|way)" + END
			+ "|nothing (?:i|we) can really do\\b|not (?:a lot|much) (?:i|we) can suggest\\b"
			+ "|not able to do a (?:single )?thing about it"
			+ "|(?:don'?t know|not sure|unsure) what (?:else |more )?you (?:want|expect) me to do\\b"
			+ "|not sure what (?:else |more )(?:i|we|[\\w]{2,12}) can do\\b"
			+ "|(?:isn'?t|is not) anything (?:more|further|else) to be done|nothing (?:more|further) to be done"
			+ "|(?:isn'?t|is not) anything further to add|(?:have|has) nothing further to add"
			+ "|" + START + "closing" + END;

	static final String AS_I_SAID = "(?:this|that) is the (?:second|third|fourth|fifth|sixth|\\d+(?:nd|rd|th)) time (?:i'?ve|i have) "
			+ "(?:sent|linked|attached|shared|pasted|posted)\\b"
			+ "|already linked (?:it|this|that|you)\\b"
			+ "|(?:pasting|copying|resending|re-sending) my (?:earlier|previous|last) (?:answer|reply|message|response) again"
			+ "|(?:not sure|don'?t know) how many more ways (?:(?:this|it) can be (?:put|said|explained)|i can "
			+ "(?:put|say|explain) (?:it|this|that))"
			+ "|(?:explained|answered|covered|stated|set out|mentioned) [^.!?\\n]{0,60}\\b(?:on|in|by) (?:the |my |our )?[\\w#-]+"
			+ "(?: [\\w-]+)?, (?:(?:on|in|by) (?:the |my |our )?[\\w#-]+(?: [\\w-]+)?,? )?and (?:in|on|by)\\b"
			+ "|(?:has|have) already been (?:resolved|answered|explained|covered) (?:twice|three times|several times)"
			+ "|(?:covered|explained|answered|addressed) [^.!?\\n]{0,40}\\bin (?:two|three|four|several|multiple|both) "
			+ "(?:previous|earlier|prior) (?:emails|messages|replies|letters)"
			+ "|per my (?:email|message|reply|note|letter) (?:from|of|on|dated)\\b"
			+ "|(?:scrolling|scroll) up,? (?:you'?ll see|the answer)"
			+ "|make this the last time\\b|going to try (?:this )?one (?:more|last) time";

	static final String SARCASM = "i'?m sure (?:they|he|she|the [\\w-]+)(?:'ll| will) (?:be (?:delighted|thrilled)|love|hold)\\b"
			+ "|i'?m sure the [\\w-]+ enjoyed\\b"
			+ "|(?:what|such) a tragedy|(?:we'?ve|i'?ve) dropped everything"
			+ "|" + START + "truly" + END
			+ "|i'?ll (?:alert|inform|notify) (?:head office|the ceo|the board) immediately"
			+ "|well done (?:on|for) (?:finding|spotting|discovering) the (?:one|only)\\b"
			+ "|(?:at )?the exact (?:second|minute|moment) you wanted"
			+ "|(?:ah yes|oh yes),? the (?:mysterious|famous|infamous|legendary)\\b"
			+ "|what (?:else )?(?:did )?you (?:expect|expected) from (?:a|an) (?:free|cheap|budget)\\b"
			+ "|such a long (?:email|message|letter|essay)\\b"
			+ "|" + START + "(?:ha|lol|lol ok|lol okay),? (?=['\"][a-z])"
			+ "|since apparently (?:we'?re|you'?re|that'?s|it'?s)\\b";

	static final String VAGUE_DONT_KNOW = "(?:i|we) (?:genuinely|honestly|really|truly) (?:have|'ve got) no (?:idea|clue)\\b"
			+ "|couldn'?t tell you why\\b"
			+ "|no (?:idea|clue) (?:on|about|re) (?:the )?(?:timescales?|timings?|timeframes?|timelines?)\\b"
			+ "|not sure what happened there\\b"
			+ "|can'?t (?:really )?comment on (?:that|this)(?:,? sorry)?" + END
			+ "|" + START + "(?:might|could|may) be a (?:bug|glitch)" + END
			+ "|(?:don'?t|do not) know what else to tell you"
			+ "|sometimes (?:they|these things|it) just takes? (?:a while|time|longer)\\b";

	static final String NO_OFFENSE = "i mean this in the nicest (?:possible )?way|i say this with love"
			+ "|(?:don'?t|do not) mean (?:this|it) rudely|it pains me to say"
			+ "|(?<=, )respectfully,(?= )";

	static final String YOU_SHOULD_HAVE = "(?:that'?s|that one'?s|this is) on you\\b(?! to)"
			+ "|maybe (?:don'?t|do not) (?:buy|book|make|order|schedule|click|send|tweet|post)\\b"
			+ "|(?:read|check) (?:the|your) [\\w ]{1,25} before (?:tweeting|complaining|contacting us)"
			+ "|and you (?:declined(?: it)?|refused(?: it)?|turned it down)(?=\\s*[.!,])"
			+ "|we did ask (?:you )?(?:twice|three times|several times|repeatedly)\\b"
			+ "|(?:this|that) is exactly why we (?:tell|ask|warn|advise) (?:people|customers|you)\\b"
			+ "|(?:can'?t|cannot) (?:really )?complain (?:about [\\w ]{1,20} )?now\\b"
			+ "|signed (?:for )?as ['\"]?received in good (?:condition|order)"
			+ "|(?:clearly|plainly) (?:tells|warns|asks|shows) you\\b"
			+ "|(?:we|they) gave (?:you |everyone |customers )?(?:\\w+ )?(?:months?|weeks?|days?)'? notice";

	static final String CALM_DOWN = "look at (?:this|it|things) (?:rationally|calmly|objectively)"
			+ "|(?:far |much )?less dramatic than"
			+ "|no need to (?:copy in|cc|involve) (?:the )?(?:ceo|md|managing director|directors?|press|lawyers?)\\b"
			+ "|(?:makes|made) you this (?:angry|upset|cross|worked up)"
			+ "|be patient like everyone else";

	private NeverSayPointedFamilies() {
	}

	/** @return this class's alternation for {@code category}, or {@code null} when it has none */
	static String of(String category) {
		return switch (category) {
			case "belittling" -> BELITTLING;
			case "not_my_job" -> NOT_MY_JOB;
			case "dismissive" -> DISMISSIVE;
			case "nothing_i_can_do" -> NOTHING_I_CAN_DO;
			case "as_i_said" -> AS_I_SAID;
			case "sarcasm" -> SARCASM;
			case "vague_dont_know" -> VAGUE_DONT_KNOW;
			case "no_offense" -> NO_OFFENSE;
			case "you_should_have" -> YOU_SHOULD_HAVE;
			case "calm_down" -> CALM_DOWN;
			default -> null;
		};
	}
}
