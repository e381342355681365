package org.servicemind.analysis.model;

import java.util.List;

/**
 * Cue lists for {@link EmotionFeatures}. Every list is original ServiceMind writing (no third-party lexicon). An
 * entry is a lower-case phrase of whole tokens; a trailing {@code *} matches any token starting with the stem.
 * Apostrophes are kept inside tokens ({@code don't}); curly quotes are normalised first.
 */
final class EmotionLexicon {

	private EmotionLexicon() {
	}

	static final List<String> ANGER = List.of("furious", "outrageous", "outraged", "ridiculous", "unacceptable",
			"pathetic", "disgusting", "disgusted", "livid", "fuming", "infuriat*", "enraged", "rage", "hate", "hated",
			"hates", "angry", "angrier", "mad", "sick of", "fed up", "had enough", "scam", "scammed", "rip off",
			"ripoff", "fraud", "incompetent", "incompetence", "useless", "worst", "horrible", "terrible", "awful",
			"disgrace", "disgraceful", "shameful", "insult", "insulting", "appalling", "appalled", "atrocious",
			"absurd", "lies", "lying", "liar", "liars", "screw you", "how dare", "sick and tired", "last straw",
			"joke", "clowns", "garbage", "trash", "rubbish", "nonsense");

	static final List<String> ANNOYANCE = List.of("annoying", "annoyed", "annoys", "irritating", "irritated",
			"frustrating", "frustrated", "frustration", "again", "still", "yet again", "once again", "third time",
			"second time", "fourth time", "how many times", "keep", "keeps", "kept", "tired of", "seriously", "ugh",
			"smh", "come on", "waste", "wasted", "waiting", "waited", "hours", "weeks", "no one", "nobody",
			"not working", "doesn't work", "does not work", "broken", "stupid", "eye roll", "geez", "jeez",
			"for crying out loud", "sigh", "meh", "bothered", "pain");

	static final List<String> PROFANITY = List.of("damn", "dammit", "goddamn", "hell", "crap", "crappy", "shit*",
			"bullshit", "fuck*", "f*ck", "wtf", "bs", "ass", "asshole*", "bloody", "piss", "pissed", "bastard*",
			"bitch*", "screw", "screwed", "sucks", "suck");

	static final List<String> CARING = List.of("hope", "hoping", "take care", "feel better", "get well", "be okay",
			"be ok", "be alright", "here for you", "you're not alone", "hugs", "stay safe", "be safe", "good luck",
			"rooting for you", "praying", "thinking of you", "support", "look after", "careful", "don't worry",
			"no worries", "it's okay", "it's ok", "you deserve", "proud of you", "sending", "wish you",
			"glad you", "i'm here", "we're here", "reach out", "let us know", "let me know", "happy to help",
			"i'd be glad", "please", "gently");

	static final List<String> APOLOGY = List.of("sorry", "apologize", "apologise", "apologies", "apologizing",
			"apologising", "apology", "my fault", "my mistake", "my bad", "our fault", "our mistake", "our error",
			"forgive", "regret", "regrets", "should have", "shouldn't have", "i messed up", "we messed up",
			"we dropped the ball", "i dropped the ball", "we let you down", "i let you down", "inexcusable",
			"not okay on our part", "on us", "on me");

	static final List<String> OWNERSHIP = List.of("i will", "i'll", "i've", "i have", "let me", "personally",
			"myself", "i'm going to", "i am going to", "i take", "i'm taking", "i am taking", "responsibility",
			"i'll make sure", "i will make sure", "i've escalated", "i have escalated", "i've fixed", "i have fixed",
			"i've refunded", "i have refunded", "i've credited", "i'm on it", "i promise", "i'll follow up",
			"i will follow up", "i'll keep", "i will keep", "i'll update", "i will update", "i'll call",
			"i will call", "by tomorrow", "by today", "right away", "straight away", "first thing", "i'll stay",
			"i'll check", "i will check", "owner", "own this", "accountable");

	static final List<String> ACKNOWLEDGE = List.of("understand", "understandable", "i can imagine", "i imagine",
			"i hear you", "i see why", "i see how", "must be", "must have been", "that sounds", "sounds really",
			"you're right", "you are right", "fair point", "completely fair", "totally fair", "makes sense",
			"i get it", "i get why", "frustrating", "stressful", "upsetting", "disappointing", "inconvenience",
			"inconvenient", "worrying", "worried", "concern", "concerns", "concerned", "feel", "feeling", "feelings",
			"difficult", "hard time", "rough", "awful for you", "not what you", "shouldn't have to",
			"should not have to", "thank you for your patience", "thanks for your patience", "patience",
			"bearing with", "thank you for telling", "thanks for letting", "valid");

	static final List<String> BLAME = List.of("you people", "you guys", "your fault", "your company",
			"your team", "your service", "your product", "your staff", "your support", "you always", "you never",
			"you didn't", "you did not", "you don't", "you do not", "you can't", "you cannot", "you won't",
			"you still", "you keep", "you lied", "you promised", "you said", "you told me", "you charged",
			"you've", "you have", "you broke", "you lost", "you screwed");

	static final List<String> NEGATED_POSITIVE = List.of("not happy", "not good", "not helpful", "not acceptable",
			"not okay", "not ok", "not fine", "not satisfied", "not impressed", "not pleased", "no help",
			"never works", "never worked", "not fixed", "no one helps", "nobody helps", "no response",
			"no answer", "no reply", "never heard back", "not resolved", "isn't resolved", "unresolved",
			"not the first time", "not once", "no longer", "not great", "not amused", "not funny");

	static final List<String> ESCALATION = List.of("refund", "cancel", "cancelling", "canceling", "cancellation",
			"lawyer", "lawyers", "attorney", "legal", "sue", "court", "chargeback", "dispute", "report you",
			"reporting", "review", "reviews", "manager", "supervisor", "complaint", "complain", "escalate",
			"competitor", "switching", "leave", "leaving", "close my account", "consumer", "ombudsman",
			"trading standards", "social media", "twitter", "bbb", "demand", "demanding", "compensation");

	static final List<String> URGENCY = List.of("now", "right now", "immediately", "asap", "today", "urgent",
			"urgently", "at once", "this instant", "deadline", "emergency", "without delay", "straight away");

	static final List<String> DISMISSIVE = List.of("whatever", "so what", "who cares", "nobody cares",
			"no one cares", "get over it", "move on", "not my problem", "not our problem", "deal with it",
			"nobody asked", "no one asked", "big deal", "don't care", "couldn't care", "lol", "lmao", "rofl", "haha",
			"hahaha", "ok boomer", "okay boomer", "yawn", "boring", "irrelevant", "pointless", "meaningless",
			"nonsense", "rubbish", "silly", "cry me a river", "boo hoo", "boohoo", "snowflake", "snowflakes",
			"spare me", "give me a break", "give it a rest", "grow up", "sure", "yeah right", "as if", "please",
			"just stop", "stop whining", "whining", "whine", "hysterical", "hysteria", "nothing new", "same old",
			"blah", "blah blah", "yada", "tl dr", "tldr", "ignore", "ignored", "get a life", "get real", "wake up",
			"talking points", "spin", "propaganda", "drivel", "tripe", "hogwash", "baloney", "nuts", "paranoid",
			"conspiracy", "trolling", "troll");

	static final List<String> CONDESCENDING = List.of("obviously", "clearly", "evidently", "apparently",
			"actually", "simply", "just", "basic", "basics", "elementary", "any idiot", "even a child",
			"a child could", "let me explain", "let me spell", "spell it out", "for your information", "fyi",
			"newsflash", "news flash", "hint", "pro tip", "educate yourself", "do your homework", "do some research",
			"try reading", "learn to read", "read it again", "read the", "reading comprehension", "you clearly",
			"you obviously", "you apparently", "you seem to", "you don't seem", "you fail to", "you failed to",
			"you don't understand", "you do not understand", "you don't get", "you don't know", "do you even",
			"did you even", "have you even", "bless your heart", "sweetie", "honey", "dear", "my friend",
			"buddy", "pal", "son", "kid", "naive", "naïve", "ignorant", "ignorance", "uninformed", "misinformed",
			"delusional", "deluded", "clueless", "simple minded", "simpleminded", "little", "perhaps you",
			"maybe you", "i suggest you", "you might want to", "you should", "you need to", "you must", "try to",
			"think before", "sorry to break it", "hate to break it", "wake up", "grow up", "of course",
			"it's called", "it is called", "look it up", "google it", "i guess", "surely", "logic", "common sense");

	static final List<String> INSULT = List.of("idiot", "idiots", "idiotic", "stupid", "stupidity", "moron",
			"morons", "moronic", "dumb", "dumber", "dumbest", "clown", "clowns", "loser", "losers", "fool", "fools",
			"foolish", "ignorant", "pathetic", "imbecile", "cretin", "jerk", "dope", "dimwit", "nitwit", "halfwit",
			"brainless", "brain dead", "braindead", "dense", "sheep", "sheeple", "hypocrite", "hypocrites",
			"hypocritical", "coward", "cowards", "liar", "liars", "scum", "trash", "vile", "disgusting", "crazy",
			"lunatic", "nutjob", "nut job", "racist", "bigot", "whiner", "crybaby", "shut up", "stfu");

	static final List<String> GRATITUDE = List.of("thanks", "thank you", "thank", "thx", "appreciate",
			"appreciated", "grateful", "cheers", "much obliged", "helped", "helpful", "lifesaver");

	static final List<String> POSITIVE = List.of("great", "love", "loved", "awesome", "perfect", "excellent",
			"amazing", "wonderful", "fantastic", "brilliant", "nice", "good", "glad", "happy", "pleased",
			"smooth", "quick", "fast", "solved", "resolved", "fixed", "works", "working now", "sorted", "well done",
			"kind", "lovely");

	static final List<String> SADNESS = List.of("sad", "sadly", "unfortunately", "regret", "wish i had",
			"wish i hadn't", "feel bad", "feel terrible", "ashamed", "guilty", "heartbroken", "devastated",
			"miss", "lost", "grief", "condolences", "sympathy", "sympathies", "rip", "passed away", "loss",
			"hurt", "hurts", "painful", "tough");

	static final List<String> RHETORICAL = List.of("why would", "why do", "why does", "why is", "why are",
			"why can't", "why won't", "why didn't", "how hard is it", "how hard can", "how difficult", "how is it",
			"how come", "what's wrong with", "what is wrong with", "are you serious", "are you kidding",
			"you're kidding", "is this a joke", "is that too much", "is it too much", "can't you", "can you not",
			"don't you", "do you really", "really", "what the", "how on earth", "who in their right mind",
			"what kind of", "who does that", "is anyone", "does anyone");

	/**
	 * Formulaic or deflecting phrasing in agent replies (not a trained feature; used directly by
	 * {@link EmotionScorer} to lower empathy).
	 */
	static final List<String> DEFLECTION = List.of("any inconvenience", "any confusion", "inconvenience caused",
			"sorry but", "sorry however", "unfortunately", "please note", "as previously", "as mentioned",
			"as stated", "as per", "per our", "our policy", "policy", "in due course", "not covered", "not eligible",
			"cannot be", "can't be", "required", "requires", "non refundable",
			"subject to", "terms", "please refer", "please read", "please follow", "please try again",
			"the relevant department", "forwarded", "has been noted", "been received", "we cannot", "we can't",
			"nothing we can do", "not responsible", "not our", "your responsibility", "you should have",
			"you need to", "you must", "at this time", "in the order received", "standard procedure", "procedures");
}
