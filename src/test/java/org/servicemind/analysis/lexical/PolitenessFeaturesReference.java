package org.servicemind.analysis.lexical;

/**
 * Politeness-strategy features of a request, after the strategies described by Danescu-Niculescu-Mizil et al.,
 * "A computational approach to politeness with application to social factors" (ACL 2013): gratitude, deference,
 * greetings, apologies, "please" at the start versus inside a sentence, indirect and counterfactual requests
 * ("could you"), hedges, factuality ("in fact"), direct questions ("why ..."), sentences that start with "you",
 * first-person pronouns, and positive and negative words (here from {@link LexiconSentiment}). The word and phrase lists are
 * our own; they are matched on word tokens ({@link PhrasesReference}). Each feature is a small count or 0/1; {@link #extract(String, LexiconSentiment.Scores)} is thread-safe.
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class PolitenessFeaturesReference {

	/** Names of the features, in vector order. */
	public static final String[] NAMES = { "gratitude", "deference", "greeting", "apology", "please_start",
			"please_mid", "counterfactual_modal", "indicative_modal", "hedge", "factuality", "direct_question_start",
			"why_what", "you_start", "first_person_start", "first_person_plural", "second_person", "questions",
			"exclamations", "positive", "negative", "by_the_way", "imperative_start", "must_should_you",
			"just_minimiser", "log_words", "caps_words", "url", "sorry_start", "negation", "swear", "have_you_tried",
			"did_you", "what_do_you_mean", "is_there", "i_would_like", "do_you_know", "any_ideas", "help", "hope",
			"yes_no_question_start", "ends_with_question", "again", "wrong", "code_like" };

	/** Patterns run on lower-cased text, so they need no case-insensitive matching (which is slow). */
	private static final PhrasesReference GRATITUDE = PhrasesReference.of("thank, thanks, thx, appreciate, appreciated, appreciates, "
			+ "grateful, cheers");

	private static final PhrasesReference DEFERENCE = PhrasesReference.of("great|good|nice|excellent|interesting|fantastic|wonderful|"
			+ "awesome|impressive|helpful|brilliant work|job|point|question|idea|answer|catch|article|edit|edits|post|"
			+ "suggestion|effort, youre right, you are right, well done, fair point");

	private static final PhrasesReference GREETING = PhrasesReference.of("hi, hello, hey, dear, greetings, good morning|afternoon|evening");

	private static final PhrasesReference APOLOGY = PhrasesReference.of("sorry, apologise, apologize, apologies, excuse me, pardon, "
			+ "forgive me, my bad, my mistake, i regret");

	private static final PhrasesReference PLEASE = PhrasesReference.of("please, pls, plz");

	private static final PhrasesReference COUNTERFACTUAL = PhrasesReference.of("could|would|might you|u");

	private static final PhrasesReference INDICATIVE = PhrasesReference.of("can|will|wont|cant you|u");

	private static final PhrasesReference HEDGE = PhrasesReference.of("i think|believe|guess|suppose|feel|wonder, wondering, maybe, "
			+ "perhaps, possibly, probably, might, seem, seems, seemingly, suggest, suggestion, somewhat, kind of, "
			+ "sort of, a bit|little, if possible, if you dont mind, if you have time, if you get a chance, "
			+ "if you can, any chance, would it be");

	private static final PhrasesReference FACTUALITY = PhrasesReference.of("in fact, actually, the point|fact|truth|reality is, "
			+ "obviously, clearly, of course, really");

	private static final PhrasesReference QUESTION_WORD = PhrasesReference.of("what, why, how, where, who, when");

	private static final PhrasesReference WHY_WHAT = PhrasesReference.of("why, what the, what on earth, how come");

	private static final PhrasesReference YOU_START = PhrasesReference.of("you, your, u, youre, youve, youd, youll");

	private static final PhrasesReference I_START = PhrasesReference.of("i, my, im, ive, id");

	private static final PhrasesReference WE = PhrasesReference.of("we, our, us, lets");

	private static final PhrasesReference YOU = PhrasesReference.of("you, your, yours, yourself, u, youre, youve, youd, youll");

	private static final PhrasesReference BTW = PhrasesReference.of("by the way, btw, incidentally");

	private static final PhrasesReference IMPERATIVE = PhrasesReference.of("stop, dont, do, give, tell, read, look, go, fix, explain, "
			+ "show, use, see, check, add, remove, make, get, try, answer, provide, post, put, leave, learn");

	private static final PhrasesReference MUST = PhrasesReference.of("you must|should|better, you need|have to, youd better");

	private static final PhrasesReference JUST = PhrasesReference.of("just, simply, seriously, even");

	private static final PhrasesReference SORRY = PhrasesReference.of("sorry, apologies, pardon, excuse me");

	private static final PhrasesReference NEGATION = PhrasesReference.of("not, no, never, nothing, nobody");

	private static final PhrasesReference SWEAR = PhrasesReference.of("damn, hell, crap, stupid, idiot, idiots, idiotic, dumb, wtf, "
			+ "ridiculous, nonsense, shit, shitty, fuck, fucking, bullshit, moron, morons, moronic");

	private static final PhrasesReference HAVE_YOU_TRIED = PhrasesReference.of("have|did you |even tried|try|read|looked|look|checked|"
			+ "check|considered|googled|searched");

	private static final PhrasesReference DID_YOU = PhrasesReference.of("did|do|are|were you");

	private static final PhrasesReference WHAT_MEAN = PhrasesReference.of("what do you mean, what are you talking|doing, "
			+ "whats your|the point|problem, what is your|the point|problem, are you serious|kidding|sure");

	private static final PhrasesReference IS_THERE = PhrasesReference.of("is|are there a|an|any");

	private static final PhrasesReference I_WOULD = PhrasesReference.of("i would like|love|appreciate, id like|love|appreciate, "
			+ "i would be grateful, id be grateful");

	private static final PhrasesReference DO_YOU_KNOW = PhrasesReference.of("do|would you know|happen|mind, do|would you have any");

	private static final PhrasesReference ANY_IDEAS = PhrasesReference.of("any idea|ideas|thoughts|suggestions|help|pointers|advice|tips");

	private static final PhrasesReference HELP = PhrasesReference.of("help, helpful, assist, assistance");

	private static final PhrasesReference HOPE = PhrasesReference.of("hope, hopefully, welcome, glad, happy to");

	private static final PhrasesReference YES_NO = PhrasesReference.of("is, are, does, do, did, was, were, has, have");

	private static final PhrasesReference AGAIN = PhrasesReference.of("again, already, still, once more");

	private static final PhrasesReference WRONG = PhrasesReference.of("wrong, incorrect, mistaken, mistake, false, bad, useless, "
			+ "pointless, irrelevant");

	private PolitenessFeaturesReference() {
	}

	/**
	 * @param text the request
	 * @param lexicon its {@link LexiconSentiment} scores (positive and negative word weight)
	 * @return {@link #NAMES}.length features
	 */
	public static double[] extract(String text, LexiconSentiment.Scores lexicon) {
		String t = text.strip();
		PhrasesReference.Tokens tokens = new PhrasesReference.Tokens(t);
		double[] x = new double[NAMES.length];
		int pleaseAll = PLEASE.count(tokens, false);
		int pleaseStart = PLEASE.count(tokens, true);
		int i = 0;
		x[i++] = GRATITUDE.count(tokens, false);
		x[i++] = DEFERENCE.count(tokens, false);
		x[i++] = tokens.size() > 0 && GREETING.count(firstWords(tokens), false) > 0 ? 1 : 0;
		x[i++] = APOLOGY.count(tokens, false);
		x[i++] = pleaseStart;
		x[i++] = pleaseAll - pleaseStart;
		x[i++] = COUNTERFACTUAL.count(tokens, false);
		x[i++] = INDICATIVE.count(tokens, false);
		x[i++] = HEDGE.count(tokens, false);
		x[i++] = FACTUALITY.count(tokens, false);
		x[i++] = QUESTION_WORD.count(tokens, true);
		x[i++] = WHY_WHAT.count(tokens, false);
		x[i++] = YOU_START.count(tokens, true);
		x[i++] = I_START.count(tokens, true);
		x[i++] = WE.count(tokens, false);
		x[i++] = YOU.count(tokens, false);
		x[i++] = Math.min(3, count(t, '?'));
		x[i++] = Math.min(3, count(t, '!'));
		x[i++] = Math.log1p(lexicon.positive());
		x[i++] = Math.log1p(lexicon.negative());
		x[i++] = BTW.count(tokens, false);
		x[i++] = IMPERATIVE.count(tokens, true);
		x[i++] = MUST.count(tokens, false);
		x[i++] = JUST.count(tokens, false);
		x[i++] = Math.log1p(lexicon.words());
		x[i++] = capsWords(t);
		x[i++] = t.contains("<url>") || t.contains("http://") || t.contains("https://") ? 1 : 0;
		x[i++] = tokens.size() > 0 && SORRY.count(firstWords(tokens), false) > 0 ? 1 : 0;
		x[i++] = Math.min(5, NEGATION.count(tokens, false) + tokens.contractedNegations());
		x[i++] = SWEAR.count(tokens, false);
		x[i++] = HAVE_YOU_TRIED.count(tokens, false);
		x[i++] = DID_YOU.count(tokens, false);
		x[i++] = WHAT_MEAN.count(tokens, false);
		x[i++] = IS_THERE.count(tokens, false);
		x[i++] = I_WOULD.count(tokens, false);
		x[i++] = DO_YOU_KNOW.count(tokens, false);
		x[i++] = ANY_IDEAS.count(tokens, false);
		x[i++] = HELP.count(tokens, false);
		x[i++] = HOPE.count(tokens, false);
		x[i++] = YES_NO.count(tokens, true);
		x[i++] = t.endsWith("?") ? 1 : 0;
		x[i++] = AGAIN.count(tokens, false);
		x[i++] = WRONG.count(tokens, false);
		x[i++] = codeLike(t);
		return x;
	}

	/** @return the first two tokens only, for features that look at how the text opens */
	private static PhrasesReference.Tokens firstWords(PhrasesReference.Tokens tokens) {
		return tokens.size() <= 2 ? tokens : tokens.prefix(2);
	}

	private static int count(String t, char c) {
		int n = 0;
		for (int i = 0; i < t.length(); i++) {
			if (t.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	/** @return marks of code in the text (brackets, semicolons, "a.b" member access), at most 5 */
	private static int codeLike(String t) {
		int n = 0;
		for (int i = 0; i < t.length() && n < 5; i++) {
			char c = t.charAt(i);
			if ("{}();=".indexOf(c) >= 0) {
				n++;
			}
			else if (c == '.' && i > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i - 1))
					&& Character.isLetter(t.charAt(i + 1))) {
				n++;
			}
		}
		return n;
	}

	private static int capsWords(String t) {
		int n = 0;
		int letters = 0;
		boolean allUpper = true;
		for (int i = 0; i <= t.length() && n < 5; i++) {
			char c = i < t.length() ? t.charAt(i) : ' ';
			if (Character.isWhitespace(c)) {
				if (letters > 2 && allUpper) {
					n++;
				}
				letters = 0;
				allUpper = true;
			}
			else if (Character.isLetter(c)) {
				letters++;
				allUpper &= Character.isUpperCase(c);
			}
		}
		return n;
	}
}
