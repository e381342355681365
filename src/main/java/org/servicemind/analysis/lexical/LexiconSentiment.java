package org.servicemind.analysis.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based sentiment after the VADER method (C. J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model
 * for Sentiment Analysis of Social Media Text", ICWSM 2014). The word valences (-4..4) are VADER's own human-rated
 * lexicon, read from the {@code vader_sentiment_lexicon.txt} resource of the Maven artifact
 * {@code com.github.apanimesh061:vader-sentiment-analyzer:1.0} (MIT licence); the rules below are our own
 * implementation of the heuristics the paper describes: intensity boosters and dampeners in the three preceding
 * words, negation in the three preceding words, emphasis by capitals when only some words are in capitals, the
 * contrastive "but" (what follows weighs more), and emphasis by exclamation and question marks. The word lists
 * here are ours. Thread-safe; immutable after construction.
 */
public final class LexiconSentiment {

	/** Normalisation constant of the compound score {@code s / sqrt(s² + ALPHA)}, as in the paper. */
	private static final double ALPHA = 15;

	private static final double BOOST = 0.293;

	private static final double CAPS_BOOST = 0.733;

	private static final double NEGATION = -0.74;

	private static final Set<String> INTENSIFIERS = Set.of("absolutely", "amazingly", "awfully", "completely",
			"considerably", "decidedly", "deeply", "enormously", "entirely", "especially", "exceptionally",
			"extremely", "fabulously", "greatly", "highly", "hugely", "incredibly", "intensely", "majorly", "more",
			"most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly",
			"totally", "tremendously", "truly", "unbelievably", "unusually", "utterly", "very", "super", "seriously",
			"insanely", "terribly", "hella", "sooo", "soo", "way", "real", "freaking", "frickin", "fucking");

	private static final Set<String> DAMPENERS = Set.of("almost", "barely", "hardly", "kinda", "less", "little",
			"marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "fairly", "rather",
			"mildly", "pretty");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
			"neither", "nor", "nowhere", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "isnt", "arent",
			"wasnt", "werent", "havent", "hasnt", "hadnt", "couldnt", "shouldnt", "wouldnt", "aint", "without",
			"rarely", "seldom", "despite", "neednt", "mustnt");

	private static final Set<String> CONTRAST = Set.of("but");

	private final Map<String, Double> valences;

	/** Loads the lexicon from the classpath. */
	public LexiconSentiment() {
		this.valences = load();
	}

	/**
	 * Scores of one text.
	 *
	 * @param compound normalised sum, -1..1
	 * @param positive sum of positive word valences after the rules (≥ 0)
	 * @param negative sum of the magnitudes of negative word valences after the rules (≥ 0)
	 * @param hits number of words found in the lexicon
	 * @param words number of tokens
	 */
	public record Scores(double compound, double positive, double negative, int hits, int words) {
	}

	/** Flags of a word (after {@link #normalise}), looked up once per token. */
	private static final int INTENSIFIER = 1, DAMPENER = 2, NEGATION_WORD = 4, CONTRAST_WORD = 8;

	private static final Map<String, Integer> FLAGS = flags();

	/** @return the VADER-style scores of {@code text}; all zero for empty text */
	public Scores score(String text) {
		List<String> tokens = tokens(text);
		int n = tokens.size();
		String[] lower = new String[n];
		int[] flags = new int[n];
		boolean[] caps = new boolean[n];
		double[] valence = new double[n];
		int capsCount = 0;
		for (int i = 0; i < n; i++) {
			String token = tokens.get(i);
			String lowerToken = token.toLowerCase(Locale.ROOT);
			lower[i] = normalise(token);
			flags[i] = FLAGS.getOrDefault(lower[i], 0);
			caps[i] = isAllCaps(token);
			capsCount += caps[i] ? 1 : 0;
			Double v = valences.get(lowerToken);
			if (v == null && !lower[i].equals(lowerToken)) {
				v = valences.get(lower[i]);
			}
			valence[i] = v == null ? Double.NaN : v;
		}
		boolean someCaps = capsCount > 0 && capsCount < n;
		double[] sentiments = new double[n];
		int hits = 0;
		int contrastAt = -1;
		for (int i = 0; i < n; i++) {
			String word = lower[i];
			if ((flags[i] & CONTRAST_WORD) != 0 && contrastAt < 0 && i > 0) {
				contrastAt = i;
			}
			if (Double.isNaN(valence[i]) || (flags[i] & (INTENSIFIER | DAMPENER)) != 0) {
				continue;
			}
			if ("kind".equals(word) && i + 1 < n && "of".equals(lower[i + 1])) {
				continue;
			}
			if ("no".equals(word) && i + 1 < n && !Double.isNaN(valence[i + 1])) {
				continue;
			}
			hits++;
			double v = valence[i];
			if (someCaps && caps[i]) {
				v += Math.signum(v) * CAPS_BOOST;
			}
			for (int back = 1; back <= 3 && i - back >= 0; back++) {
				v += boost(flags[i - back], caps[i - back], v, someCaps) * (back == 1 ? 1 : back == 2 ? 0.95 : 0.9);
			}
			v *= Math.pow(NEGATION, negations(lower, flags, i));
			sentiments[i] = v;
		}
		if (contrastAt >= 0) {
			for (int i = 0; i < n; i++) {
				sentiments[i] *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1;
			}
		}
		double sum = 0;
		double pos = 0;
		double neg = 0;
		for (double s : sentiments) {
			sum += s;
			if (s > 0) {
				pos += s + 1;
			}
			else if (s < 0) {
				neg += -s + 1;
			}
		}
		double emphasis = punctuationEmphasis(text);
		if (sum > 0) {
			sum += emphasis;
			pos += emphasis;
		}
		else if (sum < 0) {
			sum -= emphasis;
			neg += emphasis;
		}
		double compound = sum == 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA);
		return new Scores(Math.max(-1, Math.min(1, compound)), pos, neg, hits, n);
	}

	/** @return the pieces of {@code text.strip().split("\\s+")} that are not empty */
	static List<String> tokens(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		List<String> tokens = new ArrayList<>();
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean space = i == to || isRegexSpace(text.charAt(i));
			if (!space && start < 0) {
				start = i;
			}
			else if (space && start >= 0) {
				tokens.add(text.substring(start, i));
				start = -1;
			}
		}
		return tokens;
	}

	/** @return whether {@code c} is in the regex class {@code \\s} ({@code [ \\t\\n\\x0B\\f\\r]}) */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static Map<String, Integer> flags() {
		Map<String, Integer> flags = new HashMap<>();
		INTENSIFIERS.forEach(w -> flags.merge(w, INTENSIFIER, (a, b) -> a | b));
		DAMPENERS.forEach(w -> flags.merge(w, DAMPENER, (a, b) -> a | b));
		NEGATIONS.forEach(w -> flags.merge(w, NEGATION_WORD, (a, b) -> a | b));
		CONTRAST.forEach(w -> flags.merge(w, CONTRAST_WORD, (a, b) -> a | b));
		return flags;
	}

	private static double boost(int flags, boolean caps, double valence, boolean someCaps) {
		double scalar = (flags & INTENSIFIER) != 0 ? BOOST : (flags & DAMPENER) != 0 ? -BOOST : 0;
		if (scalar == 0) {
			return 0;
		}
		if (valence < 0) {
			scalar = -scalar;
		}
		if (someCaps && caps) {
			scalar += Math.signum(scalar) * CAPS_BOOST;
		}
		return scalar;
	}

	/** @return how many negations stand in the three words before word {@code i} (each flips and damps) */
	private static int negations(String[] lower, int[] flags, int i) {
		int count = 0;
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			String w = lower[i - back];
			if ((flags[i - back] & NEGATION_WORD) != 0
					|| "least".equals(w) && (i - back == 0 || !"at".equals(lower[i - back - 1]))) {
				count++;
			}
		}
		return count;
	}

	private static double punctuationEmphasis(String text) {
		int bangs = 0;
		int questions = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '!') {
				bangs++;
			}
			else if (c == '?') {
				questions++;
			}
		}
		double emphasis = Math.min(bangs, 4) * 0.292;
		if (questions > 1) {
			emphasis += questions <= 3 ? questions * 0.18 : 0.96;
		}
		return emphasis;
	}

	/** Lower-cases a token, strips surrounding punctuation and apostrophes inside ("don't" becomes "dont"). */
	static String normalise(String token) {
		int from = 0;
		int to = token.length();
		while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
			to--;
		}
		if (from >= to) {
			return token.toLowerCase(Locale.ROOT);
		}
		String core = token.substring(from, to).toLowerCase(Locale.ROOT);
		return core.indexOf('\'') >= 0 || core.indexOf('\u2019') >= 0 ? core.replace("'", "").replace("\u2019", "")
				: core;
	}

	private static boolean isAllCaps(String token) {
		boolean letter = false;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letter = true;
			}
		}
		return letter && token.length() > 1;
	}

	private static Map<String, Double> load() {
		InputStream in = LexiconSentiment.class.getResourceAsStream("/vader_sentiment_lexicon.txt");
		if (in == null) {
			throw new UncheckedIOException(new IOException("VADER lexicon resource missing from the classpath"));
		}
		Map<String, Double> map = new HashMap<>(16_384);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] parts = line.split("\t");
				if (parts.length >= 2) {
					try {
						map.put(parts[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(parts[1].strip()));
					}
					catch (NumberFormatException ex) {
						// a malformed lexicon line is skipped
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return map;
	}
}
