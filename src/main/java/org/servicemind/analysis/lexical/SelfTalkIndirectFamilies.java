package org.servicemind.analysis.lexical;

/**
 * Phrasing families of the self-talk lexicon for indirect wording, one regex alternation per distortion type, joined
 * by {@link SelfTalkRules} to the patterns of {@link SelfTalkFamilies} and {@link SelfTalkInferenceFamilies}. They
 * cover verdicts that are implied rather than stated: a bare insult as a sentence of its own ("Fraud."), subjectless
 * duties ("Mustn't let anyone hear me sigh"), standards about what "real agents" or "grown adults" do, chains of
 * consequences ("..., then HR, then the door"; "mistakes become patterns, patterns become ..."), decoded silences
 * ("silence means she's annoyed", "that's code for ..."), a feeling offered as proof across a sentence break
 * ("Ashamed after that call. Must have been bad then."), and the one flaw that stands for the whole ("guess which one's
 * on a loop in my head"). Every family is bounded ({@code {0,n}} gaps inside one sentence), so matching stays linear
 * in the text length. Patterns are original to ServiceMind and written over {@link FoldedText} (lower case, straight
 * apostrophes).
 */
final class SelfTalkIndirectFamilies {

	/** the start of a sentence, for verdicts written without a subject */
	private static final String START = "(?<=^|[.!?\\n] |[.!?] {2}|\\n)";

	/** an insult a writer may throw at themselves as a sentence of its own */
	private static final String INSULT = "(?:weak|pathetic|useless|hopeless|incompetent|lazy|fraud|loser|idiot|clown|slob|"
			+ "dinosaur|coward|failure|muppet|disgrace|embarrassment|liability|dead weight|jobsworth|amateur|"
			+ "spineless|moron|numpty|imbecile|defective|a mess|a wreck|a joke|the weak link)";

	private static final String WILL = SelfTalkFamilies.WILL;

	private static final String PEOPLE = SelfTalkFamilies.PEOPLE;

	static final String LABELLING = START + "(?:total |complete |utter |absolute |such an? |proper |an? |just )?"
			+ "(?:total |complete |utter |absolute )?" + INSULT + "(?=[.!,]|$)"
			+ "|" + START + "(?:clearly|obviously|basically|just) (?:just )?an? (?:loser|failure|fraud|idiot|joke|clown|"
			+ "nobody|liability|waste of space)\\b"
			+ "|" + START + "an? (?:failure|loser|joke|nobody|has-been|fraud) at \\d+\\b"
			+ "|\\bwhat (?:am i|good am i|use am i) (?:even |actually |really )?(?:for|good for)\\b"
			+ "|\\b(?:i'?m|i am|im) (?:basically |just |clearly |honestly |obviously )?(?:no use|of no use|no good to anyone|"
			+ "dead weight|a liability|a spare part|surplus to requirements)\\b"
			+ "|\\bi must be (?:defective|broken|faulty|useless|stupid|thick|lazy|weak|incompetent|hopeless|an idiot)\\b"
			+ "|\\b(?:call me what i am|that'?s (?:who|what) i am(?: now)?|that'?s me|i'?m|i am):? the (?:weak link|unreliable one|"
			+ "useless one|slow one|problem child|liability|dead weight|idiot|screw-?up)\\b"
			+ "|\\b(?:proper|right|total|complete|utter) (?:little )?(?:jobsworth|muppet|clown|numpty|loser|fraud|coward|"
			+ "tyrant|bully|dinosaur)\\b"
			+ "|\\b(?:entitled|lazy|useless|clueless|hopeless|rude|idiots|morons|ungrateful),? (?:the )?(?:lot|whole lot|"
			+ "pack) of (?:them|'em)\\b"
			+ "|\\b" + PEOPLE + " (?:is|are|'s|'re) (?:an? )?(?:total |complete |utter |absolute )?(?:tyrants?|bull(?:y|ies)|"
			+ "snakes?|control freaks?|monsters?|clowns?|dinosaurs?)\\b"
			+ "|" + START + "an? (?:lousy|useless|terrible|rubbish|crap|awful|hopeless|pathetic|sorry) one(?=[.!]|$)"
			+ "|\\bsome (?:expert|agent|pro|professional|team ?lead|mentor|trainer|friend|colleague|role model) i am\\b"
			+ "|\\b(?:just|only) me who (?:can'?t|cannot|doesn'?t|never)\\b"
			+ "|\\b(?:loser|idiot|rookie|amateur|clown|muppet|coward|numpty) move\\b"
			+ "|\\b(?:i'?m|im|i am) the (?:guy|girl|one|person|agent|idiot|muppet) who (?:always|never|can'?t|keeps)\\b"
			+ "|\\bthere'?s (?:the|those) [^.!?\\n]{1,40}\\band then there'?s me\\b";

	static final String ALL_OR_NOTHING = "\\bcounts? for (?:nothing|zero|nil|nowt|nothing at all)\\b"
			+ "|\\b(?:if|unless|when)\\b[^.!?\\n]{0,60}\\b(?:i'?m|i am|im|then i'?m) (?:basically |just |officially |already )?"
			+ "(?:nowhere|no use|slacking|doing it wrong|a nobody)\\b"
			+ "|\\bor (?:i'?m|im|i am) (?:basically |just |already )?(?:doing it wrong|slacking|failing|nowhere|nothing|a failure|behind)\\b"
			+ "|\\b(?:means|=) (?:i'?ve|i have|i) (?:failed|lost|blown it)\\b"
			+ "|\\b(?:might|may) as well (?:be|have been) (?:zero|\\d+|nothing|none|a fail|a zero|an f)\\b"
			+ "|\\bmight as well have (?:\\w+ )?(?:none|nothing|zero)\\b"
			+ "|\\banything (?:short of|less than|under|below) (?:a |an )?(?:perfect|100|a hundred|hundred|full|flawless|top|"
			+ "five stars|\\d+%)"
			+ "|\\beither\\b[^.!?\\n]{1,60}\\bor (?:none|nobody|no one|nothing|there'?s no point|she isn'?t|he isn'?t|"
			+ "they aren'?t|it isn'?t)\\b"
			+ "|\\beither\\b[^.!?\\n]{1,30}\\b(?:completely|totally|fully|100%|all the way)\\b[^.!?\\n]{0,12}\\bor\\b"
			+ "|\\b(?:i'?d|i would|i'?ll|gonna|i) (?:call|count|file|put|chalk) (?:it|that|this|today|the \\w+) (?:down |up )?"
			+ "(?:as )?(?:a )?(?:fail|failure|loss|write-off|flop|washout)\\b"
			+ "|\\bwhole (?:\\w+'s )?(?:\\w+ )?(?:is|are|was|were) (?:trash|garbage|ruined|rubbish|worthless|pointless|wasted|a write-off)\\b"
			+ "|\\b(?:basically|so|just|really) (?:doesn'?t|does not|didn'?t|won'?t) count\\b"
			+ "|\\bwhole \\w+ (?:ruined|wasted|destroyed|binned|a write-off)\\b"
			+ "|" + START + "(?:totally |completely )?ruined (?:it|the lot|everything|the whole thing)(?=[.!]|$)"
			+ "|\\b(?:feels? like|basically|effectively|so) (?:zero|no) progress\\b"
			+ "|\\b(?:i'?m|i am) (?:either )?good (?:on|at) [^.!?\\n]{1,20} or (?:i'?m )?(?:hopeless|useless|rubbish|terrible)\\b"
			+ "|\\bno middle (?:bit|ground|way)\\b"
			+ "|\\b(?:the )?(?:whole|entire) (?:\\w+ ){1,5}?never happened\\b"
			+ "|\\b(?:it'?s|everything'?s|everything is) all (?:tainted|ruined|spoiled|spoilt|contaminated)\\b"
			+ "|\\bmight as well (?:redo|scrap|bin|start over|restart) (?:the whole|everything|all)\\b";

	static final String SHOULD_STATEMENTS = "\\bi (?:have to|need to|'ve got to|must|gotta) (?:handle|do|fix|manage|cope with|"
			+ "sort|carry) (?:it|this|everything|things|all of it|the lot|the (?:whole |entire )?\\w+) (?:all )?(?:alone|myself|on my own|by myself)\\b"
			+ "|\\bnever again will i\\b|\\bthat'?s the (?:bare )?(?:minimum|basic) standard\\b"
			+ "|\\b(?:people|customers|callers|colleagues|everyone|new hires|the new hires|they|the team|clients) (?:must|have "
			+ "got to|'ve got to|ought to) (?:be (?:polite|grateful|nice|respectful|patient|reasonable|on time)|reply|respond|"
			+ "answer|know|listen|respect|understand)\\b"
			+ "|\\bshould (?:already|by now|really) (?:know|be able|have learned|have learnt|understand)\\b"
			+ "|\\bno (?:complaining|moaning|crying|whinging|whining|excuses|slacking|mistakes) allowed\\b"
			+ "|\\bought to be (?:grateful|thankful|happy|able to)\\b"
			+ "|\\bshould(?:'ve| have),? should(?:'ve| have)\\b"
			+ "|\\b(?:i'?ve got to|i have to|i need to|i must|gotta|got to|need to) (?:toughen up|man up|harden up|grow a "
			+ "thicker skin|get a grip|pull myself together|stop being (?:so )?(?:soft|weak|sensitive|emotional|pathetic))\\b"
			+ "|\\b(?:professionals|real agents|grown adults|grown-ups|proper agents|good agents|real professionals|"
			+ "(?:the )?calm ones|strong people|decent people) (?:don'?t|do not|never|always|keep|need|can)\\b"
			+ "|\\ba decent (?:team ?lead|manager|agent|colleague|person|mentor|supervisor) would\\b"
			+ "|\\bi'?m supposed to be (?:the )?(?:calm|strong|good|perfect|reliable|one who|better|unflappable)\\b"
			+ "|" + START + "mustn'?t (?:let|show|ever|be seen|look|sound|cry|complain|need)\\b"
			+ "|(?:" + START + "|\\b(?:i'?m|im|i am) )not allowed to (?:be|feel|get|have|make|cry|complain|need|take)\\b"
			+ "|\\bi (?:feel like i )?(?:shoulda|shouldve)\\b"
			+ "|\\bi need to be the (?:\\w+ )?(?:one|agent|person|lead|colleague) who (?:never|always)\\b"
			+ "|\\bi (?:need|have) to be (?:\\w+ )?(?:every single|on every|all the time|always)\\b";

	static final String OVERGENERALISATION = "\\b(?:are|is) always (?:difficult|rude|late|wrong|angry|useless|a nightmare|"
			+ "impossible|awkward|the worst|broken|a problem)\\b"
			+ "|\\b(?:nothing|nobody|no one)\\b[^.!?\\n]{0,30}\\bever (?:works?|worked|goes? right|went right|cares?|happens?|"
			+ "helps?|changes?|listens?|gets?|got|wins?|improves?)\\b"
			+ "|\\b(?:nobody|no one) (?:in|around|at) (?:here|this \\w+|the \\w+) (?:cares?|listens?|helps?)\\b"
			+ "|\\bgood things (?:never|don'?t ever) happen\\b|\\bnever (?:get|gets) picked\\b"
			+ "|\\b(?:always|never)\\b[^.!?\\n]{0,30}\\bpeople like me\\b"
			+ "|\\b(?:i'?m|i am|im) (?:constantly|always|forever|perpetually) (?:snapping|messing|forgetting|failing|losing|"
			+ "dropping|apologising|apologizing|screwing|making mistakes|getting (?:it|things|stuff) wrong)\\b"
			+ "|\\bi never get (?:the |anything |it |things )?(?:\\w+ )?right\\b"
			+ "|\\b(?:slips?|goes wrong|go wrong|fails?|forget|mess(?:es)? up|wrong)\\b[^.!?\\n]{0,50}\\bevery (?:single )?time\\b"
			+ "|\\bsame as every time i\\b|\\b(?:anything|everything) i touch\\b"
			+ "|\\b(?:they'?re|are) all the same\\b|\\bno point ever \\w+ing\\b"
			+ "|\\b(?:useless|hopeless|rubbish|terrible|bad|awful)\\b[^.!?\\n]{0,40}\\b(?:always (?:have|has) been|and always will be)\\b"
			+ "|\\bhates? me and always will\\b|(?<=, )every single one\\b"
			+ "|\\b(?:late|broken|down|wrong|slow|failed|crashed|rain|raining|jammed|dead|ignored|frozen|lost) again, "
			+ "(?:\\w+ ){1,2}again\\b"
			+ "|\\ball (?:the |of the )?(?:[\\w-]+ ){0,2}(?:teams|customers|callers|managers|clients|agents|bosses|leads) (?:hate|are all|always|never)\\b";

	static final String MENTAL_FILTER = "\\b(?:only|just) (?:looked at|saw|see|read|remember|heard|hear|noticed|focus(?:ed)? on|"
			+ "care about|think about) the (?:one|1|2|single|bad|negative|low|mistake|complaint)\\b"
			+ "|\\bthe only (?:bit|part|thing|call|comment|line|one) i(?:'ll| will|'ve| have)? (?:remember|remembered|think about|"
			+ "hear|heard|see|keep thinking about|reread|noticed)\\b"
			+ "|\\bthat'?s the (?:headline|bit|part|line|comment|call|one|moment|thing) (?:in my head|i(?:'ve| have)? (?:reread|"
			+ "replayed|remember|keep replaying|keep hearing|can'?t stop thinking about)|on (?:a )?loop)\\b"
			+ "|\\b(?:the|one|a single|that) (?:one )?(?:'?\\w+'? )?(?:comment|mistake|slip|typo|review|complaint|remark|"
			+ "question|moment)\\b[^.!?\\n]{0,10}\\bmeans the (?:whole|entire)\\b"
			+ "|\\bbut\\b[^.!?\\n]{0,60}\\b(?:which|and that|that) (?:\\w+ )?(?:ruins|ruined|spoils|spoiled|spoilt|wrecks|kills) "
			+ "(?:the whole|everything|it all|the lot)\\b"
			+ "|\\bthe only (?:thing|bit|part|one) (?:in my head|i can think about|on my mind)\\b"
			+ "|\\bon (?:a )?(?:loop|repeat) in my head\\b|\\bguess which (?:one|comment|bit|call|part)\\b"
			+ "|\\b(?:still )?(?:stuck on|hung up on|picking at|dwelling on|chewing over) the (?:one|fact|single|only|bit|part|moment)\\b"
			+ "|\\bis (?:what|all) (?:the|my|this|today'?s) (?:week|day|shift|month|quarter|night|call|review|year) (?:was|is|"
			+ "amounts to|comes down to)\\b"
			+ "|\\bthat'?s (?:all|what) (?:the|my|this) (?:\\w+ )?(?:amounts to|comes down to)\\b|\\band that sums up\\b"
			+ "|\\bthat'?s the whole (?:night|day|week|shift|call|trip|party|event|review) (?:in my (?:memory|head)|ruined|gone)\\b"
			+ "|\\bis all i (?:keep )?(?:hear|hearing|see|seeing|think about|thinking about|remember|can think about)\\b"
			+ "|\\b(?:went|was|were) (?:really |so |pretty |mostly |largely |totally )?(?:well|great|fine|smoothly|lovely|"
			+ "good)\\b,? (?:except|until|apart from|other than|bar)\\b(?=[^\\n]{0,80}?\\b(?:ruined|fail|failure|flop|mess|"
			+ "the only|all i|headline|bin)\\b)"
			+ "|\\b(?:like a pro|perfectly|brilliantly|fine|well|great)\\b[^.!?\\n]{0,10}\\b(?:and|but|then) (?:i )?(?:flubbed|"
			+ "fluffed|messed up|botched|fumbled|blew|bombed) (?:the|one|a|just one)\\b"
			+ "|\\b(?:happy|fine|well|great|smoothly|good)\\b[^.!?\\n]{0,30}\\bbut\\b[^.!?\\n]{0,60}\\bso (?:the|it|today|the whole "
			+ "\\w+) (?:\\w+ )?(?:was|is) (?:a mess|a fail|a failure|ruined|rubbish|a flop|awful)\\b";

	static final String CATASTROPHISING = "\\bthen\\b[^.!?\\n]{1,30}\\bthen\\b[^.!?\\n]{1,30}\\bthen\\b"
			+ "|\\bthen\\b[^.!?\\n]{1,40}\\bthen\\b[^.!?\\n]{0,20}\\b(?:regulator|lawyers?|tribunal|the sack|the door|court|"
			+ "disciplinary|hr|the news|the papers)\\b"
			+ "|\\bstep (?:one|1)\\b[^.!?\\n]{0,60}\\bstep (?:two|2)\\b"
			+ "|\\bgoes\\b[^.!?\\n]{1,40}\\bgoes\\b|\\bbecomes?\\b[^.!?\\n]{1,30}\\bbecomes?\\b"
			+ "|\\bmeans [^.!?\\n]{1,40}, means\\b"
			+ "|\\b(?:means|becomes|leads to)\\b[^.!?\\n]{1,40}\\band (?:a |an |no |the )?(?:\\w+ ){1,2}?(?:means|becomes|leads to)\\b"
			+ "|\\b(?:lawyers|the sack|the papers|the news|the regulator|court|a tribunal) next\\b"
			+ "|\\b(?:that'?s|there goes) (?:the|my) (?:job|career|contract|account|bonus|promotion|reputation)(?: gone)?\\b"
			+ "(?! (?:some|most|sometimes|on some|really|though|isn'?t it|i signed up for)\\b)"
			+ "|\\bthe end of (?:my |the company'?s |our )(?:career|reputation|job|time here|contract|livelihood)\\b"
			+ "|\\b(?:drafting|writing) my (?:resignation|notice|cv)\\b"
			+ "|\\bno \\w+, no \\w+,? (?:and )?no (?:job|money|home|life|career|flat|house|friends|future|income)\\b"
			+ "|\\bthey(?:'ll| will)? replace me\\b|\\b(?:i'?m|i'?ll be) off for (?:weeks|months)\\b"
			+ "|\\b(?:i'?m|i'?ll be) (?:on a (?:performance plan|pip|final warning)|out of here|gone|fired|sacked) by\\b"
			+ "|\\bnothing left for (?:people like me|us|me)\\b"
			+ "|\\b(?:imagining|picturing|seeing|envisioning) (?:the whole|the entire|it (?:turn|turning) into|an? (?:\\w+ )?headline)\\b"
			+ "|\\b(?:contract|account|client|certification|funding|deal)\\b[^.!?\\n]{0,25}\\bgoes(?=[.!?\\n]|$)"
			+ "|\\b" + WILL + "\\b[^.!?\\n]{1,40}?\\b(?:[a-z]++'ll|will)\\b[^.!?\\n]{1,40}?\\b(?:[a-z]++'ll|will) (?:\\w+ ){0,2}?(?:lose|"
			+ "die|go dark|fire|sack|land on me|collapse|fall apart|cancel|walk)\\b";

	static final String FORTUNE_TELLING = "\\b" + WILL + " (?:definitely |probably |just |only |all |surely )?(?:go "
			+ "(?:badly|wrong|horribly|south|pear-shaped)|get (?:rejected|refused|turned down|declined|binned)|be (?:rejected|"
			+ "refused|turned down|declined|a shambles|chaos|lonely|miserable)|blame me|make it worse|mess (?:it |this |that )?"
			+ "up|screw (?:it |this )?up|flop|crack|find something|rate me (?:one|1|low)|call back angrier|land on my)\\b"
			+ "|\\bwon'?t (?:make it (?:past|through)|fit in|pass|get picked|be picked|be chosen|be approved|be on it|last)\\b"
			+ "|\\b(?:" + WILL + "|won'?t)\\b[^.!?\\n]{3,60},? (?:guaranteed|watch|mark my words|just you wait|for sure|"
			+ "i can see it now|like always|calling it now|you'?ll see)\\b|\\b(?:" + WILL + "|won'?t)\\b[^.!?\\n]{3,60},? 100%"
			+ "|\\bit just will\\b|\\bi know i (?:am|will)(?=[.!,]|$)|\\bi'?d (?:put money on|bet (?:money )?on)\\b"
			+ "|\\bno way (?:i|i'?ll|they'?ll|they|he|she|we|it)\\b (?:\\w+ ){0,3}?(?:pass|get|make|win|keep|land|survive|hit|"
			+ "finish|works?|approve|pick|choose|promote)\\b"
			+ "|\\b(?:no point(?: \\w+ing)?|why (?:even )?bother(?: \\w+ing)?)\\b[^.!?\\n]{0,12}\\b(?:they|it|he|she|i)'ll\\b"
			+ "|\\b" + WILL + " be (?:a |an )?(?:total |complete |absolute )?(?:train ?wreck|car crash|shambles|circus|dumpster fire)\\b"
			+ "|\\bi'?ll (?:be|end up) (?:unemployable|stuck here forever)\\b"
			+ "|\\b(?:going to|gonna|will) be like (?:that|this) forever\\b|\\bit'?ll always (?:go|be) like (?:that|this)\\b"
			+ "|\\b(?:it'?ll|it will|and it'?ll) stay that way\\b"
			+ "|\\bi can (?:already )?see (?:how )?(?:it|this|the \\w+) (?:going|goes|playing out|ending)\\b"
			+ "|\\bgonna get a (?:1|one|low|bad)\\b|\\bwon'?t ever (?:get|be picked|be chosen|change|improve)\\b|\\bi just know (?:he|she|they)'?(?:s|re|ll) (?:going to|gonna)\\b";

	static final String MIND_READING = "\\b" + PEOPLE + " (?:probably |must |clearly |obviously |definitely |secretly |all |"
			+ "already |just ){0,2}(?:reckons?|figures?|assumes?|decided|'?s decided|'?ve decided|'d decided|has decided|have "
			+ "decided) (?:that )?(?:i|i'?m|i'?ve|i'?d|me|my|it was bad)\\b"
			+ "|\\b(?:she|he|they|i knew they|i knew she|i knew he)'?(?:s|ve|d) (?:already |clearly |obviously |probably |all )?(?:decided|made up) (?:that )?(?:i|i'?m|i'?ll|i won'?t|me|my|it was|"
			+ "it'?s|(?:her|his|their) minds?)\\b"
			+ "|\\bi just know (?:he|she|they)'?(?:s|re)? (?:going to|gonna) (?:rate|mark|report|complain|judge|score)\\b"
			+ "|\\bfinds? me (?:annoying|boring|irritating|useless|slow|difficult|a pain|too much|stupid|weird|awkward|pushy)\\b"
			+ "|\\bmade up (?:her|his|their) minds? about me\\b"
			+ "|\\b" + PEOPLE + "(?:'?s|'?ve|'?re| has| have)? been waiting for me to (?:slip|fail|mess|screw|trip)\\b"
			+ "|\\b" + PEOPLE + " (?:probably|must have|must've|definitely|all) (?:heard|noticed|saw|seen|clocked|spotted) (?:me|my|how|that i)\\b"
			+ "|\\b(?:clear|obvious) (?:that )?(?:he|she|they)'?(?:s|re|ve)? (?:already )?(?:heard|decided|thinks?|knows?|"
			+ "hates?|judging|annoyed)\\b"
			+ "|\\b(?:bet|i bet|i'?d bet|i reckon|pretty sure|i just know|clearly|obviously) (?:that )?" + PEOPLE
			+ " (?:thinks?|reckons?|hates?|can'?t stand|doesn'?t (?:want|like|rate|trust)|(?:is|'s) (?:annoyed|fed up|sick of|"
			+ "disappointed|judging)|(?:has|'s) heard)\\b"
			+ "|\\b(?:she|he|they)'?(?:s|re)? (?:obviously|clearly|definitely|probably|must be|secretly) (?:fed up|sick of|annoyed|unhappy|angry|mad|upset|cross|against me|out to get me|"
			+ "waiting for me to|irritated|disappointed|bored of|embarrassed|judging|laughing at|looking for another|talking about me|building a case)\\b"
			+ "|\\b(?:that'?s|it'?s|this is) code for\\b|\\btranslation:|\\bsays it all about (?:me|where i stand)\\b"
			+ "|\\bsilence (?:means|says)\\b"
			+ "|\\b(?:tells you|says (?:it all|a lot|everything)|shows you) (?:about )?(?:where i (?:rank|stand|am)|what (?:she|he|"
			+ "they) (?:think|thinks) of me)\\b"
			+ "|" + START + "(?:must'?ve|must have|probably|clearly|obviously) (?:decided|figured|thought|concluded) (?:that )?"
			+ "(?:i'?m|i am|i)\\b"
			+ "|\\bso (?:the|his|her|their) (?:thanks|smile|praise|compliment|kindness|laugh|feedback) (?:was|were|is) "
			+ "(?:fake|forced|put on|for show|just politeness|a lie)\\b"
			+ "|\\b(?:obvious|clear|know exactly|could tell|can guess) what (?:she|he|they) (?:made|thought|think|makes|thinks) of (?:me|my)\\b"
			+ "|\\bon (?:some|a|her|his|their) (?:\\w+ )?list in (?:her|his|their) heads?\\b"
			+ "|\\bclearly (?:prefers|likes|favours|favors|rates|trusts) (?:him|her|them)\\b"
			+ "|\\b(?:pity|fake|forced) (?:laugh|smile)\\b"
			+ "|\\b(?:he|she|they)(?:'s| is| was| were|'re| are| meant| thought| thinks)\\b[^.!?\\n]{0,50}\\b(?:i'?m sure of it|no doubt about it|i could tell|i can tell|i just know it)\\b"
			+ "|\\b(?:they|people|everyone) must (?:talk|be talking|gossip|laugh|be laughing|hate|be judging)\\b"
			+ "|\\b(?:clearly|obviously) (?:didn'?t|doesn'?t|don'?t) (?:think|rate|like|want|trust|care)\\b"
			+ "|\\b(?:he|she|they) (?:clearly|obviously|definitely|must have|must've) (?:thought|thinks|decided|judged)\\b"
			+ "|\\b(?:prob|probably|prolly|must) think (?:i'?m|im|i am)\\b";

	static final String PERSONALISATION = "\\bi (?:\\w+ )?(?:wound|set|broke|caused|jinxed|triggered|started|made)\\b[^.!?\\n]{0,25}\\bsomehow\\b"
			+ "|\\bmy doing\\b|\\bi (?:jinxed|set (?:it|this|that|the \\w+) off)\\b"
			+ "|\\b(?:must be|must have been|must've been|probably) because (?:i|of me|of my)\\b"
			+ "|\\b(?:the blame|it all|all of it) (?:sits|lies|falls|lands|rests) (?:with|on) me\\b|\\bit'?s really on me\\b"
			+ "|" + START + "on me(?=[.!]|$)"
			+ "|\\bi'?m (?:probably |the one )?(?:bringing|dragging) (?:the \\w+|everyone|everybody|the team|them|it) down\\b"
			+ "|\\bwhatever i (?:said|did)\\b[^.!?\\n]{0,25}\\b(?:must have|must've|probably)\\b"
			+ "|\\bi (?:probably|obviously) (?:didn'?t|did not|never) (?:\\w+ ){1,3}?enough\\b"
			+ "|\\bthat'?s (?:the (?:gap|reason|difference|cause)|why) right there\\b"
			+ "|\\b(?:the universe|life|the world|fate|the gods|the tech gods) (?:clearly |obviously |just )?(?:has it in for me|"
			+ "hates me|is against me|is out to get me)\\b"
			+ "|\\blooking for what i did\\b|\\bcan'?t shake the (?:idea|feeling|thought) (?:that )?i\\b";

	static final String EMOTIONAL_REASONING = "\\b(?:feel(?:ing|s)?|felt|dread(?:ing)?|ashamed|anxious|nervous|scared)\\b"
			+ "[^\\n]{0,60}?(?:[.,;] |\\b(?:so|which|that) )(?:it has to be|it must be|there must be|must have been|can'?t have "
			+ "gone|clear sign|sure sign|which tells|tells (?:me|you)|that must mean|must mean|so i must be|means i'?m|(?:i'?ve|i have) (?:probably|obviously)|it'?s (?:obviously|"
			+ "clearly|definitely)|means it'?s)\\b"
			+ "|\\b(?:i'?m|i am) (?!going\\b|gonna\\b|about\\b)[^.!?\\n]{1,40}, i (?:can|could) (?:just )?(?:feel|sense) it\\b|\\bi (?:just )?feel it in (?:the|my)\\b"
			+ "|\\b(?:that|this|the|my) (?:feeling|gut feeling|gut|dread|hunch) (?:must|has to|surely) (?:mean|be right|be telling)\\b"
			+ "|\\b(?:so|this|too) (?:tense|nervous|anxious|scared|worried|stressed|on edge|jittery|uneasy|wound up|panicky)\\b[^.!?\\n]{0,40}"
			+ "\\bthat (?:i (?:just )?know|it must|there must|it has to)\\b"
			+ "|\\bmy gut (?:says|tells me|is telling me|knows)\\b|\\bfeeling\\b[^.!?\\n]{0,40}\\btells me\\b"
			+ "|\\bso (?:they|it|he|she|i) (?:probably|must|obviously) (?:are|is|am|do|does|did)(?=[.!]|$)";

	private SelfTalkIndirectFamilies() {
	}
}
