package org.servicemind.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cue lists of the support-mail anger head ({@link SupportAngerFeatures}): ways customers show how angry they are in
 * support mail, and ways they show they are not. Original ServiceMind writing (no third-party lexicon); same syntax as
 * {@link EmotionLexicon} (lower-case phrases of whole tokens, a trailing {@code *} matches a stem).
 */
final class SupportAngerLexicon {

	private SupportAngerLexicon() {
	}

	private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "umpteenth",
			"nth");

	private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "multiple",
			"several", "countless", "numerous", "many");

	private static final List<String> CONTACTS = List.of("time", "email", "mail", "call", "letter",
			"message", "ticket", "reminder", "chat", "visit", "request", "complaint", "attempt");

	/**
	 * Repetition: "fourth email", "seven times", "yet again", "every single time", chasing. Ordinal and count words are
	 * combined with contact words, so unseen combinations of the same family count too.
	 */
	static final List<String> REPEAT = repeat();

	/** Leaving or ending the relationship: switching provider, closing accounts, "I'm done". */
	static final List<String> LEAVE = List.of("switching", "switch provider*", "switch to", "take my business",
			"taking my business", "moved my", "moving my", "close my account", "closing my account", "close every",
			"closing every", "cancel everything", "cancelling everything", "cancel every", "lose a customer",
			"lost a customer", "losing a customer", "last chance", "i'm done", "i am done", "im done", "never again",
			"never use", "never be using", "steer clear", "go elsewhere", "going elsewhere", "take my money",
			"new provider", "another provider", "final warning", "done being");

	/** Outside parties and formal sanctions: chargebacks, regulators, courts, press and public reviews. */
	static final List<String> EXTERNAL = List.of("chargeback*", "dispute", "disputing", "ombudsman", "regulator",
			"trading standards", "fair trading", "solicitor", "solicitors", "lawyer", "lawyers", "attorney", "court",
			"small claims", "legal action", "sue", "suing", "damages", "press", "media", "newspaper", "local paper",
			"journalist", "reporter", "bbc", "channel", "review site*", "reviews", "one star", "1 star",
			"trustpilot", "consumer forum", "consumer court", "consumer rights", "my mp", "ombudsman's", "watchdog",
			"report you", "reporting you", "reported you", "formal complaint", "complaints department", "escalating",
			"chief executive", "ceo", "head office", "investors", "public", "everyone i know", "tell everyone",
			"telling everyone", "union", "police");

	/** Praise words that turn sarcastic when the message also complains. */
	static final List<String> PRAISE = List.of("fantastic", "brilliant", "marvellous", "marvelous", "wonderful",
			"superb", "outstanding", "lovely", "great", "excellent", "perfect", "amazing", "congratulations",
			"congrats", "bravo", "well done", "nice one", "good job", "great job", "great work", "thanks a lot",
			"thanks so much for", "cheers for", "impressive", "genius", "stellar", "splendid", "terrific");

	/** Openly sarcastic formulas (no complaint needed). */
	static final List<String> SARCASM = List.of("thanks for nothing", "thanks a bunch", "oh great", "oh good",
			"oh wonderful", "oh marvellous", "oh brilliant", "oh lovely", "oh perfect", "what a surprise", "shocker",
			"surprise surprise", "how lovely", "how nice", "truly", "really appreciate being", "exactly what",
			"so helpful", "very helpful", "real helpful", "slow clap", "keep up the good work", "i'm sure",
			"of course it", "funny how", "let me guess", "so let me get this straight", "let me get this straight",
			"i'll wait", "still waiting", "no surprise");

	/** Politeness and easy-going markers of a calm request. */
	static final List<String> CALM = List.of("no rush", "when you get a chance", "when you can", "no worries",
			"no drama", "no big deal", "no problem", "no complaint", "not a complaint", "not complaining",
			"just wondering", "just checking", "just wanted", "quick question", "quick one", "just letting you know",
			"letting you know", "heads up", "fyi", "totally understand", "i understand",
			"thanks so much", "thanks in advance", "thank you in advance", "have a good", "have a great",
			"kindly", "could you", "would you", "possible to", "is there a way", "any chance", "lol", "haha", "hehe",
			"all sorted", "sorted now", "thanks anyway", "appreciated", "appreciate the", "hope you're", "hope you",
			"cheers", "many thanks", "thank you", "thanks", "excited", "can't wait", "love", "legend", "keep it up");

	/** Understated displeasure (typically a rating of 1). */
	static final List<String> MILD = List.of("bit", "a bit", "slightly", "a little", "little bit", "mildly",
			"kind of", "kinda", "somewhat", "small gripe", "minor", "not ideal", "not thrilled", "not great", "tbh",
			"ngl", "hmm", "meh", "let down", "letdown", "disappointed", "disappointing", "tiresome", "irritating",
			"annoying", "a shame", "shame that", "would have been nice", "would be good", "i'd hoped", "hoped",
			"puzzled", "confused", "not to be picky", "picky", "gripe", "nuisance", "pain");

	/** Demands, deadlines and ultimatums. */
	static final List<String> DEMAND = List.of("i want", "i expect", "i demand", "i insist", "must insist",
			"i require", "sort it out", "sort this out", "fix it", "fix this", "explain", "who is going to",
			"answer for", "by friday", "by monday", "by tomorrow", "by tonight", "by 5pm", "within", "next hour",
			"in writing", "or i'll", "or i will", "or i'm", "or else", "otherwise i", "failing which", "either",
			"immediately", "now", "today", "tomorrow morning", "this week", "refund it", "every penny",
			"in full", "full refund", "compensation", "hold you", "responsible", "accountable");

	/** Contempt and loss of patience. */
	static final List<String> CONTEMPT = List.of("you people", "youse", "so called",
			"do you actually", "does anyone", "is anyone", "anyone actually", "anyone there", "cowboys", "cowboy",
			"crooks", "crook", "cheat*", "shame on you", "audacity", "how dare", "the nerve", "unbelievable",
			"cannot believe", "can't believe", "cant believe", "beyond", "beside myself", "shaking", "lost all",
			"lost patience", "no longer", "more than patient", "been patient", "worthless", "fobbed off", "disgusted",
			"fobbing", "canned", "script", "bot", "robot", "pointless", "what is the point", "what's the point",
			"not good enough", "not acceptable", "unacceptable", "not an answer", "excuse me", "seriously",
			"utterly", "absolutely", "total", "complete", "ropeable", "disgrace*", "don't bother", "dont bother",
			"don't you dare", "test my patience", "treated", "how hard", "are you kidding", "you've managed",
			"destroy", "ruin*", "wtf", "every single", "nobody", "no one", "none of");

	/**
	 * Subjects of someone else's feelings, for anger words that describe a third party (or the writer's past self)
	 * rather than the writer now: "my daughter was furious", "angry at myself".
	 */
	static final Set<String> OTHERS = Set.of("he", "she", "they", "he's", "she's", "they're", "his", "her",
			"their", "him", "them", "daughter", "son", "kids", "kid", "child", "children", "grandad", "grandpa",
			"grandma", "granny", "nan", "mum", "mom", "mother", "dad", "father", "husband", "wife", "partner",
			"boss", "colleague", "colleagues", "friend", "neighbour", "neighbor", "cat", "dog", "baby", "brother",
			"sister", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "girlfriend", "boyfriend",
			"fiance", "parents", "family", "teenager", "toddler", "flatmate", "roommate", "housemate", "mate", "client",
			"clients", "guests", "students", "pupils", "team", "myself", "customers", "people", "letter", "flagged",
			"we're", "we");

	/** Words of a feeling, for the third-party and negation checks. */
	static final Set<String> FEELINGS = Set.of("angry", "furious", "cross", "frustrated", "annoyed", "upset", "livid",
			"mad", "fuming", "irritated", "outraged", "wild", "raging", "complaining");

	private static List<String> repeat() {
		List<String> out = new ArrayList<>(List.of("again", "yet again", "once again", "still", "for the last time",
				"how many times", "every single time", "every time", "chasing", "chased", "chase", "twice",
				"keep asking", "keep having", "kept", "keeps", "repeatedly", "repeated", "previous", "already",
				"over and over", "round in circles", "in circles", "per my", "as i said", "as i've said",
				"as already", "not the first time", "same answer", "different answer", "week after week"));
		for (String o : ORDINALS) {
			for (String c : CONTACTS) {
				out.add(o + " " + c);
				out.add(o + " " + c + "s");
			}
		}
		for (String n : NUMBERS) {
			out.add(n + " times");
			out.add(n + " emails");
			out.add(n + " calls");
			out.add(n + " letters");
			out.add(n + " previous");
		}
		return List.copyOf(out);
	}
}
