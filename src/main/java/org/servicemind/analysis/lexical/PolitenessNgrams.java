package org.servicemind.analysis.lexical;

import java.util.Locale;

/**
 * Hashed word n-grams of a request for the politeness models: lower-cased word unigrams and bigrams (a sentence
 * start is the pseudo-word {@code ^}, so "^ please" and "^ you" are bigrams), plus the marks {@code ?}, {@code !},
 * {@code `} (inline code), {@code @} (a reply to a user) and {@code <url>} as words. Each n-gram adds 1 to one of
 * {@link #BUCKETS} buckets (String hash, mixed, modulo); the vector is scaled to unit length, so it is the same
 * for one short text and for a long one with the same mix of phrases. The hashing approach follows the emotion
 * models' {@code EmotionFeatures}; the tokeniser here is separate. Thread-safe: each thread counts in its own reused
 * arrays.
 */
public final class PolitenessNgrams {

	/** Number of hashed buckets (length of the vector). */
	public static final int BUCKETS = 1024;

	/** Characters read from a text; the rest is ignored. */
	static final int MAX_CHARS = 2000;

	private PolitenessNgrams() {
	}

	/** The non-zero entries of {@link #extract}: {@code values[i]} sits at {@code buckets[i]}, ascending. */
	public record Sparse(int[] buckets, double[] values) {
	}

	private static final int HASH_START = "^".hashCode(), HASH_URL = "<url>".hashCode();

	private static final int POW1 = 31, POW5 = 31 * 31 * 31 * 31 * 31;

	private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[BUCKETS]);

	/** One bit per bucket counted in the current text, so that only those are read (in ascending order). */
	private static final ThreadLocal<long[]> TOUCHED = ThreadLocal.withInitial(() -> new long[BUCKETS / 64]);

	/**
	 * @param text the request, any length (only the first {@value #MAX_CHARS} characters are read)
	 * @return {@link #BUCKETS} non-negative values of unit Euclidean length (all zero for a text without words)
	 */
	public static double[] extract(String text) {
		Sparse s = sparse(text);
		double[] x = new double[BUCKETS];
		for (int i = 0; i < s.buckets().length; i++) {
			x[s.buckets()[i]] = s.values()[i];
		}
		return x;
	}

	/**
	 * The same values as {@link #extract}, computed without strings: word hashes are built char by char (equal to
	 * {@link String#hashCode()} of the word) and the bigram hash is composed from the two words' hashes.
	 *
	 * @return the non-zero entries of {@link #extract}{@code (text)}, in ascending bucket order
	 */
	public static Sparse sparse(String text) {
		int[] counts = COUNTS.get();
		long[] touched = TOUCHED.get();
		clear(counts, touched);
		String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		t = t.toLowerCase(Locale.ROOT);
		int previousHash = HASH_START;
		int hash = 0;
		int pow = 1;
		int length = 0;
		int grams = 0;
		for (int i = 0; i <= t.length(); i++) {
			char c = i < t.length() ? t.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				hash = 31 * hash + c;
				pow *= 31;
				length++;
				continue;
			}
			if (c == '\'' || c == '\u2019') {
				continue;
			}
			if (length > 0) {
				grams += add(counts, touched, previousHash, hash, pow);
				previousHash = hash;
				hash = 0;
				pow = 1;
				length = 0;
			}
			if (c == '<' && t.startsWith("<url>", i)) {
				grams += add(counts, touched, previousHash, HASH_URL, POW5);
				previousHash = HASH_URL;
				i += 4;
			}
			else if (c == '?' || c == '!' || c == '`' || c == '@') {
				grams += add(counts, touched, previousHash, c, POW1);
				previousHash = c;
			}
			if (c == '.' || c == '?' || c == '!' || c == ';' || c == '\n') {
				if (!(c == '.' && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1)))) {
					previousHash = HASH_START;
				}
			}
		}
		if (grams == 0) {
			return new Sparse(new int[0], new double[0]);
		}
		int nonZero = 0;
		double norm = 0;
		for (int w = 0; w < touched.length; w++) {
			for (long bits = touched[w]; bits != 0; bits &= bits - 1) {
				double v = counts[w * 64 + Long.numberOfTrailingZeros(bits)];
				norm += v * v;
				nonZero++;
			}
		}
		double scale = 1 / Math.sqrt(norm);
		int[] buckets = new int[nonZero];
		double[] values = new double[nonZero];
		int k = 0;
		for (int w = 0; w < touched.length; w++) {
			for (long bits = touched[w]; bits != 0; bits &= bits - 1) {
				int b = w * 64 + Long.numberOfTrailingZeros(bits);
				buckets[k] = b;
				values[k++] = counts[b] * scale;
				counts[b] = 0;
			}
			touched[w] = 0;
		}
		return new Sparse(buckets, values);
	}

	/**
	 * Counts the word (hash {@code hash}, {@code pow} = 31^length) and the bigram "previous word": the bigram's
	 * String hash is {@code (previousHash * 31 + ' ') * pow + hash}.
	 *
	 * @return 2, the number of n-grams counted
	 */
	private static int add(int[] counts, long[] touched, int previousHash, int hash, int pow) {
		int word = bucket(hash);
		int bigram = bucket((previousHash * 31 + ' ') * pow + hash);
		counts[word]++;
		counts[bigram]++;
		touched[word >>> 6] |= 1L << word;
		touched[bigram >>> 6] |= 1L << bigram;
		return 2;
	}

	/** Zeroes what a call that ended early (by an exception) may have left; nothing after a normal call. */
	private static void clear(int[] counts, long[] touched) {
		for (int w = 0; w < touched.length; w++) {
			for (long bits = touched[w]; bits != 0; bits &= bits - 1) {
				counts[w * 64 + Long.numberOfTrailingZeros(bits)] = 0;
			}
			touched[w] = 0;
		}
	}

	private static int bucket(int hash) {
		int h = hash * 0x9E3779B1;
		return Math.floorMod(h ^ (h >>> 15), BUCKETS);
	}
}
