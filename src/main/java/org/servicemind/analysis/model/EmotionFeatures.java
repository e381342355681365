package org.servicemind.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a text (and optionally its embedding) into the feature vector of the emotion models. Layout of the
 * {@link #DIMENSION}-long vector: the {@value Embedder#DIMENSION} embedding values (zero when there is no
 * embedding), then {@link #LEXICAL} lexical values (cue counts of {@link EmotionLexicon} as {@code log(1+n)}, caps,
 * punctuation, pronoun ratios, length), then {@link #BUCKETS} hashed buckets of word unigrams (marked when they
 * follow a negation in the same clause), word bigrams and character 4-grams of words, each text's hashed part scaled
 * to unit length. Texts longer than {@link #MAX_CHARS} are cut. Thread-safe (each thread reuses its own scratch
 * arrays).
 *
 * <p>The text is tokenised once ({@link EmotionTokens}); cue lists are counted on word ids ({@link CueIndex}); n-grams
 * are hashed from the tokens' string hashes without building strings, to the same buckets as hashing the n-gram
 * strings {@code "u:word"}, {@code "n:word"}, {@code "b:previous word"} and {@code "c:gram"} with
 * {@link String#hashCode()}; buckets are counted and ordered by {@link BucketCounter}.
 */
public final class EmotionFeatures {

	/** Characters read from a text; the rest is ignored. */
	public static final int MAX_CHARS = 4000;

	/**
	 * Character n-gram lengths hashed for every word of 3+ characters, padded with {@code <} and {@code >} (the
	 * hashing below assumes 4).
	 */
	static final int CHAR_MIN = 4, CHAR_MAX = 4;

	/** Number of hashed n-gram buckets. */
	public static final int BUCKETS = 1 << 15;

	static final List<List<String>> LISTS = List.of(EmotionLexicon.ANGER, EmotionLexicon.ANNOYANCE,
			EmotionLexicon.PROFANITY, EmotionLexicon.CARING, EmotionLexicon.APOLOGY, EmotionLexicon.OWNERSHIP,
			EmotionLexicon.ACKNOWLEDGE, EmotionLexicon.BLAME, EmotionLexicon.NEGATED_POSITIVE,
			EmotionLexicon.ESCALATION, EmotionLexicon.URGENCY, EmotionLexicon.DISMISSIVE, EmotionLexicon.CONDESCENDING,
			EmotionLexicon.INSULT, EmotionLexicon.GRATITUDE, EmotionLexicon.POSITIVE, EmotionLexicon.SADNESS,
			EmotionLexicon.RHETORICAL);

	/** Index (within the lexical block) of each cue list, in {@link #LISTS} order. */
	static final int ANGER = 0, ANNOYANCE = 1, PROFANITY = 2, CARING = 3, APOLOGY = 4, OWNERSHIP = 5,
			ACKNOWLEDGE = 6, BLAME = 7, NEGATED_POSITIVE = 8, ESCALATION = 9, URGENCY = 10, DISMISSIVE = 11,
			CONDESCENDING = 12, INSULT = 13, GRATITUDE = 14, POSITIVE = 15, SADNESS = 16, RHETORICAL = 17;

	/** Index of the shape features after the cue lists. */
	static final int CAPS_RATIO = 18, CAPS_WORDS = 19, EXCLAMATIONS = 20, QUESTIONS = 21, REPEATED_PUNCT = 22,
			ELONGATED = 23, SCARE_QUOTES = 24, LENGTH = 25, SECOND_PERSON = 26, FIRST_PERSON = 27, FIRST_PLURAL = 28,
			NEGATIONS = 29, ELLIPSIS = 30, SMILEY = 31, FROWN = 32;

	/** Number of lexical features. */
	public static final int LEXICAL = 33;

	/** Offset of the lexical block. */
	public static final int LEXICAL_OFFSET = Embedder.DIMENSION;

	/** Offset of the hashed block. */
	public static final int HASHED_OFFSET = LEXICAL_OFFSET + LEXICAL;

	/** Length of the full feature vector. */
	public static final int DIMENSION = HASHED_OFFSET + BUCKETS;

	/** Index of {@link EmotionLexicon#DEFLECTION} in {@link #CUES}, after {@link #LISTS}. */
	private static final int DEFLECTION = 18;

	private static final CueIndex CUES = new CueIndex(withDeflection());

	private static final int HASH_U = "u:".hashCode(), HASH_N = "n:".hashCode(), HASH_B = "b:".hashCode(),
			HASH_C = "c:".hashCode(), HASH_START = "<s>".hashCode(), HASH_END = " </s>".hashCode();

	private static final int POW3 = 31 * 31 * 31, POW4 = POW3 * 31, POW5 = POW4 * 31;

	private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

	/** A text's features without the embedding: dense lexical values and sparse hashed buckets. */
	public record Sparse(double[] lexical, int[] buckets, float[] values) {
	}

	/** The non-zero entries of {@link #vector}: {@code index[i]} holds {@code value[i]}. */
	public record SparseVector(int[] index, double[] value) {
	}

	/** One thread's scratch: the tokens, counters and the last text's features. */
	static final class Work {

		final EmotionTokens tokens = new EmotionTokens();

		private EmotionTokens deflectionTokens;

		final BucketCounter counter = new BucketCounter(BUCKETS);

		final int[] cueCounts = new int[LISTS.size() + 1];

		final double[] lexical = new double[LEXICAL];

		int[] buckets = new int[512];

		float[] values = new float[512];

		/** Number of distinct buckets in {@link #buckets}. */
		int hashed;

		/** {@code log(1+n)} of the deflection cues. */
		double deflection;

		/** The sparse vector of the last {@link #analyse} call: {@code length} entries. */
		int[] index = new int[1024];

		double[] value = new double[1024];

		int length;
	}

	private static List<List<String>> withDeflection() {
		List<List<String>> all = new ArrayList<>(LISTS);
		all.add(EmotionLexicon.DEFLECTION);
		return all;
	}

	/** @return the same features as {@link #vector}, as its non-zero entries (no 33k-long array per text) */
	public SparseVector sparseVector(String text, float[] embedding) {
		Work w = analyse(text, embedding);
		return new SparseVector(Arrays.copyOf(w.index, w.length), Arrays.copyOf(w.value, w.length));
	}

	/** @return the full {@link #DIMENSION}-long vector; {@code embedding} may be empty (then zeros) */
	public double[] vector(String text, float[] embedding) {
		Work w = analyse(text, embedding);
		double[] x = new double[DIMENSION];
		for (int i = 0; i < w.length; i++) {
			x[w.index[i]] += w.value[i];
		}
		return x;
	}

	/** @return how many {@link EmotionLexicon#DEFLECTION} entries occur in {@code text}, as {@code log(1+n)} */
	static double deflection(String text) {
		return analyse(text, new float[0]).deflection;
	}

	/** @return the lexical and hashed features of {@code text} (null-safe: null reads as empty) */
	public Sparse sparse(String text) {
		Work w = WORK.get();
		features(text, w);
		return new Sparse(w.lexical.clone(), Arrays.copyOf(w.buckets, w.hashed), Arrays.copyOf(w.values, w.hashed));
	}

	/**
	 * Computes the features of {@code text} into this thread's {@link Work}: the sparse vector (embedding entries
	 * first when {@code embedding} has {@link Embedder#DIMENSION} values, then the lexical block, then the hashed
	 * buckets), the lexical block and the deflection count. The result is valid until the thread's next call.
	 */
	static Work analyse(String text, float[] embedding) {
		Work w = WORK.get();
		features(text, w);
		int dense = embedding.length == Embedder.DIMENSION ? Embedder.DIMENSION : 0;
		int n = dense + LEXICAL + w.hashed;
		if (w.index.length < n) {
			w.index = new int[n * 2];
			w.value = new double[n * 2];
		}
		int[] index = w.index;
		double[] value = w.value;
		for (int i = 0; i < dense; i++) {
			index[i] = i;
			value[i] = embedding[i];
		}
		for (int i = 0; i < LEXICAL; i++) {
			index[dense + i] = LEXICAL_OFFSET + i;
			value[dense + i] = w.lexical[i];
		}
		int at = dense + LEXICAL;
		for (int i = 0; i < w.hashed; i++) {
			index[at + i] = HASHED_OFFSET + w.buckets[i];
			value[at + i] = w.values[i];
		}
		w.length = n;
		return w;
	}

	private static void features(String text, Work w) {
		String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		boolean leftQuote = t.indexOf('\u2018') >= 0;
		t = t.replace('\u2019', '\'').replace('\u2018', '\'');
		EmotionTokens tokens = w.tokens;
		tokens.tokenise(t, CUES);
		int[] counts = w.cueCounts;
		Arrays.fill(counts, 0);
		CUES.count(tokens, counts);
		double[] lex = w.lexical;
		for (int i = 0; i < LISTS.size(); i++) {
			lex[i] = Math.log1p(counts[i]);
		}
		if (leftQuote) {
			String d = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
			if (w.deflectionTokens == null) {
				w.deflectionTokens = new EmotionTokens();
			}
			w.deflectionTokens.tokenise(d.replace('\u2019', '\''), CUES);
			Arrays.fill(counts, 0);
			CUES.count(w.deflectionTokens, counts);
		}
		w.deflection = Math.log1p(counts[DEFLECTION]);
		ShapeFeatures.fill(t, tokens, CUES, lex);
		hashed(t, w);
	}

	private static void hashed(String t, Work w) {
		EmotionTokens tokens = w.tokens;
		BucketCounter counter = w.counter;
		counter.clear();
		char[] lower = tokens.lower;
		String lowerText = tokens.special ? t.toLowerCase(Locale.ROOT) : null;
		boolean negated = false;
		int previousHash = HASH_START;
		int previousPow = POW3;
		int cursor = 0;
		for (int k = 0; k < tokens.size; k++) {
			int length = tokens.lowerLength[k];
			int at = lowerText == null ? tokens.start[k] : lowerText.indexOf(tokens.lowerString(k), cursor);
			if (at > cursor && containsClauseBreak(t, cursor, at)) {
				negated = false;
				previousHash = HASH_START;
				previousPow = POW3;
			}
			cursor = at < 0 ? cursor : at + length;
			int h = tokens.hash[k];
			int pow = tokens.pow[k];
			counter.add(bucket((negated ? HASH_N : HASH_U) * pow + h));
			counter.add(bucket(((HASH_B * previousPow + previousHash) * 31 + ' ') * pow + h));
			if (length >= 3) {
				int from = tokens.lowerFrom[k];
				for (int g = 0; g + CHAR_MAX <= length + 2; g++) {
					int gram = 0;
					for (int j = g; j < g + CHAR_MAX; j++) {
						char c = j == 0 ? '<' : j == length + 1 ? '>' : lower[from + j - 1];
						gram = 31 * gram + c;
					}
					counter.add(bucket(HASH_C * POW4 + gram));
				}
			}
			previousHash = h;
			previousPow = pow;
			if (ShapeFeatures.isNegation(tokens, k, CUES.flags(tokens.id[k]))) {
				negated = true;
			}
		}
		counter.add(bucket((HASH_B * previousPow + previousHash) * POW5 + HASH_END));
		if (w.buckets.length < counter.size()) {
			w.buckets = new int[counter.size() * 2];
			w.values = new float[counter.size() * 2];
		}
		int n = counter.drain(w.buckets, w.values);
		float[] values = w.values;
		double norm = 0;
		for (int i = 0; i < n; i++) {
			norm += values[i] * values[i];
		}
		float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-9)));
		for (int i = 0; i < n; i++) {
			values[i] *= scale;
		}
		w.hashed = n;
	}

	private static int bucket(int hash) {
		int h = hash * 0x9E3779B1;
		h ^= h >>> 15;
		return h & (BUCKETS - 1);
	}

	private static boolean containsClauseBreak(String t, int from, int to) {
		for (int i = from; i < to && i < t.length(); i++) {
			char c = t.charAt(i);
			if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') {
				return true;
			}
		}
		return false;
	}

}
