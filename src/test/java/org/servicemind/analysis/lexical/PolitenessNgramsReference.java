package org.servicemind.analysis.lexical;

import java.util.Locale;

/**
 * Hashed word n-grams of a request for the politeness models: lower-cased word unigrams and bigrams (a sentence
 * start is the pseudo-word {@code ^}, so "^ please" and "^ you" are bigrams), plus the marks {@code ?}, {@code !},
 * {@code `} (inline code), {@code @} (a reply to a user) and {@code <url>} as words. Each n-gram adds 1 to one of
 * {@link #BUCKETS} buckets (String hash, mixed, modulo); the vector is scaled to unit length, so it is the same
 * for one short text and for a long one with the same mix of phrases. The hashing approach follows the emotion
 * models' {@code EmotionFeatures}; the tokeniser here is separate. Stateless and thread-safe.
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class PolitenessNgramsReference {

	/** Number of hashed buckets (length of the vector). */
	public static final int BUCKETS = 1024;

	/** Characters read from a text; the rest is ignored. */
	static final int MAX_CHARS = 2000;

	private PolitenessNgramsReference() {
	}

	/**
	 * @param text the request, any length (only the first {@value #MAX_CHARS} characters are read)
	 * @return {@link #BUCKETS} non-negative values of unit Euclidean length (all zero for a text without words)
	 */
	public static double[] extract(String text) {
		double[] x = new double[BUCKETS];
		String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		t = t.toLowerCase(Locale.ROOT);
		String previous = "^";
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= t.length(); i++) {
			char c = i < t.length() ? t.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
				continue;
			}
			if (c == '\'' || c == '\u2019') {
				continue;
			}
			if (word.length() > 0) {
				previous = add(x, previous, word.toString());
				word.setLength(0);
			}
			if (c == '<' && t.startsWith("<url>", i)) {
				previous = add(x, previous, "<url>");
				i += 4;
			}
			else if (c == '?' || c == '!' || c == '`' || c == '@') {
				previous = add(x, previous, String.valueOf(c));
			}
			if (c == '.' || c == '?' || c == '!' || c == ';' || c == '\n') {
				if (!(c == '.' && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)))) {
					previous = "^";
				}
			}
		}
		double norm = 0;
		for (double v : x) {
			norm += v * v;
		}
		if (norm > 0) {
			double s = 1 / Math.sqrt(norm);
			for (int i = 0; i < x.length; i++) {
				x[i] *= s;
			}
		}
		return x;
	}

	private static String add(double[] x, String previous, String word) {
		x[bucket(word)]++;
		x[bucket(previous + " " + word)]++;
		return word;
	}

	private static int bucket(String gram) {
		int h = gram.hashCode() * 0x9E3779B1;
		return Math.floorMod(h ^ (h >>> 15), BUCKETS);
	}
}
