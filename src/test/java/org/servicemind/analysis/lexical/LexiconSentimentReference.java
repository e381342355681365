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
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class LexiconSentimentReference {

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
	LexiconSentimentReference() {
		this.valences = load();
	}

	/** @return the VADER-style scores of {@code text}; all zero for empty text */
	public LexiconSentiment.Scores score(String text) {
		String[] raw = text.strip().split("\\s+");
		List<String> tokens = new ArrayList<>(raw.length);
		for (String t : raw) {
			if (!t.isEmpty()) {
				tokens.add(t);
			}
		}
		boolean someCaps = someButNotAllCaps(tokens);
		int n = tokens.size();
		String[] lower = new String[n];
		for (int i = 0; i < n; i++) {
			lower[i] = normalise(tokens.get(i));
		}
		double[] sentiments = new double[n];
		int hits = 0;
		int contrastAt = -1;
		for (int i = 0; i < n; i++) {
			String word = lower[i];
			if (CONTRAST.contains(word) && contrastAt < 0 && i > 0) {
				contrastAt = i;
			}
			Double v = lookup(tokens.get(i), word);
			if (v == null || INTENSIFIERS.contains(word) || DAMPENERS.contains(word)) {
				continue;
			}
			if ("kind".equals(word) && i + 1 < n && "of".equals(lower[i + 1])) {
				continue;
			}
			if ("no".equals(word) && i + 1 < n && lookup(tokens.get(i + 1), lower[i + 1]) != null) {
				continue;
			}
			hits++;
			double valence = v;
			if (someCaps && isAllCaps(tokens.get(i))) {
				valence += Math.signum(valence) * CAPS_BOOST;
			}
			for (int back = 1; back <= 3 && i - back >= 0; back++) {
				valence += boost(tokens.get(i - back), lower[i - back], valence, someCaps)
						* (back == 1 ? 1 : back == 2 ? 0.95 : 0.9);
			}
			valence *= Math.pow(NEGATION, negations(lower, i));
			sentiments[i] = valence;
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
		return new LexiconSentiment.Scores(Math.max(-1, Math.min(1, compound)), pos, neg, hits, n);
	}

	private Double lookup(String token, String word) {
		Double v = valences.get(token.toLowerCase(Locale.ROOT));
		return v != null ? v : valences.get(word);
	}

	private static double boost(String token, String word, double valence, boolean someCaps) {
		double scalar = INTENSIFIERS.contains(word) ? BOOST : DAMPENERS.contains(word) ? -BOOST : 0;
		if (scalar == 0) {
			return 0;
		}
		if (valence < 0) {
			scalar = -scalar;
		}
		if (someCaps && isAllCaps(token)) {
			scalar += Math.signum(scalar) * CAPS_BOOST;
		}
		return scalar;
	}

	/** @return how many negations stand in the three words before word {@code i} (each flips and damps) */
	private static int negations(String[] lower, int i) {
		int count = 0;
		for (int back = 1; back <= 3 && i - back >= 0; back++) {
			String w = lower[i - back];
			if (NEGATIONS.contains(w)
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

	private static boolean someButNotAllCaps(List<String> tokens) {
		int caps = 0;
		for (String t : tokens) {
			if (isAllCaps(t)) {
				caps++;
			}
		}
		return caps > 0 && caps < tokens.size();
	}

	private static Map<String, Double> load() {
		InputStream in = LexiconSentimentReference.class.getResourceAsStream("/vader_sentiment_lexicon.txt");
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
		return Map.copyOf(map);
	}
}
