package org.servicemind.analysis.lexical;

/**
 * Phrasing families of the self-talk lexicon for verdicts stated plainly, without the marker words of the earlier
 * families (ninth round, 2026-12-02), one regex alternation per distortion type, joined by {@link SelfTalkRules} to
 * the earlier families. They cover a two-pole choice whose second pole is a verdict ("either I ... or I'm not"), a
 * small lapse made to stand for a whole ("if one ... I've failed the day", "a day with a callback in it is a bad
 * day"), a prediction sealed with a certainty tag ("..., I just know it", "that's a given"), bare insults with an
 * adjective ("Clumsy idiot.", "What an airhead."), a certainty read into others' moods, a group that "never" or "always" does
 * a thing "ever", blame taken with "so ... is really mine", duties set for a role ("a senior engineer should never
 * ..."), praise explained away ("she says that to everyone", "just politeness", "Fluke.") and a feeling offered as
 * proof without a comma ("felt thick so I probably was"). Every gap is bounded ({@code {0,n}} inside one sentence),
 * so matching stays linear in the text length. Patterns are original to ServiceMind and written over
 * {@link FoldedText} (lower case, straight apostrophes).
 */
final class SelfTalkPlainFamilies {

	private SelfTalkPlainFamilies() {
	}

	/** the start of a sentence, for verdicts written without a subject */
	private static final String START = "(?<=^|[.!?\\n] |[.!?] {2}|\\n)";

	/** the end of a sentence or clause after a bare verdict */
	private static final String END = "(?=[.!,]|$)";

	private static final String IM = "(?:i'?m|i am|im)";

	/** words that close an absolute rule or verdict */
	private static final String FULL_STOP = "(?:full stop|simple as(?: that)?|period|end of(?: story)?|no two ways about it|"
			+ "no excuses?)";

	/** an insult a writer may throw at themselves or others, with an adjective or alone */
	private static final String INSULT_NOUN = "(?:cow|idiot|slob|cowboy|crank|lightweight|scatterbrain|airhead|attention-seeker|"
			+ "amateur|lump|dunce|menace|goldfish|control freak|people-pleaser|drone|snob|slowpoke|hothead|dimwit|"
			+ "wet blanket|doormat|sad sack|deadbeat|fool|twit|clot|oaf|dinosaur)";

	private static final String BAD_ADJECTIVE = "(?:clumsy|thoughtless|useless|sloppy|lazy|careless|unprofessional|pathetic|"
			+ "hopeless|stupid|thick|dozy|dim|incompetent|gormless|spineless|selfish|clueless|rude|slow|forgetful|total|"
			+ "utter|complete|absolute|proper|such an?)";

	/** adjectives that judge a person's character or worth rather than a skill or a moment */
	private static final String PERSON_ADJECTIVE = "(?:useless|stupid|clumsy|thoughtless|lazy|pathetic|incompetent|hopeless|"
			+ "sloppy|careless|selfish|spineless|gormless|dozy|dumb|arrogant|entitled|unprofessional|feckless|ignorant|brainless|"
			+ "witless|worthless)";

	/** nouns for a person, which a judging adjective turns into a label */
	private static final String PERSON_NOUN = "(?:idiot|cow|git|sod|lump|slob|person|agent|fool|me|woman|man|girl|boy|bloke|"
			+ "creature|oaf|twit|moron|prat|muppet|failure|loser|clown|nitwit|numpty|worker|colleague|writer|lead|manager|"
			+ "human|human being|mother|father|mum|dad|wife|husband|friend|employee|newbie|rookie|trainee|excuse for an? [\\w-]+)";

	static final String ALL_OR_NOTHING = "\\beither (?:i|i'?m|we|we'?re|you|you'?re|it'?s)\\b[^.!?\\n]{1,80}?\\bor (?:i|i'?m|"
			+ "we|we'?re|you'?re|it'?s|there'?s)\\b(?:,? (?:honestly|just|simply|basically|clearly|obviously|really))?"
			+ " (?:not\\b(?! (?:going|sure|able|yet|at all)\\b)|done(?: here)?(?=[.!,]|$)|no point|should (?:quit|leave|give up|resign)|shouldn'?t\\b|might as well|"
			+ "admit|(?:a |an )?(?:failure|fraud|filler|useless|nothing|wrong|rubbish)\\b|(?:i'?ve |have )?let)"
			+ "|\\bif\\b[^.!?\\n]{0,80}?\\b(?:i'?ve|we'?ve|i have|i) (?:basically |completely |totally )?(?:failed|let (?:[\\w-]+ ){1,3}down)"
			+ "(?! to\\b)"
			+ "|\\bor (?:i'?ve|we'?ve|i have) (?:basically )?(?:failed|let (?:[\\w-]+ ){1,3}down)\\b"
			+ "|\\bone (?:bad |wrong |single |little |tiny )?[\\w-]+\\b[^.!?\\n]{0,40}?\\b(?:and|means|=) (?:now )?(?:the whole|my whole|"
			+ "everything|all)\\b(?![^.!?\\n]{0,30}\\b(?:feels?|seems?)\\b)[^.!?\\n]{0,30}?\\b(?:ruined|failed|wasted|pointless|a write-?off|a failure|for nothing)\\b"
			+ "|\\bif\\b[^.!?\\n]{0,60}?,? (?:then )?(?:the |my )?whole [\\w-]+(?:'s| is| was) (?:a failure|a write-?off|ruined|"
			+ "wasted|pointless|failed|gone)\\b"
			+ "|\\b(?:not good enough|not cut out for [\\w ]{1,20}?|doesn'?t work|(?:i'?ve |i have )?failed(?: the [\\w-]+)?|"
			+ "let (?:[\\w-]+ ){1,3}down|a (?:bad|failed|wasted) [\\w-]+|no good|pointless|useless|it'?s wrong),? " + FULL_STOP + END
			+ "|\\ban? [\\w-]+ with (?:any|an?|one|even one) [\\w -]{1,30}? (?:in it )?(?:is an? (?:bad|failed|wasted|ruined)|isn'?t an? good)\\b"
			+ "|\\b(?:zero|no|perfect|100%|every)\\b[^.!?\\n]{0,30}?\\bor (?:it'?s|it is|that'?s) (?:a )?(?:bad|fail|failure|wasted|"
			+ "write-?off|pointless|ruined)\\b"
			+ "|\\bso,? (?:basically |really |yeah,? )?(?:a failure|a fail|a write-?off|a waste|a disaster),? then(?=[.!]|$)"
			+ "|\\bso,? (?:basically|really|honestly),? (?:the |my |this |that )?(?:whole |entire )?[\\w-]+ (?:was|is|'s) "
			+ "(?:a write-?off|a waste|a failure|wasted|pointless|ruined)\\b"
			+ "|\\bso (?:i|we) (?:helped nobody|didn'?t do anything (?:useful|right|good))\\b"
			+ "|\\bmight as well have (?:missed|failed|skipped|lost|done) (?:everything|nothing|all of (?:it|them))\\b"
			+ "|\\b(?:is|counts as|=) an? (?:fail|failure|loss|zero) in my (?:book|eyes|head)\\b"
			+ "|\\b(?:one|a single) (?:typo|mistake|error|slip|complaint)\\b[^.!?\\n]{0,30}?\\bso (?:it'?s|the whole [\\w-]+ is) "
			+ "(?:ruined|worthless|useless|pointless|wasted)\\b";

	static final String CATASTROPHISING = "\\bthat'?s it,? (?:then,? )?(?:i'?m|we'?re|i am) (?:finished|done for|toast)\\b(?! (?:for|with|by|at|early|soon)\\b)"
			+ "|\\b(?:if|once|when)\\b[^.!?\\n]{0,80}?,? (?:i'?m|we'?re|i am) (?:finished|done for|toast)\\b(?! (?:for|with|by|at|early|soon)\\b)"
			+ "|\\b(?:lose|lost) (?:the|my|our) (?:job|flat|house|home|site|contract)(?:,? then| and)? (?:the|my|our) (?:flat|house|"
			+ "home|car|kids)\\b"
			+ "|\\b(?:that'?s|there goes) my (?:probation|job|career|contract|bonus|promotion)(?: over| gone| done)?(?=[.!,]|$)"
			+ "|\\b(?:the whole (?:place|thing|team|company|site)|everything|it all) (?:will |'ll |is going to |would )?(?:falls?|"
			+ "fall) (?:apart|down|to pieces)\\b"
			+ "|\\b(?:then|and) (?:it all|everything) goes (?:wrong|downhill) from there\\b"
			+ "|\\b(?:end up|be) (?:evicted|homeless|on the street|job hunting)\\b"
			+ "|\\bno (?:reference|job|work|career) (?:ever|anywhere|again)\\b"
			+ "|\\bsomeone (?:will|'ll|could|might) (?:die|get hurt|be hurt)\\b"
			+ "|\\b(?:on special measures|(?:they'?ll|they will|going to) close the (?:site|office|centre|center|desk|branch|practice))\\b"
			+ "|\\b(?:it'?ll|it will|that'?ll) be the end of (?:the|my|our) (?:contract|job|career|account|team)\\b"
			+ "|\\bthen (?:i'?ll|we'?ll|i|we) (?:lose|lost) (?:the|my|our) (?:job|flat|house|home|contract)\\b";

	static final String FORTUNE_TELLING = "\\b(?:[a-z]+'ll|will|won'?t|going to|gonna)\\b[^.!?\\n]{0,80}?(?:,|;| -| and) (?:i (?:just |already )?know"
			+ "(?: it)?|i can tell(?: already)?|i'?m (?:certain|sure) of it|that'?s a given|bet you anything|i guarantee it|"
			+ "count on it|no doubt about it|i know how these things go)" + END
			+ "|" + START + "(?:bound to|bet you anything|that'?s a given|won'?t get it|not going to get it)" + END
			+ "|\\b(?:whatever|anyway),? (?:i'?m|i am) not (?:going to get|getting) (?:it|the [\\w-]+|picked|through)" + END
			+ "|\\b(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to|'re going to) (?:\\w+ )?(?:hate|scream at|shout at|"
			+ "yell at|laugh at|eat me alive|tear me apart|pick holes|find worse|find something|be furious|be livid|go elsewhere|"
			+ "decide i'?m|say i'?m|see me as|tell me (?:they'?re|it'?s) (?:terminating|over|ending))\\b"
			+ "|\\b(?:i'?ll|i will|i'?m going to) (?:be )?(?:out of my depth|gone by|have to quit|the (?:first|next|\\w+th) (?:one )?"
			+ "(?:to|they|he|she))\\b"
			+ "|\\b(?:i'?m being|they'?re) (?:let go|letting me go|getting rid of me|managing me out)\\b"
			+ "|\\b(?:it'?ll|it will) (?:definitely|certainly|obviously) (?:die|break|fail|crash|go wrong)\\b"
			+ "|\\b(?:everyone|everybody) knows it'?s going to\\b"
			+ "|\\bi (?:just |already )?know (?:they|he|she|it|this|that|we|i)(?:'re going to|'s going to|'ll| will| are going to"
			+ "| is going to|'m going to| won'?t)\\b(?=[^.!?\\n]{0,50}\\b(?:drop|fail|wrong|bad|badly|hate|tank|disaster|awful|terrible|"
			+ "reject|worse|lose|mess|crash|break|complain|never)\\b)"
			+ "|\\b(?:it'?s|this is|that'?s|he'?s|she'?s|they'?re) (?:definitely |obviously |so )?going to (?:go wrong|fail|blow up|"
			+ "be a disaster|tank|fall apart|backfire|end badly|get dropped|break)\\b";

	static final String LABELLING = START + "(?:what an? |such an? |total |complete |utter )?" + PERSON_ADJECTIVE + ",? (?:"
			+ PERSON_ADJECTIVE + " )?" + PERSON_NOUN + "(?: i am)?" + END
			+ "|\\b(?:i'?m|he'?s|she'?s|they'?re|you'?re) (?:such |just |basically )?an? (?:total |complete |utter )?"
			+ PERSON_ADJECTIVE + " " + PERSON_NOUN + "\\b"
			+ "|" + START + "(?:" + BAD_ADJECTIVE + " )?" + INSULT_NOUN + "(?: of the (?:team|floor|"
			+ "office|group|cohort|class))?" + END
			+ "|" + START + "(?:what|such) an? (?:" + BAD_ADJECTIVE + " )?(?:" + INSULT_NOUN + "|[\\w-]+ writer|[\\w-]+ agent)" + END
			+ "|\\bi (?:probably |really )?am an? (?:drone|" + INSULT_NOUN + ")\\b"
			+ "|\\b(?:some (?:folk|folks|people|of them|of the \\w+)(?: (?:in|on|at|from) [\\w-]+)?|they|the \\w+ on \\w+) (?:are|is) (?:all )?(?:just |basically |simply )?"
			+ "(?:lazy|thick|stupid|idiots|useless|clueless|morons|time-?wasters|drunk time-?wasters|animals)\\b"
			+ "|\\b(?:he|she)'?s (?:just |so |completely |totally )?(?:hopeless|a snob|useless|clueless|an idiot),? (?:honestly|really|"
			+ "basically)\\b"
			+ "|\\bwell,? (?:he|she)'?s an? " + INSULT_NOUN + "\\b"
			+ "|\\bthe (?:lazy|useless|clueless|rude|ungrateful) lot" + END
			+ "|\\byou'?re (?:so |just |completely )?(?:hopeless|useless|pathetic) (?:with|at)\\b"
			+ "|\\b" + INSULT_NOUN + " it is" + END;

	static final String MIND_READING = "\\b(?:he|she|they) (?:clearly|obviously) (?:can'?t stand|wants? me|hates?|resents?|doesn'?t (?:like|rate|want|trust)|"
			+ "regrets?|is sick of|thinks?)\\b"
			+ "|" + START + "(?:clearly|obviously) (?:annoyed|fed up|irritated|wants me|hates|bored|judging|thinks)\\b"
			+ "|\\b(?:annoyed|angry|fuming|livid|fed up|furious|cross)\\b[^.!?\\n]{0,60}?,? obviously" + END
			+ "|\\b(?:i|you) can (?:already )?tell (?:from|by) (?:the way|her|his|their)\\b"
			+ "|\\bi can (?:already )?tell (?:[a-z]+ )(?:doesn'?t|don'?t|isn'?t|hates?|regrets?|thinks?)\\b"
			+ "|\\b(?:everyone|every \\w+|they|he|she|callers|customers) can (?:all )?tell (?:that )?(?:i'?m|i am)\\b"
			+ "|\\bwhich (?:means|must mean) (?:they|he|she|everyone) (?:all )?(?:hate|think|are annoyed|don'?t)\\b"
			+ "|\\b(?:was|were) (?:probably |definitely )?thinking '"
			+ "|\\bmade (?:her|his|their) minds? up (?:that|about me)\\b"
			+ "|\\b(?:already |probably |clearly )regrets? (?:picking|hiring|choosing|taking on|promoting) me\\b"
			+ "|\\bnobody (?:on|in) (?:this|the|my) [\\w-]+ rates me\\b"
			+ "|\\bi bet (?:he|she|they|everyone|the \\w+) (?:thinks?|thought|hates?|(?:is|are|was|were) (?:judging|laughing|annoyed|"
			+ "fuming|talking about me))\\b"
			+ "|\\b(?:he|she|they|everyone) (?:must|probably|definitely) (?:think|thinks|hate|hates|be (?:thinking|judging|annoyed|"
			+ "laughing|fed up|sick of))\\b"
			+ "|\\bi (?:just )?know (?:he|she|they|everyone) (?:thinks?|hates?|meant|blames?)\\b"
			+ "|\\b(?:was|is|were|are) (?:really|secretly|actually) thinking\\b"
			+ "|\\bbecause\\b[^.!?\\n]{1,60}?,? i could tell" + END;

	static final String OVERGENERALISATION = "\\b(?:nobody|no one|not (?:one|a single) [\\w-]+)(?: (?!has\\b|have\\b|had\\b|will\\b|would\\b)[\\w-]+){0,3}? "
			+ "ever (?!told\\b|said\\b|asked\\b)\\w+s\\b"
			+ "|\\b(?:[\\w-]+ )?never (?:works?|goes?|turns? out) (?:right |well |properly )?for me\\b"
			+ "|\\bi never get (?:anything|any|a single|first|things|it) [^.!?\\n]{0,30}?\\b(?:right|i ask for|i want)\\b"
			+ "|\\b(?:it'?s|that'?s|always) (?:always )?(?:going to be )?(?:the same|like (?:that|this)|how it (?:works|goes)) "
			+ "(?:with|for) me\\b(?!:)|\\b(?:it'?s|that'?s) the same with everything\\b"
			+ "|\\bnever\\b[^.!?\\n]{1,50},? ever" + END
			+ "|\\bevery (?:single )?(?:[\\w-]+) i (?:send|do|write|handle|take|make|touch)\\b[^.!?\\n]{0,30}?\\b(?:is full of|ends like|"
			+ "goes wrong|must come across|comes across)\\b"
			+ "|\\bevery time i [^.!?\\n]{1,40}?\\bit (?:ends|goes) (?:like this|wrong|badly)\\b"
			+ "|\\bevery (?:man|woman|person|customer|caller|client|clinician|manager) (?:[\\w-]+ ){0,4}?(?:who|that) [^.!?\\n]{1,30}?"
			+ "\\b(?:talks down|shouts|is rude|hates|ignores)\\b"
			+ "|\\b(?:they'?re|they are|customers|people|callers)(?: on here| here)? always (?:late|rude|hate|the same|like that)\\b"
			+ "|\\balways are" + END
			+ "|\\bi (?:forget|mess up|get wrong) everything\\b"
			+ "|\\b(?:new starters|new people|new hires|newbies) never\\b";

	static final String PERSONALISATION = "\\b(?:[a-z]+'s|is|are|was) (?:really|basically|obviously|squarely|definitely) "
			+ "(?:on me|my (?:mistakes?|fault|doing|mess))\\b(?! to\\b)|\\b(?:[a-z]+'s|is|are) (?:really|basically) mine\\b"
			+ "|\\bso (?:really |basically )?(?:the|that|this|his|her|their|every) [\\w ']{0,30}?(?:is|are|'s) (?:really |basically |"
			+ "all )?(?:on me|mine|my (?:mistakes?|fault|doing))\\b(?! to\\b)"
			+ "|\\b(?:sure|surely|must be|probably|obviously)\\b[^.!?\\n]{0,20}?\\b(?:that'?s|it'?s|it is|is) (?:all )?because (?:of )?"
			+ "(?:my|i|me)\\b"
			+ "|\\bbecause of my (?:one|single) \\w+"
			+ "|\\b(?:i'?m|i am) (?:the one who )?(?:letting|let) (?:everyone|everybody|them|her|him|the (?:[\\w-]+ ){0,2}?[\\w-]+) down\\b"
			+ "|\\bi set (?:him|her|them|the team) up to fail\\b"
			+ "|\\b(?:that'?s|it'?s|happened|was) on my watch\\b"
			+ "|\\b(?:feels? like|is) my mess\\b"
			+ "|\\bso (?:really )?i (?:started|caused|set off) (?:it|this|that|the whole)\\b";

	static final String SHOULD_STATEMENTS = "\\ban? (?:senior |proper |good |new |real )?(?:engineer|team lead|lead|reviewer|agent|"
			+ "manager|starter|professional|adviser|advisor|rep|nurse|supervisor|analyst|developer|teacher|technician|tech|"
			+ "consultant|specialist)s? (?:should|ought to|has to|must) (?:never|always|"
			+ "get (?:it|this|that|everything|things|this stuff) right|catch every|stay until|know (?:every|all|better))\\b"
			+ "|\\b(?:managers|colleagues|engineering|facilities|reviewers|leads|seniors|hr|ops|devs|developers) "
			+ "(?:should|shouldn'?t|need to|ought to)(?: have)? (?!be able\\b)\\w+"
			+ "|\\bshould\\b[^.!?\\n]{0,80}?[;,] (?:there'?s )?no excuses?\\b"
			+ "|\\bi shouldn'?t (?:ever|still|even) (?:be|have|need|feel|get)\\b"
			+ "|\\bi (?:have to|must|need to) (?:be the (?:calm|strong|perfect|best|reliable)|set the example)\\b"
			+ "|\\b(?:have|has) no business\\b"
			+ "|\\bi (?:have to|must) [^.!?\\n]{0,40}?\\b(?:every (?:minute|second|single)|within (?:\\w+ ){1,2}minutes|before anything "
			+ "else)\\b";

	static final String MENTAL_FILTER = START + "(?:probably )?only (?:because|cos|'cause|since) (?:i|they|he|she|it|the|we)\\b"
			+ "|\\b(?:happened|went (?:well|fine)|said|liked|thanked|passed) (?:\\w+ ){0,2}?only because\\b"
			+ "|\\b(?:so|but|which|and) (?:it |that |this )?(?:doesn'?t|does not) (?:really )?(?:mean (?:anything|much|a thing)|"
			+ "count for (?:much|anything))\\b"
			+ "|\\bbut (?:that|it) (?:doesn'?t|does not) (?:really )?matter\\b"
			+ "|" + START + "(?:means nothing|fluke|doesn'?t count|(?:doesn'?t|does not) (?:really )?mean (?:anything|much|a thing))" + END
			+ "|\\bis beside the point\\b|\\b(?:is|was) just (?:decoration|luck|a fluke|politeness|being (?:nice|polite|kind))\\b"
			+ "|\\b(?:says?|said) that to (?:everyone|everybody|anyone)\\b|\\bto soften the blow\\b"
			+ "|\\banyone (?:could|would)(?: have)?(?:" + END + "| (?:done it|shone|shine on it|got|managed it|passed))"
			+ "|\\bthat'?s the (?:\\w+ )?(?:bit|call|one|number|part|thing|score) that (?:counts|matters)\\b"
			+ "|\\bthe only (?:\\w+ )?(?:thing|number|one|score|bit|part) that (?:matters|counts)\\b"
			+ "|\\ball i (?:heard|noticed) was '|\\ball i can (?:think about|focus on)\\b|\\bcan only (?:focus on|think about|remember)\\b"
			+ "|\\b(?:are|is) all i'?m thinking about\\b|\\bwhat i'?ll be thinking about all\\b"
			+ "|\\bso (?:really |actually )?(?:i did a (?:crap|bad|rubbish|poor) job|i'?m failing|i didn'?t (?:really )?do it)\\b"
			+ "|\\bthat'?s the headline" + END
			+ "|\\b(?:\\d+|forty-odd|\\w+-odd) (?:calls|tickets|chats) went fine but\\b"
			+ "|\\bbut (?:it|that) was (?:just |only |probably )?(?:a fluke|luck|a one-off|pity)\\b"
			+ "|\\bbut (?:they|those|it|that) (?:were|was) (?:the |just the |only the )?easy (?:ones?|queue|calls|tickets|chats)\\b";

	static final String EMOTIONAL_REASONING = "\\b(?:i feel|i felt|feel|felt|feeling|stomach'?s? (?:is )?in knots|sinking feeling)"
			+ "\\b[^.!?\\n]{0,90}?,? so (?:[\\w']+ ){0,5}?(?!i'?ll\\b|i will\\b|i should\\b|i need\\b|i'?m going\\b)"
			+ "(?:must(?:'ve| have| be)|probably (?:was|am|is|were)|(?:it'?s|that'?s|i'?m|it was|something'?s) (?:obviously|clearly|"
			+ "definitely)|i know it'?s going to|it was an? [\\w-]+" + END + ")"
			+ "|\\bif i feel (?:this|so) [\\w-]+,? i (?:obviously |clearly |must |probably )+(?:am|be)\\b"
			+ "|\\bfeel so [\\w-]+\\b[^.!?\\n]{0,60}?\\bthat (?:i'?m|i am|they|it|he|she) (?:must|clearly|obviously|definitely|probably)\\b"
			+ "|\\b" + IM + " so [\\w-]+ that (?:they|he|she|it) must\\b"
			+ "|\\bi feel like\\b[^.!?\\n]{0,60}?\\band that'?s what (?:counts|matters)\\b"
			+ "|\\b(?:flustered|nervous|anxious|embarrassed|ashamed) means (?:i'?m |i am )?(?:incompetent|useless|bad|failing|guilty)\\b";
}
