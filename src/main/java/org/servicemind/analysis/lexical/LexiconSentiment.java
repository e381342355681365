package org.servicemind.analysis.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

	private final SliceTable valences;

	/** Loads the lexicon from the classpath. */
	public LexiconSentiment() {
		this.valences = new SliceTable(load());
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

	/**
	 * Flags of a word (after {@link #normalise}), looked up once per token: its word lists, and whether it is one of
	 * the words the rules name ("kind of", "no", "at least").
	 */
	private static final int INTENSIFIER = 1, DAMPENER = 2, NEGATION_WORD = 4, CONTRAST_WORD = 8, KIND = 16, OF = 32,
			NO = 64, LEAST = 128, AT = 256;

	private static final SliceTable FLAGS = new SliceTable(flags());

	/** @return the VADER-style scores of {@code text}; all zero for empty text */
	public Scores score(String text) {
		int[] bounds = tokenBounds(text);
		int n = bounds[0];
		int[] flags = new int[n];
		boolean[] caps = new boolean[n];
		double[] valence = new double[n];
		char[] scratch = new char[16];
		int capsCount = 0;
		for (int i = 0; i < n; i++) {
			int from = bounds[1 + 2 * i];
			int to = bounds[2 + 2 * i];
			if (scratch.length < to - from) {
				scratch = new char[Math.max(to - from, scratch.length * 2)];
			}
			if (!lookUpAscii(text, from, to, scratch, flags, valence, i)) {
				lookUp(text.substring(from, to), flags, valence, i);
			}
			caps[i] = isAllCaps(text, from, to);
			capsCount += caps[i] ? 1 : 0;
		}
		boolean someCaps = capsCount > 0 && capsCount < n;
		double[] sentiments = new double[n];
		int hits = 0;
		int contrastAt = -1;
		for (int i = 0; i < n; i++) {
			if ((flags[i] & CONTRAST_WORD) != 0 && contrastAt < 0 && i > 0) {
				contrastAt = i;
			}
			if (Double.isNaN(valence[i]) || (flags[i] & (INTENSIFIER | DAMPENER)) != 0) {
				continue;
			}
			if ((flags[i] & KIND) != 0 && i + 1 < n && (flags[i + 1] & OF) != 0) {
				continue;
			}
			if ((flags[i] & NO) != 0 && i + 1 < n && !Double.isNaN(valence[i + 1])) {
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
			v *= Math.pow(NEGATION, negations(flags, i));
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

	/**
	 * @return the number of pieces of {@code text.strip().split("\\s+")} that are not empty, followed by their
	 *     start and end offsets: piece {@code i} starts at {@code bounds[1+2i]} and ends
	 *     before {@code bounds[2+2i]}
	 */
	static int[] tokenBounds(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		int[] bounds = new int[16];
		int count = 1;
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean space = i == to || isRegexSpace(text.charAt(i));
			if (!space && start < 0) {
				start = i;
			}
			else if (space && start >= 0) {
				if (count + 2 > bounds.length) {
					bounds = Arrays.copyOf(bounds, bounds.length * 2);
				}
				bounds[count++] = start;
				bounds[count++] = i;
				start = -1;
			}
		}
		bounds[0] = (count - 1) / 2;
		return bounds;
	}

	/**
	 * Looks up the flags and valence of the token {@code text} from {@code from} up to, not including, {@code to} when it is plain ASCII, without making
	 * strings: the same lookups as {@link #lookUp} (ASCII lower-casing is {@link Locale#ROOT} lower-casing, and an
	 * ASCII letter or digit is what {@link Character#isLetterOrDigit} accepts).
	 *
	 * @return false, having looked up nothing, when the token has a non-ASCII character
	 */
	private boolean lookUpAscii(String text, int from, int to, char[] lower, int[] flags, double[] valence, int i) {
		int length = to - from;
		int hash = 0;
		for (int k = 0; k < length; k++) {
			char c = text.charAt(from + k);
			if (c >= 128) {
				return false;
			}
			c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
			lower[k] = c;
			hash = 31 * hash + c;
		}
		int a = 0;
		int b = length;
		while (a < b && !isAsciiLetterOrDigit(lower[a])) {
			a++;
		}
		while (b > a && !isAsciiLetterOrDigit(lower[b - 1])) {
			b--;
		}
		double v = valences.get(lower, 0, length, hash, Double.NaN);
		if (a >= b) { // no letter or digit: the normalised word is the lower-cased token
			flags[i] = (int) FLAGS.get(lower, 0, length, hash, 0);
			valence[i] = v;
			return true;
		}
		int kept = a;
		for (int k = a; k < b; k++) { // drops apostrophes, shifting the core left to start at a
			if (lower[k] != '\'') {
				lower[kept++] = lower[k];
			}
		}
		int coreLength = kept - a;
		boolean same = a == 0 && coreLength == length;
		int coreHash = same ? hash : SliceTable.hash(lower, a, coreLength);
		flags[i] = (int) FLAGS.get(lower, a, coreLength, coreHash, 0);
		if (Double.isNaN(v) && !same) {
			v = valences.get(lower, a, coreLength, coreHash, Double.NaN);
		}
		valence[i] = v;
		return true;
	}

	/** Looks up the flags and valence of any token, as strings. */
	private void lookUp(String token, int[] flags, double[] valence, int i) {
		String lowerToken = token.toLowerCase(Locale.ROOT);
		String word = normalise(token);
		flags[i] = (int) FLAGS.get(word, 0);
		double v = valences.get(lowerToken, Double.NaN);
		if (Double.isNaN(v) && !word.equals(lowerToken)) {
			v = valences.get(word, Double.NaN);
		}
		valence[i] = v;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
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
		flags.merge("kind", KIND, (a, b) -> a | b);
		flags.merge("of", OF, (a, b) -> a | b);
		flags.merge("no", NO, (a, b) -> a | b);
		flags.merge("least", LEAST, (a, b) -> a | b);
		flags.merge("at", AT, (a, b) -> a | b);
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
	private static int negations(int[] flags, int i) {
		int count = 0;
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			if ((flags[i - back] & NEGATION_WORD) != 0
					|| (flags[i - back] & LEAST) != 0 && (i - back == 0 || (flags[i - back - 1] & AT) == 0)) {
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

	private static boolean isAllCaps(String text, int from, int to) {
		boolean letter = false;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letter = true;
			}
		}
		return letter && to - from > 1;
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
