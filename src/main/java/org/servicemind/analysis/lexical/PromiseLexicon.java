package org.servicemind.analysis.lexical;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words and patterns that mark a promise in a support reply, and those that take it back. Own wording, written from
 * how agents phrase promises (first-person future, "let me", "you'll receive", "expect", a named colleague or team,
 * a passive with a deadline), not taken from any corpus.
 */
final class PromiseLexicon {

	private static final String HEDGE_WORDS = "might|may|could|perhaps|maybe|possibly|probably|hopefully"
			+ "|ideally|should|try to|try and|attempt to|hope to|hoping to|aim to|aiming to|do my best|do our best"
			+ "|if possible|if i can|if we can|if time allows|if i get a chance|if i have time|not sure|unsure"
			+ "|unlikely|usually|typically|normally|generally|tend to|in most cases|as a rule|can't promise"
			+ "|cannot promise|can't guarantee|cannot guarantee|no guarantee|not promise|not guarantee|not able to"
			+ "|unable to|would like to|can't say|cannot say|no way to|wish i could|wish we could|automatically"
			+ "|nobody|no one|none of|i hope|we hope|hope that|i think|i believe|i guess|i suppose|i reckon"
			+ "|not certain|all going well|all being well|if all goes well|fingers crossed|touch wood|god willing"
			+ "|with any luck|with luck|barring|all things being equal|reckons|according to|apparently|supposedly"
			+ "|they confirmed|they've confirmed|they have confirmed|they told me|they've told me|they said that"
			+ "|they said the|they said it";

	/** "I'll", "we will", "I'm going to", "we promise to", "count on me to". */
	static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:(?:i|we)(?:'ll|\\s+will|\\s+shall|'m going to"
			+ "|\\s+am going to"
			+ "|'re going to|\\s+are going to|'m gonna|\\s+am gonna|'re gonna|\\s+promise to|\\s+commit to)"
			+ "|(?:count|rely) on (?:me|us) to)(?![a-z'])");

	/** Words that may open a reply before a subject-less "will": "yep will do it today", "ok, thanks, will call". */
	private static final String INTERJECTIONS = "ok|okay|yep|yes|yeah|yup|sure|right|noted|np|cool|no worries|no problem|absolutely|of course|certainly|thanks|thank you|great|got it|understood|done|hi|hey|hello";

	/**
	 * Subject-less future: "... and will update you", "..., will chase tomorrow", or a reply opening "Will call you at
	 * 3." or "yep will call you at 3" (then group 1 is set).
	 */
	static final Pattern ELLIPTIC = Pattern.compile("((?<=^\\s{0,3})|(?<=^\\s{0,3}(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s{1,3})"
			+ "|(?<=^\\s{0,3}(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s{1,3}(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s{1,3}))?"
			+ "(?:(?<=^\\s{0,3})|(?<=^\\s{0,3}(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s{1,3})|(?<=^\\s{0,3}(?:"
			+ INTERJECTIONS + ")[,!.]{0,3}\\s{1,3}(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s{1,3})|\\b(?:and|then|but)\\s+"
			+ "(?:also\\s+)?|(?<=[a-z]),\\s*)(?:will|shall)(?=\\s)");

	/** A clause that opens with interjections and a subject-less "will": "no worries, will". */
	static final Pattern INTERJECTIONS_THEN_WILL = Pattern.compile("\\s*(?:(?:" + INTERJECTIONS + ")[,!.]{0,3}\\s*){1,2}"
			+ "(?:will|shall)");

	/** "let me check": the verb follows. */
	static final Pattern LET_ME = Pattern.compile("\\b(?:let me|lemme)(?=\\s)");

	/** "I'm escalating this now": group 1 is the -ing verb. */
	static final Pattern PROGRESSIVE = Pattern
		.compile("\\b(?:i'm|i am|we're|we are)\\s+(?:now\\s+|also\\s+|currently\\s+|just\\s+)?([a-z]+ing)\\b");

	/** "you'll receive", "you will hear from us": group 1 is the verb. */
	static final Pattern YOU_RECEIVE = Pattern.compile("\\byou(?:'ll|\\s+will|'re going to|\\s+are going to)\\s+"
			+ "(?:also\\s+|then\\s+|definitely\\s+|certainly\\s+)?(receive|get|have|hear|see|be\\s+(?:receiving|getting"
			+ "|hearing|contacted|called|refunded|credited|reimbursed|notified|sent|emailed|updated))\\b");

	/** "expect an update", "you can expect a call". */
	static final Pattern EXPECT = Pattern.compile("(?:^\\s*|[,;:(]\\s*|\\b(?:please|kindly|so|and|then|you can"
			+ "|you'll|you will)\\s+)"
			+ "expect\\s+(?:a|an|the|your|to|our|my|it|them|delivery|confirmation|updates?|news|calls?|emails?|feedback"
			+ "|resolution|responses?|replies|reply|answers?|refunds?|payment|callback|tracking|word|results?)\\b");

	/** "our billing team will", "someone from support will", "a technician is going to". */
	static final Pattern ORG = Pattern.compile("\\b(?:(?:someone|somebody)(?:\\s+(?:from|in|on|at)\\s+(?:our\\s+"
			+ "|the\\s+)?"
			+ "[a-z-]+(?:\\s+(?:team|department|desk))?)?|(?:our|the|a|an|one of our|my|one of my)\\s+(?:[a-z-]+\\s+){0,2}?"
			+ "(?:team|department|dept|technician|tech|engineer|specialist|colleague|manager|supervisor|agent|rep"
			+ "|representative|advisor|adviser|expert|desk|office|crew|staff|accounts|billing|support|warehouse"
			+ "|installer|fitter|coordinator|centre|center|member|handler|assessor|adjuster|consultant|surveyor"
			+ "|driver|nurse)(?:,?\\s+[a-z]+,?)?)(?:'ll|\\s+will|\\s+shall|\\s+is going to|\\s+are going to)(?![a-z'])");

	/** "our &lt;anyone&gt; will": the agent's organisation as subject; counts only with a known action verb. */
	static final Pattern OUR_ANYONE = Pattern.compile("\\bour\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+(?:'ll|\\s+will|\\s+shall"
			+ "|\\s+is going to"
			+ "|\\s+are going to)(?![a-z'])");

	/** Subjects after "our" that the agent does not control or that are things, not people. */
	static final Pattern THIRD_PARTIES = Pattern.compile("\\b(?:partners?|couriers?|carriers?|suppliers?|vendors?"
			+ "|providers?|banks?|insurers?|manufacturers?|systems?|app|website|site|policy|policies|prices?|terms"
			+ "|servers?|software|portal|platform|payment processor)\\s*(?:'ll|will|is|are)");

	/** After a subject-less "and will": a passive promise ("... has been approved and will be paid out"). */
	static final Pattern ELLIPTIC_PASSIVE = Pattern.compile("\\s+(?:be\\s+(?:sent|shipped|dispatched|posted|refunded"
			+ "|credited|reimbursed|issued|processed|delivered|paid(?: out)?|fixed|resolved|repaired|restored|replaced"
			+ "|reactivated|activated|applied|completed|installed|emailed|released|collected|returned"
			+ "|transferred|uploaded|resent|shared|verified|checked|investigated|submitted|raised|signed"
			+ "|published|actioned|sorted(?: out)?|booked|arranged|confirmed|couriered)|arrive|reach you|land"
			+ "|be with you|be ready|be back|go out)\\b");

	/** Last words of what the customer receives that make "you'll get/see/have ..." a promise without a time. */
	static final Set<String> DELIVERABLES = set("refund", "credit", "adjustment", "money", "replacement", "email",
			"confirmation", "call", "update", "invoice", "label", "link", "code", "voucher", "parcel", "package",
			"order", "card", "letter", "report", "quote", "answer", "reply", "response", "text", "sms",
			"notification", "reimbursement", "deposit", "funds", "discount", "number", "reference", "receipt",
			"certificate", "password", "key", "estimate", "offer", "contract", "statement", "note", "compensation");

	/** "they will": a promise only when "they" follows a mention of the agent's own people in the same clause. */
	static final Pattern THEY = Pattern.compile("\\bthey(?:'ll|\\s+will|'re going to|\\s+are going to)(?![a-z'])");

	/** The agent's own people ("our billing team", "my colleague"). */
	static final Pattern OUR_PEOPLE = Pattern.compile("\\b(?:our|my)\\s+(?:[a-z-]+\\s+){0,2}?(?:team|department"
			+ "|colleagues?"
			+ "|engineers?|technicians?|specialists?|manager|supervisor|staff|desk|people)\\b");

	/**
	 * "your refund will be processed", "the replacement will ship", and without an article at the start of a clause
	 * ("Refund for that one will be back on your card"; not a plural such as "Refunds will be processed"): group 1 is
	 * the predicate.
	 */
	/** The predicate of a future passive: group 1 of {@link #PASSIVE} and {@link #BARE_PASSIVE}. */
	private static final String PASSIVE_PREDICATE = "(?:'ll|\\s+will|\\s+shall|\\s+is going to|\\s+are going to)\\s+"
			+ "(be\\s+(?:sent|shipped|dispatched|posted"
			+ "|refunded|credited|reimbursed|issued|processed|delivered|fixed|resolved|repaired|reset|restored"
			+ "|reactivated|activated|replaced|escalated|updated|applied|cancelled|canceled|corrected|upgraded"
			+ "|completed|installed|emailed|released|deployed|reviewed|waived|removed|added|unlocked|ready|back|live"
			+ "|available|with you|confirmed|booked|scheduled|arranged|approved|there|collected|sorted|couriered|mailed"
			+ "|returned|swapped|exchanged|cleared|renewed|transferred|refitted|rebooked|rescheduled|paid"
			+ "|paid out|uploaded|resent|re-sent|shared|verified|checked|investigated|submitted|raised|signed"
			+ "|published|actioned|credited back|sorted out|finished|done|handled|chased|refreshed|reinstated"
			+ "|repaid|topped up|cancelled|sent out|amended|delivered|reversed|rectified|settled|disbursed|remitted"
			+ "|restored|replaced|reconnected|unblocked|credited)|arrive|ship"
			+ "|go out|reach you|happen|take place)\\b";

	/** "your refund will be processed", "the replacement will ship": group 1 is the predicate. */
	static final Pattern PASSIVE = Pattern.compile("\\b(?:it|this|that|they|(?:your|the|a|an)\\s+(?:[a-z-]+\\s+){0,3}?"
			+ "[a-z-]+)" + PASSIVE_PREDICATE);

	/**
	 * A future passive without an article at the start of a clause ("Refund for that one will be back on your card",
	 * "Pickup will happen by Monday"; not a plural such as "Refunds will be processed", nor a pronoun subject): group
	 * 1 is the predicate. Tried only at the clause start.
	 */
	static final Pattern BARE_PASSIVE = Pattern.compile("\\s*(?![a-z-]*[a-rt-z]s\\b|(?:our|we|i|you|they|he|she|my|his"
			+ "|her|their|there|it|this|that|what|who|which|nothing|no|none|everything|everyone|someone|anyone)\\b)"
			+ "(?:[a-z-]+\\s+){0,4}?[a-z-]+" + PASSIVE_PREDICATE);

	/** Words that turn a promise into a hope, a possibility, a habit or a refusal. */
	static final Pattern HEDGE = Pattern.compile("\\b(?:" + PromiseLexicon.HEDGE_WORDS + ")\\b");

	/**
	 * {@link #HEDGE} split into one whole-word pattern per alternative and gated by literals: it finds a match in a
	 * text exactly when {@link #HEDGE} does, without trying every alternative at every word boundary.
	 */
	static final GatedPattern HEDGE_GATED = GatedPattern.words(PromiseLexicon.HEDGE_WORDS);

	/** Openers of an offer or a question even without a question mark. */
	static final Pattern QUESTION_OPENER = Pattern.compile("^(?:so\\s+|and\\s+|ok\\s+|okay\\s+)?(?:shall i|shall we"
			+ "|should i|should we|do you want|would you like|would you prefer|want me to|can i|could i|may i|can we"
			+ "|would it help|is it ok|is it okay|how about|what if|when will|will i|will you|will we|do i"
			+ "|did you)\\b");

	/** A condition: group 1 the conjunction, group 2 a determiner ("the", "your", ...), group 3 its subject. */
	static final Pattern CONDITION = Pattern.compile("\\b(if|once|when|as soon as|after|provided(?: that)?"
			+ "|assuming|unless|whenever|in case)\\s+(?:(the|your|our|my)\\s+)?([a-z']+)");

	/** Clause separators inside a sentence. */
	static final Pattern CLAUSE_BREAK = Pattern.compile("(?=[;:,\\s])(?:;|:\\s|\\s[-\u2013\u2014]\\s"
			+ "|,?\\s+but\\s|,\\s+and\\s"
			+ "|,\\s+so\\s|,\\s+then\\s|,\\s+(?=(?:should|might|may|hopefully|probably)\\s)|,?\\s+plus\\s+(?=i'll|we'll|i will|we will)"
			+ "|\\s+and\\s+(?=(?:should|might|may|could|hopefully|probably)\\s)|,?\\s+\\(\\d{1,2}\\)\\s|\\s+although\\s|,\\s+though\\s|\\s+however\\b|,\\s+while\\s|\\s+whereas\\s"
			+ "|\\s+(?:and|n|&)\\s+(?=i'll|we'll|i will|we will|you'll|you will|(?:the|your|our)\\s+[a-z-]+(?:\\s+[a-z-]+)?"
			+ "\\s+(?:will|'ll)\\s)|\\s+and\\s+(?!(?:then|also|so|just|i|we|you|it|this|that|they|he|she|someone|somebody|nobody)\\s)(?=[a-z-]+\\s+will\\s)"
			+ "|(,)\\s+(?=i'll|we'll|i will|we will|you'll|you will))");

	/** Opens a clause that is a condition: a comma after it does not end the clause. */
	static final Pattern CONDITION_OPENER = Pattern.compile("^\\s*(?:and\\s+|but\\s+|so\\s+)?(?:kindly\\s+|please\\s+"
			+ "|just\\s+)?(?:if|once|when|as soon as|gimme"
			+ "|after|provided|assuming|unless|whenever|in case|as long as|until|should|give me|give us|allow me"
			+ "|allow us|bear with me|bear with us)\\b");

	/** Subjects a condition may have for a promise about the customer receiving something to still count. */
	static final Set<String> OWN_SUBJECTS = set("you", "i", "we", "you've", "i've", "we've", "you're", "i'm",
			"we're", "team", "payment", "order", "request", "form", "details", "logs", "reply");

	/** Verbs after "let me" that promise work (not "let me explain", "let me know"). */
	static final Set<String> LET_ME_ACTIONS = set("check", "double-check", "look", "find", "investigate", "escalate",
			"confirm", "verify", "ask", "speak", "talk", "chase", "follow", "get", "reach", "pull", "dig", "review",
			"raise", "contact", "call", "ring", "phone", "arrange", "sort", "fix", "reset", "process", "send",
			"update", "take", "have", "pass", "flag", "book", "cancel", "refund", "forward", "email", "loop",
			"run", "test", "organise", "organize", "consult", "reach", "research", "trace", "track", "sort",
			"resend", "replace", "issue", "credit", "correct", "change", "unlock", "restore", "reactivate");

	/** Verbs that in the progressive promise a transfer to the customer ("we're sending you a new one"). */
	static final Set<String> TRANSFERS = set("send", "ship", "dispatch", "post", "refund", "reimburse", "credit",
			"replace", "issue", "reissue", "escalate", "waive", "upgrade", "cancel", "arrange", "book", "courier",
			"resend", "forward");

	/** Things agents promise to do (lemmas). */
	static final Set<String> ACTIONS = set("call", "ring", "phone", "text", "email", "e-mail", "mail", "message",
			"contact", "reach", "get", "follow", "update", "send", "resend", "re-send", "forward", "ship", "dispatch",
			"post", "deliver", "refund", "reimburse", "credit", "issue", "reissue", "process", "cancel", "reset",
			"restore", "fix", "repair", "replace", "resolve", "sort", "investigate", "check", "double-check", "look",
			"review", "escalate", "raise", "pass", "flag", "chase", "confirm", "verify", "arrange", "book",
			"schedule", "reschedule", "rebook", "organise", "organize", "set", "put", "add", "remove", "apply",
			"waive", "adjust", "correct", "change", "upgrade", "downgrade", "reactivate", "activate", "unlock",
			"unblock", "enable", "disable", "install", "configure", "migrate", "restart", "reinstall", "test",
			"monitor", "keep", "let", "notify", "inform", "tell", "ask", "speak", "talk", "discuss", "share",
			"provide", "prepare", "write", "draft", "file", "log", "open", "close", "submit", "request", "order",
			"reorder", "return", "collect", "pick", "visit", "come", "drop", "transfer", "push", "expedite",
			"prioritise", "prioritize", "handle", "take", "make", "do", "give", "work", "dig", "find", "ping",
			"loop", "circle", "reply", "respond", "answer", "revert", "generate", "attach", "upload", "sign",
			"approve", "authorise", "authorize", "release", "deploy", "patch", "clear", "extend", "renew", "honour",
			"honor", "compensate", "invoice", "void", "hold", "reserve", "note", "document",
			"record", "have", "pull", "run", "copy", "cc", "swap", "exchange", "refresh",
			"rerun", "re-run", "recover", "rebuild", "clean", "delete", "merge", "move", "assign", "reassign",
			"sync", "email", "reconnect", "connect", "look", "walk", "guide", "show", "help", "bring", "turn",
			"switch", "lift", "raise", "bump", "fast-track", "trace", "track", "contact", "reconcile", "translate",
			"reverse",
			"endorse", "reinstate", "load", "lodge", "action", "audit", "assess", "inspect", "evaluate", "calculate",
			"recalculate", "resubmit", "re-enable", "unfreeze", "freeze", "block", "whitelist", "service", "measure",
			"survey", "quote", "estimate", "stamp", "scan", "print", "archive", "retrieve", "redeliver", "redirect",
			"reroute", "fit", "mount", "reinstall", "rectify", "amend", "update", "finalise", "finalize", "finish",
			"complete", "deal", "attend", "tidy", "clarify", "request", "obtain", "source", "locate", "pay", "shoot",
			"flick", "pop", "fire", "whizz", "ring", "msg", "txt", "dm", "whatsapp", "inform", "chuck", "bung",
			"ensure", "knock");

	/** Verbs after "I'll" that promise nothing ("I'll be honest", "we'll see", "I'll need your order number"). */
	static final Set<String> NOT_ACTIONS = set("be", "need", "want", "like", "love", "hope", "wish", "guess", "bet",
			"assume", "admit", "say", "explain", "miss", "wait", "see", "leave", "agree", "understand", "appreciate",
			"apologise", "apologize", "remember", "forget", "stop", "never", "not", "probably", "likely", "possibly",
			"just", "happily", "gladly", "continue", "mention", "accept", "require", "assist");

	/** Adverbs that may sit between the modal and the verb. */
	static final Set<String> ADVERBS = set("also", "then", "now", "just", "personally", "definitely", "certainly",
			"absolutely", "still", "immediately", "quickly", "promptly", "first", "really", "surely", "happily",
			"gladly", "actually", "both", "all", "myself", "ourselves", "again", "directly", "kindly", "happily",
			"definately", "definitly", "defo", "deffo", "def", "totally", "honestly", "straight", "right",
			"urgently", "proactively");

	/** Words skipped when naming the object of the action. */
	static final Set<String> FILLERS = set("you", "your", "the", "a", "an", "it", "this", "that", "them", "these",
			"those", "me", "us", "our", "my", "him", "her", "their", "his", "its", "over", "up", "out", "off",
			"through", "new", "some", "any", "all", "one", "another", "again", "back", "personally", "directly");

	/** Words that end the object of the action. */
	static final Set<String> OBJECT_STOPS = set("by", "to", "within", "in", "on", "at", "before", "after", "for",
			"from", "with", "via", "today", "tomorrow", "tonight", "this", "next", "asap", "once", "when", "if", "as",
			"and", "so", "but", "then", "first", "later", "shortly", "soon", "right", "straight", "immediately",
			"until", "till", "so", "about", "regarding", "around", "early", "end", "of", "or", "while", "because",
			"no", "now", "please", "free", "remotely", "manually", "urgently", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "is", "are", "was",
			"will", "has", "have", "can", "up", "into", "out", "back");

	private PromiseLexicon() {
	}

	private static Set<String> set(String... words) {
		return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
	}

	/** @return the lemma of {@code word} when it is a known action, else null; handles -s, -ing and -ed endings */
	static String actionLemma(String word) {
		if (ACTIONS.contains(word)) {
			return word;
		}
		String[] suffixes = { "ing", "es", "s", "ed" };
		for (String suffix : suffixes) {
			if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
				String stem = word.substring(0, word.length() - suffix.length());
				if (ACTIONS.contains(stem)) {
					return stem;
				}
				if (ACTIONS.contains(stem + "e")) {
					return stem + "e";
				}
				int n = stem.length();
				if (stem.charAt(n - 1) == stem.charAt(n - 2) && ACTIONS.contains(stem.substring(0, n - 1))) {
					return stem.substring(0, n - 1);
				}
			}
		}
		return null;
	}
}
