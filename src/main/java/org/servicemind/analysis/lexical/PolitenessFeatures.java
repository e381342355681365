package org.servicemind.analysis.lexical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Politeness-strategy features of a request, after the strategies described by Danescu-Niculescu-Mizil et al.,
 * "A computational approach to politeness with application to social factors" (ACL 2013): gratitude, deference,
 * greetings, apologies, "please" at the start versus inside a sentence, indirect and counterfactual requests
 * ("could you"), hedges, factuality ("in fact"), direct questions ("why ..."), sentences that start with "you",
 * first-person pronouns, and positive and negative words (here from {@link LexiconSentiment}). The patterns are
 * our own. Each feature is a small count or 0/1; {@link #extract(String, LexiconSentiment.Scores)} is thread-safe.
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

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern GRATITUDE = Pattern
			.compile("\\b(thanks?|thank you|thx|appreciated?|appreciates|grateful|cheers)\\b", FLAGS);

	private static final Pattern DEFERENCE = Pattern.compile(
			"\\b(great|good|nice|excellent|interesting|fantastic|wonderful|awesome|impressive|helpful|brilliant)"
					+ "\\s+(work|job|point|question|idea|answer|catch|article|edit|edits|post|suggestion|effort)\\b"
					+ "|\\b(you'?re right|good point|well done|fair point|you are right)\\b",
			FLAGS);

	private static final Pattern GREETING = Pattern.compile("^\\W*(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\\b", FLAGS);

	private static final Pattern APOLOGY = Pattern.compile(
			"\\b(sorry|apologi[sz]e|apologies|excuse me|pardon|forgive me|my bad|my mistake|i regret)\\b", FLAGS);

	private static final Pattern PLEASE = Pattern.compile("\\b(please|pls|plz)\\b", FLAGS);

	private static final Pattern COUNTERFACTUAL = Pattern.compile("\\b(could|would|might) (you|u)\\b", FLAGS);

	private static final Pattern INDICATIVE = Pattern.compile("\\b(can|will|won'?t|can'?t) (you|u)\\b", FLAGS);

	private static final Pattern HEDGE = Pattern.compile(
			"\\b(i think|i believe|i guess|i suppose|i feel|i wonder|wondering|maybe|perhaps|possibly|probably|"
					+ "might|seems?|seemingly|suggest|suggestion|somewhat|kind of|sort of|a bit|a little|if possible|"
					+ "if you (don'?t mind|have time|get a chance|can)|any chance|would it be)\\b",
			FLAGS);

	private static final Pattern FACTUALITY = Pattern.compile(
			"\\b(in fact|actually|the (point|fact|truth|reality) is|obviously|clearly|of course|really)\\b", FLAGS);

	private static final Pattern DIRECT_QUESTION = Pattern.compile("(^|[.!?]\\s+)(what|why|how|where|who|when)\\b", FLAGS);

	private static final Pattern WHY_WHAT = Pattern.compile("\\b(why|what the|what on earth|how come)\\b", FLAGS);

	private static final Pattern YOU_START = Pattern.compile("(^|[.!?]\\s+)(you|your|u)\\b", FLAGS);

	private static final Pattern I_START = Pattern.compile("(^|[.!?]\\s+)(i|my|i'm|i've|i'd)\\b", FLAGS);

	private static final Pattern WE = Pattern.compile("\\b(we|our|us|let'?s)\\b", FLAGS);

	private static final Pattern YOU = Pattern.compile("\\b(you|your|yours|yourself|u)\\b", FLAGS);

	private static final Pattern BTW = Pattern.compile("\\b(by the way|btw|incidentally)\\b", FLAGS);

	private static final Pattern IMPERATIVE = Pattern.compile(
			"(^|[.!?]\\s+)(stop|don'?t|do|give|tell|read|look|go|fix|explain|show|use|see|check|add|remove|make|"
					+ "get|try|answer|provide|post|put|leave|learn)\\b",
			FLAGS);

	private static final Pattern MUST = Pattern.compile("\\b(you (must|should|need to|have to|'d better|better))\\b", FLAGS);

	private static final Pattern JUST = Pattern.compile("\\b(just|simply|seriously|even)\\b", FLAGS);

	private static final Pattern URL = Pattern.compile("<url>|https?://", FLAGS);

	private static final Pattern SORRY_START = Pattern.compile("^\\W*(sorry|apologies|excuse me|pardon)\\b", FLAGS);

	private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|n't|nothing|nobody)\\b|n't\\b", FLAGS);

	private static final Pattern SWEAR = Pattern.compile(
			"\\b(damn|hell|crap|stupid|idiot\\w*|dumb|wtf|ridiculous|nonsense|shit\\w*|fuck\\w*|bullshit|moron\\w*)\\b",
			FLAGS);

	private static final Pattern HAVE_YOU_TRIED = Pattern
			.compile("\\b(have|did) you (even )?(tried|try|read|looked|look|checked|check|considered|googled|searched)\\b", FLAGS);

	private static final Pattern DID_YOU = Pattern.compile("\\b(did|do|are|were) you\\b", FLAGS);

	private static final Pattern WHAT_MEAN = Pattern.compile(
			"\\b(what do you mean|what are you (talking|doing)|what('s| is) (your|the) (point|problem)|are you (serious|kidding|sure))\\b",
			FLAGS);

	private static final Pattern IS_THERE = Pattern.compile("\\b(is there|are there) (a|an|any)\\b", FLAGS);

	private static final Pattern I_WOULD = Pattern.compile("\\bi('d| would) (like|love|appreciate|be grateful)\\b", FLAGS);

	private static final Pattern DO_YOU_KNOW = Pattern.compile("\\b(do|would) you (know|happen|mind|have any)\\b", FLAGS);

	private static final Pattern ANY_IDEAS = Pattern
			.compile("\\b(any (idea|ideas|thoughts|suggestions|help|pointers|advice|tips))\\b", FLAGS);

	private static final Pattern HELP = Pattern.compile("\\b(help|helpful|assist|assistance)\\b", FLAGS);

	private static final Pattern HOPE = Pattern.compile("\\b(hope|hopefully|welcome|glad|happy to)\\b", FLAGS);

	private static final Pattern YES_NO = Pattern.compile("(^|[.!?]\\s+)(is|are|does|do|did|was|were|has|have)\\b", FLAGS);

	private static final Pattern AGAIN = Pattern.compile("\\b(again|already|still|yet again|once more)\\b", FLAGS);

	private static final Pattern WRONG = Pattern
			.compile("\\b(wrong|incorrect|mistaken|mistake|false|bad|useless|pointless|irrelevant)\\b", FLAGS);

	private static final Pattern CODE = Pattern.compile("[{}();=]|\\w+\\(\\)|\\b\\w+\\.\\w+\\b");

	private PolitenessFeatures() {
	}

	/**
	 * @param text the request
	 * @param lexicon its {@link LexiconSentiment} scores (positive and negative word weight)
	 * @return {@link #NAMES}.length features
	 */
	public static double[] extract(String text, LexiconSentiment.Scores lexicon) {
		String t = text.strip();
		double[] x = new double[NAMES.length];
		int i = 0;
		x[i++] = count(GRATITUDE, t);
		x[i++] = count(DEFERENCE, t);
		x[i++] = GREETING.matcher(t).find() ? 1 : 0;
		x[i++] = count(APOLOGY, t);
		int pleaseStart = 0;
		int pleaseMid = 0;
		Matcher please = PLEASE.matcher(t);
		while (please.find()) {
			if (atSentenceStart(t, please.start())) {
				pleaseStart++;
			}
			else {
				pleaseMid++;
			}
		}
		x[i++] = pleaseStart;
		x[i++] = pleaseMid;
		x[i++] = count(COUNTERFACTUAL, t);
		x[i++] = count(INDICATIVE, t);
		x[i++] = count(HEDGE, t);
		x[i++] = count(FACTUALITY, t);
		x[i++] = count(DIRECT_QUESTION, t);
		x[i++] = count(WHY_WHAT, t);
		x[i++] = count(YOU_START, t);
		x[i++] = count(I_START, t);
		x[i++] = count(WE, t);
		x[i++] = count(YOU, t);
		x[i++] = Math.min(3, t.chars().filter(c -> c == '?').count());
		x[i++] = Math.min(3, t.chars().filter(c -> c == '!').count());
		x[i++] = Math.log1p(lexicon.positive());
		x[i++] = Math.log1p(lexicon.negative());
		x[i++] = count(BTW, t);
		x[i++] = count(IMPERATIVE, t);
		x[i++] = count(MUST, t);
		x[i++] = count(JUST, t);
		x[i++] = Math.log1p(lexicon.words());
		x[i++] = capsWords(t);
		x[i++] = URL.matcher(t).find() ? 1 : 0;
		x[i++] = SORRY_START.matcher(t).find() ? 1 : 0;
		x[i++] = count(NEGATION, t);
		x[i++] = count(SWEAR, t);
		x[i++] = count(HAVE_YOU_TRIED, t);
		x[i++] = count(DID_YOU, t);
		x[i++] = count(WHAT_MEAN, t);
		x[i++] = count(IS_THERE, t);
		x[i++] = count(I_WOULD, t);
		x[i++] = count(DO_YOU_KNOW, t);
		x[i++] = count(ANY_IDEAS, t);
		x[i++] = count(HELP, t);
		x[i++] = count(HOPE, t);
		x[i++] = count(YES_NO, t);
		x[i++] = t.endsWith("?") ? 1 : 0;
		x[i++] = count(AGAIN, t);
		x[i++] = count(WRONG, t);
		x[i++] = Math.min(5, count(CODE, t));
		return x;
	}

	private static boolean atSentenceStart(String t, int at) {
		int k = at - 1;
		while (k >= 0 && !Character.isLetterOrDigit(t.charAt(k))) {
			if (".!?\n".indexOf(t.charAt(k)) >= 0) {
				return true;
			}
			k--;
		}
		return k < 0;
	}

	private static int count(Pattern p, String t) {
		Matcher m = p.matcher(t);
		int n = 0;
		while (m.find() && n < 5) {
			n++;
		}
		return n;
	}

	private static int capsWords(String t) {
		int n = 0;
		for (String w : t.split("\\s+")) {
			if (w.length() > 2 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
					&& w.chars().anyMatch(Character::isLetter)) {
				n++;
			}
		}
		return Math.min(n, 5);
	}
}
