package org.servicemind.analysis.lexical;

/**
 * Phrasing families of the self-talk lexicon for colloquial, ironic and chained wording (third round, 2026-12-02), one
 * regex alternation per distortion type, joined by {@link SelfTalkRules} to the earlier families. They cover verdicts
 * in asides ("Brain of a goldfish, me.", "Great work, genius."), agreeing with an imagined judgement ("and she's not
 * wrong, I'm ..."), others' faces and silences read as decisions ("he's obviously unimpressed", "I can see it on his
 * face"), futures already known ("I already know how that goes", "we both know how that ends", "is a formality"),
 * consequence chains that end in a sacking, an inquiry or the news, the standard set for "a person" or "an adult", the
 * bit that "stuck" after praise, feelings that "don't lie" and conclusions drawn from a feeling with "so I must ...".
 * Every gap is bounded ({@code {0,n}} inside one sentence or across one sentence break), so matching stays linear in
 * the text length. Patterns are original to ServiceMind and written over {@link FoldedText} (lower case, straight
 * apostrophes).
 */
final class SelfTalkVoicedFamilies {

	private SelfTalkVoicedFamilies() {
	}

	/** the start of a sentence, for verdicts written without a subject */
	private static final String START = "(?<=^|[.!?\\n] |[.!?] {2}|\\n)";

	private static final String IM = "(?:i'?m|i am|im)";

	private static final String WILL = SelfTalkFamilies.WILL;

	/** a group of other people spoken of as one */
	private static final String GROUP = "(?:people|customers|callers|clients|users|colleagues|co-?workers|team ?mates|"
			+ "managers|management|interns|devs|developers|engineers|agents|staff|parents|teachers|students|tenants|players|"
			+ "passengers|guests|patients|members|residents|drivers|shoppers|travell?ers|subscribers|applicants|vendors|"
			+ "suppliers|contractors|nurses|doctors|pilots|crews?|"
			+ "they|the (?:\\w+ )?(?:team|lot|guys|girls|seniors|juniors|leads|bosses|others))";

	/**
	 * where a chain of consequences ends: a job lost, a formal process, harm made public, or the writer named; three
	 * groups, so that each alternative begins with few enough literals for {@link LeadingLiterals} to narrow it
	 */
	private static final String[] DOOM = {
			"(?:sacked|fired|the sack|walked out|let go|disciplinary|dismissed|struck off|cutting jobs|cuts|the exit|the door|"
					+ "out of a job|out of work|on the street|bankrupt|my p45|redundanc\\w+|nobody will hire|no one will hire|"
					+ "lose (?:my|our) (?:job|jobs|contract|licence|license)|my contract|(?:contract|account|client|job|bonus|"
					+ "career)s? (?:gone|lost|cancelled|over)|gone by|be gone|first on the list|wipe us out|the end of (?:my|our) "
					+ "(?:career|job|contract|time)|the end of the (?:company|business|road|line))",
			"(?:an? inquiry|the ombudsman|(?:a |the )regulator (?:letter|complaint|will|gets|'ll)|(?:letter|complaint|report) "
					+ "(?:to|from) the regulator|the (?:local )?news|the papers|the press|social media|viral|a scapegoat|sued|"
					+ "fined|a (?:data )?breach|an accident|a&e|a chargeback|a tribunal|(?:a |on a )?performance plan|the pip|"
					+ "(?:a |written |final )warning|(?:a )?compensation claim|legal action|a lawsuit|(?:an? |the )?investigation|"
					+ "parliamentary|patients (?:miss|wait|die)|ends up in|end up in|the union(?:'ll| will)? (?:be |get )?involved|"
					+ "(?:go(?:es)? to|with|from|call from) hr\\b)",
			"(?:the face of|(?:traced|trace it) (?:straight |right )?back|(?:my|whose) name(?:'ll be| is| will be)? (?:on|all "
					+ "over|first)|my login|my sign-off|the (?:\\w+ )?who (?:let|said|broke|missed|approved))" };

	/** the end of a chain: a doom of one group after "if" or "will" and a comma, "and" or "then" in its sentence */
	private static String chained(String doom) {
		return "\\b" + doom + "(?<=\\b(?:if|once|by tomorrow|when it does|will|won'?t|'ll|going to)\\b[^.!?\\n]{0,350})"
				+ "(?<=(?:,|\\band\\b|\\bthen\\b)[^.!?\\n]{0,200})"
				+ "|\\b" + doom + "(?<=\\bwhat if\\b[^.!?\\n]{0,80}\\? [^.!?\\n]{0,200})";
	}

	/** words with which a feeling is turned into a conclusion */
	private static final String CONCLUDE = "(?:so|which means|that means|and so|so yeah|must mean|meaning)[,]? (?:i guess |"
			+ "i suppose |basically |yeah )?(?:that'?s probably|it'?s probably|that'?s the truth|i must|i probably|it must|"
			+ "i'?m obviously|i'?m clearly|i'?m probably|i am (?:one|probably|obviously|clearly)|i'?m letting|they must|"
			+ "it has to|there'?s got to|it'?s going to (?:go )?(?:badly|wrong|be (?:bad|awful|a disaster))|i'?m not|i am not|i'?m just|i obviously|i clearly)";

	static final String LABELLING = START + "(?:the |an? |total |absolute |proper |complete |utter )?(?:office |team |resident "
			+ "|floor |shift )?(?:dense|thick|dud|leech|pest|basket case|passenger|dimwit|plank|dunce|waste of space|halfwit|plonker|wally|prat|nitwit|buffoon|klutz|"
			+ "walking disaster|disaster area|headless chicken)(?=[.!]|$)"
			+ "|" + START + "an? (?:muppet|clown|idiot|numpty|fool|amateur|moron|fraud|joke), that'?s (?:who|what|me)\\b"
			+ "|\\b(?:brain|memory|attention span) (?:of|like) an? (?:goldfish|sieve|gnat|squirrel|potato|toddler|colander|sheep|"
			+ "plank|rock)\\b"
			+ "|\\b(?!employee\\b|student\\b|player\\b)[\\w-]+ of the (?:year|month|century|decade),? me\\b"
			+ "|\\b(?:great|nice|good|brilliant|top|fine) (?:work|job|stuff|going|one|move),? (?:genius|einstein|sherlock|champ|"
			+ "mastermind|ace|hotshot)\\b"
			+ "|\\b(?:the )?(?:man|woman|guy|bloke|lad|fella|girl|kid|lady|he|she|they|whole [\\w ]{1,25}?|lot of them)"
			+ "(?:'s| is| are|'re) (?:just )?(?:an? )?(?:total |complete |absolute |utter )?(?:lost cause|cowboys?|walking (?:error|disaster|liability|headache|"
			+ "car crash|accident|complaint|nightmare|red flag|catastrophe|train ?wreck)|bunch of (?:children|kids|clowns|idiots|amateurs|cowboys|babies|muppets|chancers)|menace|waste of space|"
			+ "snowflakes?|dinosaurs?|liability|clown car)\\b"
			+ "|\\b[\\w-]+(?:'s| is| are|'re) (?:just )?(?:an? )?(?:total |complete |absolute |utter )?(?:lost cause|walking (?:error|"
			+ "disaster|liability|headache|car crash|accident|complaint|nightmare|red flag|catastrophe|train ?wreck)|bunch of "
			+ "(?:children|kids|clowns|idiots|amateurs|cowboys|babies|muppets|chancers)|waste of space)\\b"
			+ "|\\b(?:useless|hopeless|clueless|incompetent|rubbish) from top to bottom\\b"
			+ "|\\b(?:snowflakes|children|cowboys|clowns|babies|amateurs|muppets|chancers|dinosaurs),? (?:the )?lot of (?:them|'em)\\b"
			+ "|\\b" + IM + " (?:just |simply |basically )?not an? (?:\\w+ )?(?:person|type|natural)\\b,?[^.!?\\n]{0,6}\\bnever (?:have "
			+ "been|was|will be)\\b"
			+ "|\\b" + IM + " (?:just )?an? (?:total |complete |absolute )?(?:pest|leech|dud|dead weight|basket case|passenger|"
			+ "glorified [\\w-]+(?: [\\w-]+)?)\\b"
			+ "|\\bwas i born (?:this|that|so) \\w+"
			+ "|\\b(?:an? )?(?:fraud|joke|disgrace|embarrassment|excuse|shambles) of an? (?:engineer|agent|tech|technician|analyst|"
			+ "professional|adult|person|human|colleague|lead|manager|team ?lead)\\b"
			+ "|\\b(?:amateur|numpty|idiot|muppet|clown|rookie|dunce)[- ](?:hour|behaviour|behavior|stuff|level|antics)\\b"
			+ "|\\b(?:and )?(?:he|she|they)(?:'s| is|'re| are) (?:not wrong|right|spot on|correct),? " + IM
			+ " (?:just |basically )?(?:an? |the )"
			+ "|\\b(?:thinks?|reckons?|sees? me as)\\b[^.!?\\n]{0,60}\\b(?:honestly|and),? (?:yeah|yep|yes),? i am(?=[.!]|$)"
			+ "|" + START + "(?:clearly|obviously|definitely) the (?:second|latter)(?=[.!]|$)";

	static final String ALL_OR_NOTHING = "\\b(?:might|may) as well (?:have )?not (?:have )?(?:bothered|turned up|shown up|"
			+ "come in|tried|started)\\b"
			+ "|\\b(?:might|may) as well have (?:left|skipped|ignored|binned|failed|missed|dropped) (?:them |it |the lot )?all\\b"
			+ "|\\b(?:or|so|then) (?:it |that |this |today |the \\w+ )?(?:doesn'?t|does not|didn'?t) (?:really |even )?count\\b"
			+ "(?! (?:towards?|against|for)\\b)"
			+ "|" + START + "(?:so,? )?(?:doesn'?t|does not) count(?=[.!]|$)"
			+ "|\\bso much for (?:me )?being (?:good|any good|great|competent|decent|a pro|an expert|reliable|the \\w+)\\b"
			+ "|\\b[\\w-]+: (?:failed|fail|a fail|ruined|a write-off|wasted|pointless|zero)(?=[.!]|$)"
			+ "|\\b(?:so|means|then),? (?:yeah,? )?(?:the |my |our |this |that )?(?:whole |entire )?(?:[\\w-]+ ){1,2}?(?:was|is|'s|"
			+ "were|are|feels?) (?:basically |just |now )?(?:a mess|a waste|a write-off|a failure|worthless|pointless|useless|rubbish|"
			+ "(?:not|n'?t) good enough)\\b"
			+ "|\\b(?:whole|entire) [\\w-]+(?:'s| is| was) (?:worthless|pointless|useless|rubbish|a waste)(?: then)?\\b"
			+ "|\\bso,? (?:yeah,? )?(?:we|i) (?:failed|lost|blew it)\\b"
			+ "|\\bso,? (?:yeah,? )?(?:the |my |our |this |that )?(?:[\\w-]+ ){1,2}?(?:aren'?t|isn'?t|wasn'?t|weren'?t) (?:really |even )?"
			+ "good enough\\b"
			+ "|\\bwhat'?s the point of (?:being|doing|trying|even)\\b[^.!?\\n]{0,40}\\bat all\\b"
			+ "|\\bif (?:i'?m|i am|im|we'?re) not (?:first|top|number one|the best|perfect|100%)\\b[^.!?\\n]{0,40}\\b(?:point|"
			+ "failure|failed|nothing|useless|worthless|loser|why bother)\\b"
			+ "|\\bthere'?s no '?(?:nearly|almost|partly|kind of|sort of|close|good enough)'?"
			+ "|\\bno such thing as (?:a bit of|half|partly|nearly|a small|a minor)\\b"
			+ "|\\b(?:can'?t|cannot) (?:even )?do the one thing (?:i'?m|i am) (?:paid|here|employed|hired)\\b"
			+ "|\\beither (?:i'?m|i am|i)\\b[^.!?\\n]{1,60}\\bor (?:i'?m|i am) (?:just |basically |simply )?(?:an? |the )"
			+ "|\\bnothing i do (?:here )?(?:ever )?(?:makes|matters|counts|works|helps|is enough)\\b"
			+ "|\\b(?:anything|everything) else and (?:you|i|we) might as well\\b";

	static final String SHOULD_STATEMENTS = "\\b(?:should|ought to|must) (?:\\w+ ){0,2}(?:know|be able to|have (?:it|this|that))"
			+ "\\b[^.!?\\n]{0,40}\\bby now\\b"
			+ "|\\b" + GROUP + "(?: [\\w-]+){0,6}? (?:should|ought to) (?:always |never |really |all )?(?:know how|know better|"
			+ "be able to|answer|read|reply|respond|listen|just)\\b"
			+ "|\\b(?:has|have|had|i'?ve got|got) no (?:right|business|excuse) (?:to|being|for)\\b"
			+ "|\\ban? (?:proper|real|good|decent|competent|professional|grown) [\\w ]{0,25}?(?:person|agent|tech|engineer|"
			+ "analyst|adult|professional) (?:fixes|would|does|doesn'?t|never|always|knows|can|should|has|gets)\\b"
			+ "|\\b(?:a person|anyone|any adult|an adult|a grown (?:adult|man|woman|up)|someone)(?: (?:on|with|at|in|who|of) "
			+ "[\\w -]{1,25}?)? (?:really )?(?:ought to|should|must(?! have\\b)|has no)\\b"
			+ "|\\b(?:agents|people|leads|seniors|professionals|someone|anyone|techs|engineers)\\b[^.!?\\n]{0,25}\\b(?:are|is) "
			+ "supposed to be\\b"
			+ "|\\bi must (?:\\w+ ){1,3}?(?:every|all|always)\\b"
			+ "|\\b(?:i|we) should be (?:top|first|number one|above (?:that|this|it|\\w+ing)|better than|perfect|the best)\\b"
			+ "|\\bi should always be\\b";

	static final String OVERGENERALISATION = "\\bevery (?:single )?[\\w-]+ (?:\\w+ )?(?:who|that) (?:rings|calls|phones|comes|"
			+ "contacts|writes|emails|walks|messages|chats)\\b[^.!?\\n]{0,50}\\b(?:treats?|decided|hates?|blames?|shouts?|yells?|"
			+ "rude|angry|enemy|criminals|abuse|moans?|complains?|thinks?)\\b"
			+ "|\\b" + GROUP + "(?: (?:here|around here|from|in|on|at|of)(?: [\\w-]+){0,2})? always (?:treat (?:me|us)|give me|say no|"
			+ "ignore|blame|complain|moan|shout|pick on)\\b"
			+ "|\\b" + GROUP + "(?: (?:here|around here|from|in|on|at|of)(?: [\\w-]+){0,2})? never(?:,? ever)? (?:read|learn|"
			+ "listen|answer|reply|thank|invite|do\\b|get back|bother|help|say thanks)"
			+ "|\\bwhy does (?:this|it) (?:always |keep )?(?:keep )?happen(?:ing)? to me\\b"
			+ "|\\b(?:say no to|hate|ignore|reject|refuse|turn down) (?:literally |absolutely |just about )?(?:everything|anything) i\\b"
			+ "|\\b(?:that'?s|just) my luck\\b|\\bevery (?:single )?time,? without fail\\b|\\bwithout fail\\b"
			+ "|" + START + "always the (?:one|same)(?=[.!]|$)|\\bsame as always\\b"
			+ "|\\bevery (?:single )?(?:shift|day|week|call|morning|night),? (?:someone|somebody|something|there'?s always)\\b"
			+ "|\\b(?:can'?t|cannot) (?:make|take|do|get through|have|finish) a single [\\w-]+(?: [\\w-]+)? without\\b"
			+ "|\\bnever get the (?:easy|good|nice|decent|simple|interesting) ones\\b"
			+ "|\\b(?:people|they|customers|callers|everyone|nobody) (?:just )?(?:don'?t|do not|doesn'?t) (?:like|want|trust|rate) "
			+ "(?:talking to |working with |dealing with )?me\\b"
			+ "|\\bnothing i do (?:here )?ever (?:makes|matters|counts|works|helps|is enough)\\b";

	static final String MIND_READING = "\\b(?:he|she|they|everyone|the \\w+)(?:'s|'re| is| are) (?:clearly|obviously|definitely|"
			+ "probably|already) (?:already )?(?:fuming|livid|furious|annoyed|fed up|judging|laughing|unimpressed|decided|sick of|"
			+ "building|collecting|thinking|hating|disgusted|bored|worked out|writing me off)\\b"
			+ "(?![^.!?\\n]{0,30}\\bnot (?:at |with )?(?:me|us)\\b)"
			+ "|\\b(?:he|she|they|everyone|the \\w+)(?:'s|'re| is| are| has| have|'ve) (?:obviously |clearly |already )+(?:decided|"
			+ "worked out|figured out|made up (?:her|his|their) minds?|written me off|clocked)\\b"
			+ "|\\b(?:he|she|they|everyone|the \\w+)(?:'s|'re| has| have|'ve) (?:decided|worked out|figured out|clocked) (?:that )?"
			+ "(?:i'?m|i am|i was|we'?re)\\b|\\b(?:he|she|they|everyone)(?:'s|'ve| has| have) written me off\\b"
			+ "|\\b(?:building|collecting|gathering) (?:a case|evidence)\\b(?! (?:study|for|base|file))"
			+ "|\\b(?:he|she|they|the \\w+) (?:obviously |clearly |probably )?(?:thinks?|thought|reckons?|decided) "
			+ "(?:i'?m |i was |i |we'?re )[^.!?\\n]{0,30}\\b(?:broke|useless|sloppy|wasting|rubbish|panic|dull|joke|slow|"
			+ "incompetent|lazy|fobbed|mickey|clueless|thick|stupid|pest|annoying|weak|hopeless|idiot|fraud|lying|faking|"
			+ "reading off|nuisance|bothering|out of my depth|not up to|liability|making it up)\\b"
			+ "|\\b(?:they|everyone|the others) (?:all )?think i\\b"
			+ "|\\b(?:everyone|everybody|the whole [\\w-]+|they all)(?:'s|'ll| will| is) (?:now )?(?:going to )?(?:think|assume|"
			+ "decide) (?:i'?m|i am|i was|i)\\b"
			+ "|\\bremember me as\\b"
			+ "|\\bi (?:can|could) (?:literally |just |practically )?(?:hear|see|tell|sense|feel) (?:her |him |them |the (?:\\w+ ){1,2}?)"
			+ "(?:rolling|judging|talking about me|laughing|thinking|sighing|cringing|wincing|smirking)\\b"
			+ "|\\bcan (?:already )?see it (?:written )?(?:on|in) (?:his|her|their) (?:face|eyes)\\b"
			+ "|\\b(?:doesn'?t|don'?t|does not|do not) (?:trust|believe) a word i\\b"
			+ "|\\bthat'?s (?:polite|code|corporate|manager-?speak|shorthand|posh|nice|teacher-?speak|british) for\\b"
			+ "|\\b(?:reading|taking) (?:it|that|this) as\\b[^.!?\\n]{0,40}\\b(?:hating|judging|annoyed|rude|passive)"
			+ "|\\b(?:and|was|is|were|are|'s|'re) (?:secretly |probably |clearly |all )?(?:hating|judging|resenting|cursing|"
			+ "despising|laughing at) me\\b"
			+ "|\\b" + IM + " (?:pretty |fairly |quite |almost )?(?:sure|certain) (?:i|i'?ve) (?:upset|annoyed|offended|hurt|irritated|"
			+ "lost|bored|disappointed)\\b"
			+ "|\\b" + IM + " (?:obviously|clearly) (?:that|the) [\\w-]+ (?:[\\w-]+ )?(?:person|one|guy|girl|agent) who\\b";

	static final String FORTUNE_TELLING = "\\b(?:i|we) (?:already |just |both )?know how (?:that|this|it) (?:goes|ends|will "
			+ "go|will end|'s going to go|conversation ends)\\b"
			+ "|\\b(?:we|i) (?:both |all )?know how (?:that|this|the) \\w+ (?:goes|ends)\\b"
			+ "|\\b(?:already|just) know (?:i'?ll|i will|it'?ll|it will|they'?ll|i'?m going to)\\b"
			+ "|\\bcan (?:already )?(?:see|picture) (?:where|how) (?:it'?s|this is|that'?s|it is|this'?s) (?:heading|going)\\b"
			+ "|\\bi can already (?:picture|see|imagine) it\\b"
			+ "|\\bi can (?:already )?tell (?:how|where) (?:this|it|that)(?:'s| is) (?:going|heading)\\b"
			+ "|\\b(?:the )?writing'?s on the wall\\b|\\b(?:just|only) a question of when\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:be |end up )?(?:stuck|trapped|still (?:doing|on|here))\\b"
			+ "[^.!?\\n]{0,40}\\b(?:forever|for the next|for years|for life|decade|at \\d\\d|till i)"
			+ "|\\b(?:i'?m going to|i'?ll|i will) end up (?:being )?the (?:one|person|agent|first)\\b"
			+ "|\\b(?:i'?ll|i will) be the (?:first|next) (?:one )?(?:to (?:go|be)|flagged|cut|let go|sacked|fired|blamed|out)\\b"
			+ "|\\bno chance (?:i|we|they|he|she|it|that)(?:'ll| will)? (?:\\w+ ){0,2}?(?:get|gets|pass|passes|make|win|keep|land|"
			+ "hit|finish|works?|happens?|approved|picked|chosen|promoted|hired)\\b"
			+ "|\\b(?:so|which means|meaning) (?:the |my |this |that )?(?:[\\w-]+ ){0,4}?(?:is|'s) (?:just |only )?a formality\\b"
			+ "|\\b(?:i|i'?ll) won'?t (?:even )?be (?:here|around|employed|in a job) (?:by|in|come|next)\\b"
			+ "|\\b(?:going to|gonna) (?:tell|sack|fire|let) me\\b"
			+ "|\\b(?:will|'ll|won'?t) be (?:no|any) different\\b"
			+ "|\\bi'?ll [\\w ,]{0,30}?\\b(?:mangle|fluff|botch|bungle|freeze|go red|choke|bomb|break something)\\b"
			+ "|\\bmight as well (?:start )?(?:updating|polishing|looking for|writing|packing|clearing)\\b"
			+ "|" + START + "just (?:you )?watch(?=[.!]|$)"
			+ "|\\b(?:it'?ll|it will|it'?s going to) be like [^.!?\\n]{1,30}\\b(?:on steroids|all over again)\\b"
			+ "|\\b" + WILL + " be (?:buried|swamped|drowning|sunk|toast|finished|done for)\\b";

	static final String CATASTROPHISING = chained(DOOM[0]) + "|" + chained(DOOM[1]) + "|" + chained(DOOM[2])
			+ "|\\b(?:wipe|wiping) (?:us|everything|the company|the business) out\\b"
			+ "|\\bguess whose name\\b"
			+ "|\\b(?:it|this) (?:has to|must|'s got to) be the end\\b"
			+ "|\\b(?:one|a single) wrong [\\w-]+\\b[^.!?\\n]{0,60}\\band\\b[^.!?\\n]{0,80}\\b(?:could|would|will|then)\\b";

	static final String PERSONALISATION = "\\b(?:must be|must have been|has to be|'s got to be|got to be) (?:something )?"
			+ "(?:i did|me|my fault|because of me|my doing)\\b(?! right\\b)"
			+ "|\\bif i'?d (?:just |only )?(?:stayed|picked|checked|answered|chosen|spotted|caught|double-checked|noticed|"
			+ "escalated|warned|listened)\\b"
			+ "|\\b(?:felt|feels?) like (?:i|i'?d) (?:somehow )?(?:caused|jinxed|broke|did)\\b|\\bi (?:somehow )?jinxed\\b"
			+ "|\\bi caused (?:that|it|this)\\b"
			+ "|\\b(?:that'?s|it'?s|is|was) (?:pretty much |basically |all |entirely |squarely |really )?(?:my doing|my fault|"
			+ "down to me|on me,? full stop)\\b"
			+ "|\\bi feel (?:kind of |sort of |partly |so |really )?responsible(?:,? somehow| for (?:it|that|this|what "
			+ "happened|all of (?:it|this)))?\\b(?! for\\b)"
			+ "|\\b(?:but|and|yet|because|since) (?:i was|i'?m|i am|it was me) the one who (?:approved|set up|pushed|signed|sent|picked|put|made|gave|chose|okayed|built|"
			+ "installed|configured|booked|scheduled|rolled)\\b"
			+ "|\\bi must have (?:explained|said|done|set|configured|missed|caused|upset|put|sent|worded|handled) "
			+ "(?:it |something |that |this )?(?:badly|wrong|incorrectly|poorly|something)\\b"
			+ "|\\b(?:straight |right )?back to (?:me|my (?:sign-off|login|change|ticket|desk|shift|update))\\b"
			+ "|\\b(?:i'?ll be|i'?m) the name on\\b"
			+ "|\\bpicking up my slack\\b"
			+ "|\\bbecause (?:my|of my) (?:\\w+ ){0,2}(?:weren'?t|wasn'?t|mistake|error|slip|typo)\\b";

	static final String EMOTIONAL_REASONING = "\\bfeels? (?:this|so|that) [\\w-]+\\b[^.!?\\n]{0,10}\\b(?:it|i|that|this) "
			+ "(?:probably|must|definitely|surely) (?:is|am|be)\\b"
			+ "|\\b(?:i feel|i felt|feel|felt|feeling|i'?m (?:so )?(?:embarrassed|ashamed|anxious|scared|nervous|guilty|dreading))"
			+ "\\b[^.!?\\n]{0,90}[,.] " + CONCLUDE
			+ "|\\b(?:knot|sick feeling|bad feeling|pit) in my (?:stomach|gut)\\b[^.!?\\n]{0,100}[,.] " + CONCLUDE
			+ "|\\bgut'?s? (?:is )?(?:usually|always|never) (?:right|wrong)\\b"
			+ "|\\b(?:sick|bad|horrible|awful|sinking|funny) feeling\\b[^.!?\\n]{0,100}[.!] (?:it|this|that)(?: has to| must|'s got to) "
			+ "(?:be|mean)\\b"
			+ "|\\b(?:always )?trust (?:the|my) (?:knot|gut|instinct|feeling|dread)(?=[.!]|$)"
			+ "|\\b(?:vibes?|feelings?|my gut|gut feelings?|instincts?) (?:don'?t|never|do not) lie\\b"
			+ "|\\b(?:has|have) (?:got )?to mean something\\b|\\bmust mean something\\b"
			+ "|\\bcan'?t (?:explain it|put my finger on it),? (?:i )?just know\\b"
			+ "|\\b(?:that |it |this )?feels (?:true|real|like the truth|like a fact)(?=[.!,]|$)"
			+ "|\\bfeels? (?:cursed|doomed|jinxed)\\b"
			+ "|\\bfel[lt]t? so [^.!?\\n]{1,60}\\bthat (?:i'?m|i am|it'?s|they) (?:obviously|clearly|probably|definitely)\\b"
			+ "|\\bfeel\\b[^.!?\\n]{0,80}\\b(?:that'?s|thats|which is) (?:just |exactly |probably )?what i am\\b";

	static final String MENTAL_FILTER = "\\b(?:that'?s|it'?s|is) (?:all|the only thing|the bit|the part|the one) (?:that'?s |"
			+ "that has |that )?(?:i see|i can see|i can think about|i remember|stuck|i keep thinking about|i can'?t shake|on repeat)\\b"
			+ "|\\bcan'?t see past (?:it|that|the|this)\\b"
			+ "|\\b(?:cancels|wipes|rubs|blots) out (?:all |everything|the (?:\\w+ )?(?:good|praise|positives|thanks|wins|rest))"
			+ "|\\b(?:chewing|dwelling|fixating|stewing|ruminating|obsessing|replaying)(?: on| over)?\\b[^.!?\\n]{0,60}\\bfor "
			+ "(?:\\w+ )?(?:hours?|days|ages|the (?:rest|whole)|all (?:day|evening|night|afternoon))\\b"
			+ "|\\bthe \\d+% though\\b"
			+ "|\\b(?:now|and now) the (?:whole |entire )?(?:[\\w-]+ )?(?:(?:feels?|seems) (?:like )?(?:tainted|ruined|"
			+ "spoiled|spoilt|a fail(?:ure)?|a write-off|pointless|wasted)|(?:is|was) tainted)\\b"
			+ "|\\bthat'?s my (?:day|week|shift|month),? apparently\\b"
			+ "|\\b(?:that|this|the) one (?:moment|call|comment|mistake|email|typo|slip|remark) (?:is|was|'s) (?:the whole|all|"
			+ "everything)\\b"
			+ "|\\bthe one\\b[^.!?\\n]{0,60}\\bthat i (?:remember|think about|notice|replay|dwell on|keep)\\b"
			+ "|\\beverything else (?:went|was) (?:fine|well|great|ok|okay|perfect|smooth|smoothly)\\b[^.!?\\n]{0,20}\\bbut\\b"
			+ "(?=[^.!?\\n]{0,80}\\b(?:means|ruined|a waste|all i|can'?t stop|stuck|the whole|so the|spoil))"
			+ "|\\b(?:prais\\w*|thank\\w*|compliment\\w*|positive|five[- ]star|5/5|shout-out|lovely)\\b[^.!?\\n]{0,80}\\bbut\\b"
			+ "[^.!?\\n]{0,80}(?=[.!,]? (?:so|and now|now),? (?:yeah,? )?(?:the (?:whole )?[\\w-]+ (?:was|is|feels|'s|were|are|aren'?t|"
			+ "isn'?t) (?:really |basically |just )?(?:a mess|a fail|rubbish|ruined|good enough|worthless|pointless|bad|awful|"
			+ "terrible|a disaster|a waste|a write-off|a failure)|it (?:was|feels|'s all)|that'?s all|all i)\\b)"
			+ "|\\b(?:but|and yet)[.,]? (?:that|the) one (?:[\\w-]+ )?(?:who|that|at the)\\b[^.!?\\n]{0,80}[.!]? ?(?:that'?s my|so i'?m|"
			+ "and that'?s|is all)";
}
