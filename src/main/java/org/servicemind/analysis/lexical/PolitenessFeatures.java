package org.servicemind.analysis.lexical;

/**
 * Politeness-strategy features of a request, after the strategies described by Danescu-Niculescu-Mizil et al.,
 * "A computational approach to politeness with application to social factors" (ACL 2013): gratitude, deference,
 * greetings, apologies, "please" at the start versus inside a sentence, indirect and counterfactual requests
 * ("could you"), hedges, factuality ("in fact"), direct questions ("why ..."), sentences that start with "you",
 * first-person pronouns, and positive and negative words (here from {@link LexiconSentiment}). The word and phrase lists are
 * our own; they are matched on word tokens ({@link Phrases}). Each feature is a small count or 0/1; {@link #extract(String, LexiconSentiment.Scores)} is thread-safe.
 */
public final class PolitenessFeatures {

	/** Names of the features, in vector order. */
	public static final String[] NAMES = { "gratitude", "deference", "greeting", "apology", "please_start",
			"please_mid", "counterfactual_modal", "indicative_modal", "hedge", "factuality", "direct_question_start",
			"why_what", "you_start", "first_person_start", "first_person_plural", "second_person", "questions",
			"exclamations", "positive", "negative", "by_the_way", "imperative_start", "must_should_you",
			"just_minimiser", "log_words", "caps_words", "url", "sorry_start", "negation", "swear", "have_you_tried",
			"did_you", "what_do_you_mean", "is_there", "i_would_like", "do_you_know", "any_ideas", "help", "hope",
			"yes_no_question_start", "ends_with_question", "again", "wrong", "code_like" };

	/** Patterns run on lower-cased text, so they need no case-insensitive matching (which is slow). */
	private static final Phrases GRATITUDE = Phrases.of("thank, thanks, thx, appreciate, appreciated, appreciates, "
			+ "grateful, cheers");

	private static final Phrases DEFERENCE = Phrases.of("great|good|nice|excellent|interesting|fantastic|wonderful|"
			+ "awesome|impressive|helpful|brilliant work|job|point|question|idea|answer|catch|article|edit|edits|post|"
			+ "suggestion|effort, youre right, you are right, well done, fair point");

	private static final Phrases GREETING = Phrases.of("hi, hello, hey, dear, greetings, good morning|afternoon|evening");

	private static final Phrases APOLOGY = Phrases.of("sorry, apologise, apologize, apologies, excuse me, pardon, "
			+ "forgive me, my bad, my mistake, i regret");

	private static final Phrases PLEASE = Phrases.of("please, pls, plz");

	private static final Phrases COUNTERFACTUAL = Phrases.of("could|would|might you|u");

	private static final Phrases INDICATIVE = Phrases.of("can|will|wont|cant you|u");

	private static final Phrases HEDGE = Phrases.of("i think|believe|guess|suppose|feel|wonder, wondering, maybe, "
			+ "perhaps, possibly, probably, might, seem, seems, seemingly, suggest, suggestion, somewhat, kind of, "
			+ "sort of, a bit|little, if possible, if you dont mind, if you have time, if you get a chance, "
			+ "if you can, any chance, would it be");

	private static final Phrases FACTUALITY = Phrases.of("in fact, actually, the point|fact|truth|reality is, "
			+ "obviously, clearly, of course, really");

	private static final Phrases QUESTION_WORD = Phrases.of("what, why, how, where, who, when");

	private static final Phrases WHY_WHAT = Phrases.of("why, what the, what on earth, how come");

	private static final Phrases YOU_START = Phrases.of("you, your, u, youre, youve, youd, youll");

	private static final Phrases I_START = Phrases.of("i, my, im, ive, id");

	private static final Phrases WE = Phrases.of("we, our, us, lets");

	private static final Phrases YOU = Phrases.of("you, your, yours, yourself, u, youre, youve, youd, youll");

	private static final Phrases BTW = Phrases.of("by the way, btw, incidentally");

	private static final Phrases IMPERATIVE = Phrases.of("stop, dont, do, give, tell, read, look, go, fix, explain, "
			+ "show, use, see, check, add, remove, make, get, try, answer, provide, post, put, leave, learn");

	private static final Phrases MUST = Phrases.of("you must|should|better, you need|have to, youd better");

	private static final Phrases JUST = Phrases.of("just, simply, seriously, even");

	private static final Phrases SORRY = Phrases.of("sorry, apologies, pardon, excuse me");

	private static final Phrases NEGATION = Phrases.of("not, no, never, nothing, nobody");

	private static final Phrases SWEAR = Phrases.of("damn, hell, crap, stupid, idiot, idiots, idiotic, dumb, wtf, "
			+ "ridiculous, nonsense, shit, shitty, fuck, fucking, bullshit, moron, morons, moronic");

	private static final Phrases HAVE_YOU_TRIED = Phrases.of("have|did you |even tried|try|read|looked|look|checked|"
			+ "check|considered|googled|searched");

	private static final Phrases DID_YOU = Phrases.of("did|do|are|were you");

	private static final Phrases WHAT_MEAN = Phrases.of("what do you mean, what are you talking|doing, "
			+ "whats your|the point|problem, what is your|the point|problem, are you serious|kidding|sure");

	private static final Phrases IS_THERE = Phrases.of("is|are there a|an|any");

	private static final Phrases I_WOULD = Phrases.of("i would like|love|appreciate, id like|love|appreciate, "
			+ "i would be grateful, id be grateful");

	private static final Phrases DO_YOU_KNOW = Phrases.of("do|would you know|happen|mind, do|would you have any");

	private static final Phrases ANY_IDEAS = Phrases.of("any idea|ideas|thoughts|suggestions|help|pointers|advice|tips");

	private static final Phrases HELP = Phrases.of("help, helpful, assist, assistance");

	private static final Phrases HOPE = Phrases.of("hope, hopefully, welcome, glad, happy to");

	private static final Phrases YES_NO = Phrases.of("is, are, does, do, did, was, were, has, have");

	private static final Phrases AGAIN = Phrases.of("again, already, still, once more");

	private static final Phrases WRONG = Phrases.of("wrong, incorrect, mistaken, mistake, false, bad, useless, "
			+ "pointless, irrelevant");

	/** Every phrase set above, counted in one pass; the indices below are positions in this list. */
	private static final Phrases.Counter COUNTER = new Phrases.Counter(GRATITUDE, DEFERENCE, GREETING, APOLOGY,
			PLEASE, COUNTERFACTUAL, INDICATIVE, HEDGE, FACTUALITY, QUESTION_WORD, WHY_WHAT, YOU_START, I_START, WE, YOU,
			BTW, IMPERATIVE, MUST, JUST, SORRY, NEGATION, SWEAR, HAVE_YOU_TRIED, DID_YOU, WHAT_MEAN, IS_THERE, I_WOULD,
			DO_YOU_KNOW, ANY_IDEAS, HELP, HOPE, YES_NO, AGAIN, WRONG);

	private static final int GRATITUDE_ = 0, DEFERENCE_ = 1, GREETING_ = 2, APOLOGY_ = 3, PLEASE_ = 4,
			COUNTERFACTUAL_ = 5, INDICATIVE_ = 6, HEDGE_ = 7, FACTUALITY_ = 8, QUESTION_WORD_ = 9, WHY_WHAT_ = 10,
			YOU_START_ = 11, I_START_ = 12, WE_ = 13, YOU_ = 14, BTW_ = 15, IMPERATIVE_ = 16, MUST_ = 17, JUST_ = 18,
			SORRY_ = 19, NEGATION_ = 20, SWEAR_ = 21, HAVE_YOU_TRIED_ = 22, DID_YOU_ = 23, WHAT_MEAN_ = 24,
			IS_THERE_ = 25, I_WOULD_ = 26, DO_YOU_KNOW_ = 27, ANY_IDEAS_ = 28, HELP_ = 29, HOPE_ = 30, YES_NO_ = 31,
			AGAIN_ = 32, WRONG_ = 33;

	private static final int SETS = 34;

	private PolitenessFeatures() {
	}

	/**
	 * @param text the request
	 * @param lexicon its {@link LexiconSentiment} scores (positive and negative word weight)
	 * @return {@link #NAMES}.length features
	 */
	public static double[] extract(String text, LexiconSentiment.Scores lexicon) {
		String t = text.strip();
		Phrases.Tokens tokens = new Phrases.Tokens(t);
		int[] all = new int[SETS];
		int[] starts = new int[SETS];
		COUNTER.count(tokens, tokens.size(), all, starts);
		int[] firstAll = new int[SETS];
		int[] firstStarts = new int[SETS];
		COUNTER.count(tokens, 2, firstAll, firstStarts);
		double[] x = new double[NAMES.length];
		int pleaseAll = capped(all[PLEASE_]);
		int pleaseStart = capped(starts[PLEASE_]);
		int i = 0;
		x[i++] = capped(all[GRATITUDE_]);
		x[i++] = capped(all[DEFERENCE_]);
		x[i++] = tokens.size() > 0 && firstAll[GREETING_] > 0 ? 1 : 0;
		x[i++] = capped(all[APOLOGY_]);
		x[i++] = pleaseStart;
		x[i++] = pleaseAll - pleaseStart;
		x[i++] = capped(all[COUNTERFACTUAL_]);
		x[i++] = capped(all[INDICATIVE_]);
		x[i++] = capped(all[HEDGE_]);
		x[i++] = capped(all[FACTUALITY_]);
		x[i++] = capped(starts[QUESTION_WORD_]);
		x[i++] = capped(all[WHY_WHAT_]);
		x[i++] = capped(starts[YOU_START_]);
		x[i++] = capped(starts[I_START_]);
		x[i++] = capped(all[WE_]);
		x[i++] = capped(all[YOU_]);
		x[i++] = Math.min(3, count(t, '?'));
		x[i++] = Math.min(3, count(t, '!'));
		x[i++] = Math.log1p(lexicon.positive());
		x[i++] = Math.log1p(lexicon.negative());
		x[i++] = capped(all[BTW_]);
		x[i++] = capped(starts[IMPERATIVE_]);
		x[i++] = capped(all[MUST_]);
		x[i++] = capped(all[JUST_]);
		x[i++] = Math.log1p(lexicon.words());
		x[i++] = capsWords(t);
		x[i++] = t.contains("<url>") || t.contains("http://") || t.contains("https://") ? 1 : 0;
		x[i++] = tokens.size() > 0 && firstAll[SORRY_] > 0 ? 1 : 0;
		x[i++] = Math.min(5, capped(all[NEGATION_]) + tokens.contractedNegations());
		x[i++] = capped(all[SWEAR_]);
		x[i++] = capped(all[HAVE_YOU_TRIED_]);
		x[i++] = capped(all[DID_YOU_]);
		x[i++] = capped(all[WHAT_MEAN_]);
		x[i++] = capped(all[IS_THERE_]);
		x[i++] = capped(all[I_WOULD_]);
		x[i++] = capped(all[DO_YOU_KNOW_]);
		x[i++] = capped(all[ANY_IDEAS_]);
		x[i++] = capped(all[HELP_]);
		x[i++] = capped(all[HOPE_]);
		x[i++] = capped(starts[YES_NO_]);
		x[i++] = t.endsWith("?") ? 1 : 0;
		x[i++] = capped(all[AGAIN_]);
		x[i++] = capped(all[WRONG_]);
		x[i++] = codeLike(t);
		return x;
	}

	/** @return a phrase count as {@link Phrases#count} reports it: at most 5 */
	private static int capped(int count) {
		return Math.min(5, count);
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
			if (c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '=') {
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
