package org.servicemind.analysis.lexical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indirect phrasing families of the never-say lexicon, one alternation per category, joined to the category's base
 * pattern in {@link NeverSayRules} next to {@link NeverSayFamilies} (same folded text: lower case, ASCII apostrophes;
 * every alternative starts at a word; every repetition is bounded, so matching stays linear in the text).
 * These cover the ways a reply says the thing without its usual words: a department named and the customer pointed
 * at it ("that's one for the card issuer"), a document that "did say" so, a softener before a blunt remark ("I mean
 * this kindly"), a correction that puts the fault on the customer's side ("your settings, not our network"), mock
 * help ("I'll alert the media"), and minimising by counting ("only one item out of twelve"). Original to ServiceMind,
 * written from the categories' definitions in docs/analysis/never-say-and-self-talk.md; hard negatives for each
 * family are in {@code NeverSayIndirectFamiliesTests}.
 */
final class NeverSayIndirectFamilies {

	/** a sentence start, bullets and emoji that open a line included ({@link SentenceStart}) */
	private static final String START = SentenceStart.LOOKBEHIND;

	/** a screen, a framework or a higher-up that decided; rules quoted as the reason for a no */
	static final String BLAMING_POLICY = "(?:as per|per|according to|under) (?:the |our )?(?:[\\w-]+ )?(?:guidelines|polic(?:y|ies)|"
			+ "rules|procedures?|regulations)\\b(?=[^.!?\\n]{0,80}\\b(?:not (?:entertained|permitted|allowed|possible|accepted)|"
			+ "cannot|can'?t|won'?t|unable)\\b)"
			+ "|(?:my|the) screen (?:literally |just |simply )?(?:greys|grays|blocks|locks|won'?t let)"
			+ "|(?:i|we) (?:have|get) (?:no|zero) say (?:over|in)\\b"
			+ "|(?:that'?s|it'?s|this is) (?:just )?how (?:they'?ve|they have|we'?ve been|we have been|it'?s been|we'?re|the system is) "
			+ "(?:set (?:us |it |things )?up|designed)"
			+ "|(?:procedures?|polic(?:y|ies)|rules|regulations|guidelines) (?:require|requires|insist)\\b(?=[^.!?\\n]{0,80}"
			+ "\\b(?:doesn'?t count|does not count|not|no|can'?t|cannot|won'?t)\\b)"
			+ "|(?:a )?(?:company-wide|head office|corporate) thing\\b"
			+ "|(?:doesn'?t|does not|don'?t|do not) (?:give|allow|let) (?:me|us|staff|frontline staff|agents|the team)(?: any)? "
			+ "(?:discretion|leeway|flexibility)"
			+ "|(?:head office|management|corporate|the company|the business) decided\\b(?=[^.!?\\n]{0,60}\\b(?:stop|no longer|"
			+ "not|no)\\b)"
			+ "|(?:compliance|legal|head office|the bank|finance|security|my manager|my supervisor) (?:won'?t|will not|doesn'?t|"
			+ "does not) (?:let|allow|permit) (?:me|us)\\b"
			+ "|(?:i|we) (?:don'?t|do not|didn'?t) (?:write|set|decide) (?:them|the (?:tariffs?|prices|rates|fees|charges))\\b"
			+ "|not (?:something|anything) (?:the|our|my) (?:system|computer|software|portal|tool|till) (?:lets?|allows?|will let) "
			+ "(?:me|us)"
			+ "|(?:i'?m|i am|we'?re|we are) (?:just|simply) not (?:allowed|permitted|authori[sz]ed) to\\b"
			+ "(?![^.!?\\n]{0,60}\\b(?:secur|protect|safe|privacy|fraud))"
			+ "|(?:they|head office|the (?:engineers|depot|warehouse)) (?:don'?t|do not|won'?t) (?:share|give us|tell us) (?:that|this|"
			+ "those|it) with us";

	/** orders about capitals and breathing, "easy there", "relax", taking it personally */
	static final String CALM_DOWN = "no need for (?:the|all the|all these|all those|those|these) (?:capital letters|capitals|caps|"
			+ "shouting|exclamation (?:marks|points)|swearing|dramatics|theatrics)"
			+ "|let'?s (?:all )?(?:just )?take a (?:deep )?breath|take a deep breath|\\bdeep breaths\\b"
			+ "|" + START + "(?:just |now,? )?breathe\\b(?= *[,.!])"
			+ "|" + START + "(?:whoa|woah|hey|okay|ok)?,? ?easy(?: now)?,? there\\b|\\bsteady on\\b|(?:nobody|no one|no-one)'?s? "
			+ "(?:is )?out to get you"
			+ "|" + START + "(?:please |just |so )?relax\\b(?!ed|ing)(?= *[,.!]| it)"
			+ "|(?:try not to|don'?t|do not) take (?:it|this|that) (?:so |too )personally"
			+ "|(?:keep|tone|turn) the (?:drama|dramatics|theatrics) down|\\bthe dramatics\\b";

	/** a department named as the owner, the customer pointed at it or left with it */
	static final String NOT_MY_JOB = "(?:that'?s|it'?s|this is) (?:a|an) [\\w-]+ (?:thing|matter|question|issue)\\b(?=[^.!?\\n]{0,20}"
			+ "[,;.]? ?(?:you'?ll|you will|you'?d|you would) (?:want|need|have) to)"
			+ "|(?:you'?ll|you will|you'?d|you would) (?:want|need|have) to (?:ring|call|phone|contact|email|chase|try|speak to|talk to|"
			+ "get in touch with) them\\b"
			+ "|(?:they'?re|they are) the ones? (?:to|you need to|you'?ll need to|you should) (?:chase|ask|call|ring|contact|talk to|"
			+ "speak to)"
			+ "|(?:it'?s|it is|that'?s|is) (?:now |really )?between you and (?:them|the [\\w-]+)\\b"
			+ "|not something (?:my|our|this) (?:desk|team|department|side|office) (?:covers|handles|deals with|does|looks after)"
			+ "|" + START + "(?:sorry,? )?(?:different|wrong) (?:queue|department|team|desk)\\b"
			+ "|(?:our|my) (?:team|desk|department) (?:doesn'?t|does not|don'?t|do not) (?:touch|handle|deal with|cover|do)\\b"
			+ "|(?:raise|take) it up with (?:whoever|them\\b|the [\\w-]+ (?:team|department|people))"
			+ "|(?:that'?s|it'?s|this is) for (?:the|your) (?:[\\w-]+ ){1,6}to (?:answer|sort|deal with|handle|fix|look at)"
			+ "|(?:would be|is) the [\\w-]+'?s? (?:problem|responsibility|issue|department) rather than"
			+ "|(?:we|i) (?:just|only) (?:sell|handle|do|did|book) (?:the )?[\\w-]+(?: [\\w-]+)?\\s*(?:—|-|,|;)\\s*(?:the|your) "
			+ "[\\w-]+ (?:deals with|handles|looks after|sorts)"
			+ "|(?:i'?m|im|i am) (?:only |just )?on the [\\w-]+(?: [\\w-]+)? side\\b"
			+ "|(?:i'?m|im|i am) (?:only |just )?in [\\w-]+\\.\\s{0,3}good luck"
			+ "|above my (?:level|grade)\\b|(?:the|your) (?:card issuer|bank|courier|landlord|airline|manufacturer|venue|insurer|"
			+ "provider|retailer|seller|supplier) (?:would|will|might|should) know\\b(?!,? so i)";

	/** a document or reminder that "did say" so; the customer named as the reason */
	static final String YOU_SHOULD_HAVE = "(?:perhaps|maybe|possibly) (?:next time|in future|in the future)\\b"
			+ "|(?:email|letter|message|pass|page|receipt|terms|website|screen|notice|guide|agreement|invoice|form) (?:did|does) "
			+ "(?:say|state|mention|warn|tell you)"
			+ "|which (?:it|we|the [\\w-]+) (?:clearly )?(?:warns?|warned|tells|told|reminds?|reminded) you (?:about|of)"
			+ "|(?:the |an? )?(?:agreement|contract|form|document|terms) you (?:signed|agreed to|accepted|ticked)"
			+ "|(?:conditions|terms) you agreed to"
			+ "|(?:states?|says|said|stated|written|printed|shown) (?:in bold|in capitals|in black and white)"
			+ "|(?:went out|were sent|was sent|we sent (?:it|them|one)) (?:two|three|four|five|six|several|multiple|many|\\d+) times"
			+ "(?![^.!?\\n]{0,60}\\b(?:glitch|error|bug|mistake|sorry|apologi))"
			+ "|(?:shame|pity) (?:the|your|you) [^.!?\\n]{0,40}\\b(?:wasn'?t|weren'?t|didn'?t|hadn'?t)"
			+ "|your (?:side|end|part) of the (?:deal|bargain|agreement)"
			+ "|wouldn'?t be having this conversation"
			+ "|(?:is|was|'s) (?:really |entirely |all |squarely )?on you\\b"
			+ "|(?:you'?re|you are|you were) the reason (?:the|it|this|that|why)\\b"
			+ "|(?:because|since) you (?:left it|forgot|ignored|chose to|didn'?t bother)"
			+ "|and then (?:wondering|wonder|asking|complaining) why\\b";

	/** repeating myself, previous emails, the answer that hasn't changed */
	static final String AS_I_SAID = "per my (?:previous|last|earlier|prior)\\b|(?<!for |if i'm |if i am )repeating myself"
			+ "|(?:this|that) is the (?:second|third|fourth|fifth|sixth|\\d+(?:nd|rd|th)) time (?:i'?m|i am|i'?ve|i have) "
			+ "(?:explaining|explained|saying|said|telling|told|answering|answered)"
			+ "|i did (?:cover|explain|mention|address|answer) (?:that|this)\\b"
			+ "|i was (?:very |quite |perfectly |really )?clear (?:on|in|about) "
			+ "|go(?:ing)? (?:round|around) in circles(?![^.!?\\n]{0,40}\\b(?:my fault|my bad|on me|i'?m sorry|my apologies))"
			+ "|see my (?:previous|last|earlier) (?:reply|email|e-mail|message|answer)\\b"
			+ "|as has been (?:explained|stated|said|mentioned)|as (?:previously|already) (?:communicated|stated|explained|advised|"
			+ "mentioned)"
			+ "|once again,? (?:for (?:clarity|the record)|to be clear)"
			+ "|you asked (?:this|that|the same)(?: exact)?(?: question)? (?:already|before|earlier|this morning|yesterday)"
			+ "|the answer (?:hasn'?t|has not|still hasn'?t) changed|same as (?:the )?last (?:\\w+ )?times? you asked";

	/** mock help, "never heard that one", "alert the media", theatrical thanks */
	static final String SARCASM = "what a (?:mystery|shocker|coincidence)\\b"
			+ "|(?:oh (?:good|great|joy)|fantastic|brilliant|wonderful)[.,!]? another\\b"
			+ "|(?:ah|oh) yes,? the (?:classic|old|famous)\\b|never heard that one"
			+ "|(?:thanks|thank you) for the (?:\\w+ ){0,2}(?:emails|messages|calls|chasers) in (?:an|one|the last|the past|\\d+) "
			+ "(?:hour|minutes?|morning)"
			+ "|on purpose,? just for you|out of spite"
			+ "|(?:sure|right|yeah|ok),? (?:i'?ll|let me) just (?:personally|go and|magic|conjure)"
			+ "|(?:we'?ll|i'?ll) (?:cope|survive|manage) somehow"
			+ "|alert the (?:media|press)|stop the presses|call the (?:papers|newspapers)"
			+ "|(?:great|brilliant|genius|clever) (?:plan|move|idea)[,.] (?:\\w+ing)\\b"
			+ "|short of (?:a|inventing a|building a) time machine|(?:revolve|revolves) around your"
			+ "|let me get right on that,? (?:top|front) of the";

	/** comparisons with people who manage, simplicity rubbed in, help from someone younger */
	static final String BELITTLING = "how many (?:people|customers) (?:manage|are able) to"
			+ "|most (?:people|customers) (?:manage to|read the|check the)\\b"
			+ "|you do (?:know|understand|realise|realize) (?:what|how)\\b"
			+ "|even my (?:nan|gran|granny|grandma|grandmother|grandad|grandpa|mum|mom|kids?|son|daughter|nephew|niece|"
			+ "\\d+-year-old)\\b"
			+ "|(?:really|honestly|seriously) (?:isn'?t|is not|'s not) (?:that |very )?(?:complicated|hard|difficult)"
			+ "|(?:not sure|don'?t know) how (?:else|much more simply) (?:to|i can|can i) (?:explain|put)"
			+ "|(?:get|ask|find) (?:someone|somebody) (?:younger|more (?:tech|technical|savvy))"
			+ "|(?:isn'?t|is not|'s not) everyone'?s (?:strong suit|forte)"
			+ "|(?:tried|try) actually (?:reading|looking|clicking|opening|following)"
			+ "|as (?:basic|simple|easy) as (?:it|the [\\w-]+|things) gets?\\b"
			+ "|learn (?:the )?basics|get(?:ting)? your facts straight"
			+ "|you (?:sound|seem) (?:a (?:little|bit) |rather |quite |very )?(?:confused|lost|muddled)"
			+ "|(?:you'?re|you are) not (?:the|an) expert|(?:someone|somebody) like you\\b"
			+ "|the hard stuff like";

	/** vague spans and mysteries instead of an answer */
	static final String VAGUE_DONT_KNOW = "(?:a|bit of a|complete|total) mystery to (?:all of )?(?:us|me)"
			+ "|between a few (?:days|hours|weeks) and a few (?:weeks|months|days)"
			+ "|(?:really |honestly )?can'?t (?:say|tell you|predict) (?:whether|when|if|how long)\\b(?![^.!?\\n]{0,60}\\b(?:but|"
			+ "until|before|so i|i'?ll)\\b)"
			+ "|\\bdunno\\b|no real reason|(?:just )?does that sometimes"
			+ "|(?:these|such|the) (?:timelines|timescales|things) (?:vary|differ)\\s*[.!]"
			+ "|(?:somebody|someone) (?:may|might) (?:pick it up|look at it|get to it|get back to you) (?:at some point|eventually|"
			+ "sometime)";

	/** a "no from us", the end of the road */
	static final String NOTHING_I_CAN_DO = "(?:it'?s|that'?s) a (?:no|hard no|firm no) from (?:us|me)"
			+ "|short of (?:a|inventing a|building a) time machine";

	/** the fault moved to the customer's side, memories and records that "don't match" */
	static final String YOU_ARE_MISTAKEN = "you'?ve got (?:your|the) (?:\\w+ ){0,2}(?:muddled|mixed up|confused|jumbled)"
			+ "|your [\\w -]{1,25},? not (?:our|with our|on our|in our)\\b"
			+ "|your (?:recollection|memory|version) (?:doesn'?t|does not|don'?t) (?:match|agree|line up)"
			+ "|you never (?:called|rang|phoned|emailed|contacted|ordered|paid)\\b"
			+ "|(?:that|this) (?:isn'?t|is not|wasn'?t|was not|'s not) (?:what|how it) happened"
			+ "|only (?:looks|seems|appears) [\\w]+ because you"
			+ "|" + START + "(?:nope|no)[.,!]? you were (?:told|informed|advised)"
			+ "|(?:our|the) (?:records|logs|system|notes|tracking) (?:show|shows|say|says|tell|tells) (?:a different story|"
			+ "otherwise)"
			+ "|get(?:ting)? your facts straight|self-inflicted";

	/** softeners that announce a blunt remark */
	static final String NO_OFFENSE = "(?:don'?t|do not) (?:want|mean) to (?:sound|be|come across as) (?:harsh|rude|blunt|mean|unkind)"
			+ "|(?:sorry|hate) to be (?:that person|blunt|harsh|rude)"
			+ "|i (?:mean|say) this (?:kindly|with respect|respectfully|nicely|gently)"
			+ "|without wishing to (?:offend|be rude|sound rude)"
			+ "|forgive (?:my|the) (?:frankness|bluntness|directness)"
			+ "|(?:please )?don'?t be offended,? but|don'?t take (?:this|it) the wrong way"
			+ "|(?:i )?don'?t mean anything by (?:it|this)";

	/** counting the problem small, people who don't notice, topics changed, time wasted */
	static final String DISMISSIVE = "hardly worth (?:a |the |raising|logging|complaining)"
			+ "|won'?t (?:hurt|harm) (?:anyone|anybody)"
			+ "|(?:not|isn'?t) (?:really )?something (?:we|i) (?:worry|care|bother|think) about"
			+ "|(?:most|many|plenty of|lots of) (?:people|customers|users) (?:don'?t|never) (?:even )?(?:notice|mind|care)"
			+ "|(?:plenty of|most|lots of|many) (?:people|customers|users) (?:live|cope|get by) with"
			+ "|first[- ]world problem|worse things happen\\b|people adapt\\b|(?:can'?t|cannot) expect (?:much|a lot|miracles)"
			+ "|(?:a|more of a) you (?:thing|problem|issue)\\b"
			+ "|(?:dealing with|have|got) (?:much )?(?:bigger|more important|more pressing) (?:issues|things|problems|fish)"
			+ "|(?:it'?s|its) (?:only |just )?(?:a )?cosmetic\\b(?=[^.!?\\n]{0,60}\\b(?:leave|won'?t|doesn'?t|not)\\b)"
			+ "|noted(?: it)?\\.\\s{0,3}moving on"
			+ "|(?:somebody|someone) (?:may|might) (?:pick it up|look at it|get to it) (?:at some point|eventually|sometime)"
			+ "|wasting (?:both )?(?:our|my|everyone'?s) time"
			+ "|(?:you'?re|you are) the only (?:one|customer|person) (?:having|experiencing|seeing|reporting|getting)"
			+ "|\\bnon-?issue\\b|(?:not going to|won'?t|not about to) bend over backwards"
			+ "|not worth getting (?:this |so |that )?(?:upset|worked up|angry|stressed)"
			+ "|(?:revolve|revolves) around your"
			+ "|(?:it'?s|its) only (?:one|two|a couple of|a few) [\\w ]{1,20}(?:out of|missing)";

	private NeverSayIndirectFamilies() {
	}

	/**
	 * The one place that joins the families of a category: those of {@link NeverSayFamilies} first, then the indirect
	 * ones of this class, then the implicit ones of {@link NeverSayImplicitFamilies}, then the rhetorical ones of
	 * {@link NeverSayRhetoricalFamilies} and, for {@code dismissive}, {@link NeverSayMinimisingFamilies}, then the round-9
	 * {@link NeverSayPlainFamilies}, {@link NeverSayMockFamilies}, {@link NeverSayBluntFamilies} and
	 * {@link NeverSayPointedFamilies}, and last the round-10 {@link NeverSayRound10Families}, as one alternation.
	 *
	 * @return the joined families of one never-say category, or {@code null} for an unknown category
	 */
	static String of(String category) {
		String joined = joined(category);
		if (joined == null) {
			return null;
		}
		for (String later : new String[] { NeverSayRhetoricalFamilies.of(category), NeverSayMinimisingFamilies.of(category),
				NeverSayPlainFamilies.of(category), NeverSayMockFamilies.of(category),
				NeverSayBluntFamilies.of(category), NeverSayPointedFamilies.of(category),
				NeverSayRound10Families.of(category), NeverSayRound11Families.of(category) }) {
			joined = later == null ? joined : joined + "|" + later;
		}
		return joined;
	}

	private static String joined(String category) {
		return switch (category) {
			case "blaming_policy" -> NeverSayFamilies.BLAMING_POLICY + "|" + BLAMING_POLICY + "|" + NeverSayImplicitFamilies.BLAMING_POLICY;
			case "calm_down" -> NeverSayFamilies.CALM_DOWN + "|" + CALM_DOWN + "|" + NeverSayImplicitFamilies.CALM_DOWN;
			case "not_my_job" -> NeverSayFamilies.NOT_MY_JOB + "|" + NOT_MY_JOB + "|" + NeverSayImplicitFamilies.NOT_MY_JOB;
			case "you_should_have" -> NeverSayFamilies.YOU_SHOULD_HAVE + "|" + YOU_SHOULD_HAVE + "|" + NeverSayImplicitFamilies.YOU_SHOULD_HAVE;
			case "as_i_said" -> NeverSayFamilies.AS_I_SAID + "|" + AS_I_SAID + "|" + NeverSayImplicitFamilies.AS_I_SAID;
			case "sarcasm" -> NeverSayFamilies.SARCASM + "|" + SARCASM + "|" + NeverSayImplicitFamilies.SARCASM;
			case "belittling" -> NeverSayFamilies.BELITTLING + "|" + BELITTLING + "|" + NeverSayImplicitFamilies.BELITTLING;
			case "vague_dont_know" -> NeverSayFamilies.VAGUE_DONT_KNOW + "|" + VAGUE_DONT_KNOW + "|" + NeverSayImplicitFamilies.VAGUE_DONT_KNOW;
			case "nothing_i_can_do" -> NeverSayFamilies.NOTHING_I_CAN_DO + "|" + NOTHING_I_CAN_DO + "|" + NeverSayImplicitFamilies.NOTHING_I_CAN_DO;
			case "you_are_mistaken" -> NeverSayFamilies.YOU_ARE_MISTAKEN + "|" + YOU_ARE_MISTAKEN + "|" + NeverSayImplicitFamilies.YOU_ARE_MISTAKEN;
			case "no_offense" -> NeverSayFamilies.NO_OFFENSE + "|" + NO_OFFENSE + "|" + NeverSayImplicitFamilies.NO_OFFENSE;
			case "dismissive" -> NeverSayFamilies.DISMISSIVE + "|" + DISMISSIVE + "|" + NeverSayImplicitFamilies.DISMISSIVE;
			default -> null;
		};
	}

	/** a group branch made of a word, an optional apostrophe and a word, such as {@code can'?t} */
	private static final Pattern APOSTROPHE_BRANCH = Pattern.compile("(?<=\\(\\?:|(?<!\\\\)\\|)([a-z ]+)'\\?([a-z ]+)(?=[|)])");

	/**
	 * Spells out each group branch like {@code can'?t} as {@code can't|cant}: the same strings in the same order of
	 * preference, so no match changes, but the literal gates then require "can't" or "cant" instead of the common
	 * "can". Top-level branches are left as they are, since each is a pattern of its own.
	 */
	static String spelledOut(String regex) {
		StringBuilder out = new StringBuilder();
		int last = 0;
		Matcher m = APOSTROPHE_BRANCH.matcher(regex);
		while (m.find()) {
			if (groupDepth(regex, m.start()) > 0) {
				out.append(regex, last, m.start()).append(m.group(1)).append('\'').append(m.group(2)).append('|')
					.append(m.group(1)).append(m.group(2));
				last = m.end();
			}
		}
		return out.append(regex, last, regex.length()).toString();
	}

	/**
	 * @return how many groups are open at {@code pos}, or -1 when {@code pos} is inside a character class or does not
	 *     follow an unescaped non-capturing group opener or a bar
	 */
	private static int groupDepth(String regex, int pos) {
		int[] found = { -1, 0 }; // the depth at pos, whether pos follows a group opener or a bar
		RegexLiterals.forEachStructural(regex, (i, c, depth) -> {
			if (i == pos) {
				found[0] = depth;
			}
			else if (i < pos && (c == '(' || c == ')')) {
				found[1] = c == '(' && i == pos - 3 ? 1 : 0;
			}
			else if (i < pos && c == '|') {
				found[1] = i == pos - 1 ? 1 : 0;
			}
		});
		return found[1] == 0 ? -1 : found[0];
	}
}
