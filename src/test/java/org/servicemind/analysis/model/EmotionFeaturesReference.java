package org.servicemind.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a text (and optionally its embedding) into the feature vector of the emotion models. Layout of the
 * {@link #DIMENSION}-long vector: the {@value Embedder#DIMENSION} embedding values (zero when there is no
 * embedding), then {@link #LEXICAL} lexical values (cue counts of {@link EmotionLexicon} as {@code log(1+n)}, caps,
 * punctuation, pronoun ratios, length), then {@link #BUCKETS} hashed buckets of word unigrams (marked when they
 * follow a negation in the same clause), word bigrams and character 4-grams of words, each text's hashed part scaled
 * to unit length. Texts longer than {@link #MAX_CHARS} are cut. Stateless and thread-safe.
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class EmotionFeaturesReference {

	/** Characters read from a text; the rest is ignored. */
	public static final int MAX_CHARS = 4000;

	/** Character n-gram lengths hashed for every word of 3+ characters, padded with {@code <} and {@code >}. */
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

	private static final List<Map<String, List<String[]>>> MATCHERS = LISTS.stream().map(EmotionFeaturesReference::index)
			.toList();

	/** A text's features without the embedding: dense lexical values and sparse hashed buckets. */
	public record Sparse(double[] lexical, int[] buckets, float[] values) {
	}

	/** The non-zero entries of {@link #vector}: {@code index[i]} holds {@code value[i]}. */
	public record SparseVector(int[] index, double[] value) {
	}

	/** @return the same features as {@link #vector}, as its non-zero entries (no 33k-long array per text) */
	public SparseVector sparseVector(String text, float[] embedding) {
		Sparse s = sparse(text);
		int dense = embedding.length == Embedder.DIMENSION ? Embedder.DIMENSION : 0;
		int[] index = new int[dense + LEXICAL + s.buckets().length];
		double[] value = new double[index.length];
		for (int i = 0; i < dense; i++) {
			index[i] = i;
			value[i] = embedding[i];
		}
		for (int i = 0; i < LEXICAL; i++) {
			index[dense + i] = LEXICAL_OFFSET + i;
			value[dense + i] = s.lexical()[i];
		}
		for (int i = 0; i < s.buckets().length; i++) {
			index[dense + LEXICAL + i] = HASHED_OFFSET + s.buckets()[i];
			value[dense + LEXICAL + i] = s.values()[i];
		}
		return new SparseVector(index, value);
	}

	/** @return the full {@link #DIMENSION}-long vector; {@code embedding} may be empty (then zeros) */
	public double[] vector(String text, float[] embedding) {
		double[] x = new double[DIMENSION];
		if (embedding.length == Embedder.DIMENSION) {
			for (int i = 0; i < embedding.length; i++) {
				x[i] = embedding[i];
			}
		}
		Sparse s = sparse(text);
		System.arraycopy(s.lexical(), 0, x, LEXICAL_OFFSET, LEXICAL);
		for (int i = 0; i < s.buckets().length; i++) {
			x[HASHED_OFFSET + s.buckets()[i]] += s.values()[i];
		}
		return x;
	}

	private static final Map<String, List<String[]>> DEFLECTION = index(EmotionLexicon.DEFLECTION);

	/** @return how many {@link EmotionLexicon#DEFLECTION} entries occur in {@code text}, as {@code log(1+n)} */
	static double deflection(String text) {
		String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		String[] lower = tokens(t.replace('\u2019', '\'')).stream().map(s -> s.toLowerCase(Locale.ROOT))
				.toArray(String[]::new);
		return Math.log1p(count(lower, DEFLECTION));
	}

	/** @return the lexical and hashed features of {@code text} (null-safe: null reads as empty) */
	public Sparse sparse(String text) {
		String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		t = t.replace('\u2019', '\'').replace('\u2018', '\'');
		List<String> original = tokens(t);
		String[] lower = original.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		double[] lex = new double[LEXICAL];
		for (int i = 0; i < LISTS.size(); i++) {
			lex[i] = Math.log1p(count(lower, MATCHERS.get(i)));
		}
		shape(t, original, lower, lex);
		return hashed(t, lower, lex);
	}

	private static void shape(String t, List<String> original, String[] lower, double[] lex) {
		int caps = 0;
		int letters = 0;
		int upper = 0;
		int second = 0;
		int first = 0;
		int plural = 0;
		int negations = 0;
		int elongated = 0;
		for (int i = 0; i < lower.length; i++) {
			String o = original.get(i);
			boolean allUpper = o.length() >= 2 && o.chars().anyMatch(Character::isLetter)
					&& o.chars().noneMatch(Character::isLowerCase);
			caps += allUpper ? 1 : 0;
			for (int k = 0; k < o.length(); k++) {
				char c = o.charAt(k);
				if (Character.isLetter(c)) {
					letters++;
					upper += Character.isUpperCase(c) ? 1 : 0;
				}
			}
			String w = lower[i];
			second += w.equals("you") || w.equals("your") || w.equals("you're") || w.equals("yours")
					|| w.equals("u") || w.equals("ur") ? 1 : 0;
			first += w.equals("i") || w.equals("me") || w.equals("my") || w.equals("i'm") || w.equals("i'll")
					|| w.equals("i've") ? 1 : 0;
			plural += w.equals("we") || w.equals("our") || w.equals("us") || w.equals("we're") || w.equals("we'll")
					? 1 : 0;
			negations += isNegation(w) ? 1 : 0;
			elongated += hasTripleLetter(w) ? 1 : 0;
		}
		int n = Math.max(1, lower.length);
		lex[CAPS_RATIO] = letters < 8 ? 0 : Math.max(0, (double) upper / letters - 0.1) / 0.9;
		lex[CAPS_WORDS] = Math.log1p(caps);
		lex[EXCLAMATIONS] = Math.log1p(occurrences(t, "!"));
		lex[QUESTIONS] = Math.log1p(occurrences(t, "?"));
		lex[REPEATED_PUNCT] = Math.log1p(occurrences(t, "!!") + occurrences(t, "??") + occurrences(t, "?!")
				+ occurrences(t, "!?"));
		lex[ELONGATED] = Math.log1p(elongated);
		lex[SCARE_QUOTES] = Math.log1p(scareQuotes(t));
		lex[LENGTH] = Math.log1p(lower.length) / 5;
		lex[SECOND_PERSON] = Math.min(1, 4.0 * second / n);
		lex[FIRST_PERSON] = Math.min(1, 4.0 * first / n);
		lex[FIRST_PLURAL] = Math.min(1, 4.0 * plural / n);
		lex[NEGATIONS] = Math.log1p(negations);
		lex[ELLIPSIS] = Math.log1p(occurrences(t, "...") + occurrences(t, "\u2026"));
		lex[SMILEY] = Math.log1p(occurrences(t, ":)") + occurrences(t, ":-)") + occurrences(t, ":D"));
		lex[FROWN] = Math.log1p(occurrences(t, ":(") + occurrences(t, ":-("));
	}

	private static Sparse hashed(String t, String[] lower, double[] lex) {
		Map<Integer, Float> counts = new HashMap<>();
		boolean negated = false;
		String previous = "<s>";
		int cursor = 0;
		String lowerText = t.toLowerCase(Locale.ROOT);
		for (String w : lower) {
			int at = lowerText.indexOf(w, cursor);
			if (at > cursor && containsClauseBreak(t, cursor, at)) {
				negated = false;
				previous = "<s>";
			}
			cursor = at < 0 ? cursor : at + w.length();
			add(counts, (negated ? "n:" : "u:") + w);
			add(counts, "b:" + previous + ' ' + w);
			if (w.length() >= 3) {
				String padded = '<' + w + '>';
				for (int g = CHAR_MIN; g <= CHAR_MAX; g++) {
					for (int k = 0; k + g <= padded.length(); k++) {
						add(counts, "c:" + padded.substring(k, k + g));
					}
				}
			}
			previous = w;
			if (isNegation(w)) {
				negated = true;
			}
		}
		add(counts, "b:" + previous + " </s>");
		int[] buckets = new int[counts.size()];
		float[] values = new float[counts.size()];
		double norm = 0;
		int i = 0;
		for (Map.Entry<Integer, Float> e : counts.entrySet()) {
			buckets[i] = e.getKey();
			values[i] = e.getValue();
			norm += values[i] * values[i];
			i++;
		}
		float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-9)));
		for (int k = 0; k < values.length; k++) {
			values[k] *= scale;
		}
		return new Sparse(lex, buckets, values);
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

	private static void add(Map<Integer, Float> counts, String feature) {
		int h = feature.hashCode() * 0x9E3779B1;
		h ^= h >>> 15;
		counts.merge(h & (BUCKETS - 1), 1f, Float::sum);
	}

	static List<String> tokens(String t) {
		List<String> out = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= t.length(); i++) {
			char c = i < t.length() ? t.charAt(i) : ' ';
			boolean word = Character.isLetterOrDigit(c) || (c == '\'' && start >= 0);
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				String token = t.substring(start, i);
				while (token.endsWith("'")) {
					token = token.substring(0, token.length() - 1);
				}
				if (!token.isEmpty()) {
					out.add(token);
				}
				start = -1;
			}
		}
		return out;
	}

	private static Map<String, List<String[]>> index(List<String> phrases) {
		Map<String, List<String[]>> byFirst = new HashMap<>();
		for (String p : phrases) {
			String[] parts = p.split(" ");
			String key = parts[0].endsWith("*") ? "*" : parts[0];
			byFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(parts);
		}
		return byFirst;
	}

	static int count(String[] words, Map<String, List<String[]>> matcher) {
		int n = 0;
		List<String[]> stems = matcher.getOrDefault("*", List.of());
		for (int i = 0; i < words.length; i++) {
			for (String[] phrase : matcher.getOrDefault(words[i], List.of())) {
				if (matchesAt(words, i, phrase)) {
					n++;
					break;
				}
			}
			for (String[] stem : stems) {
				if (words[i].startsWith(stem[0].substring(0, stem[0].length() - 1))) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	private static boolean matchesAt(String[] words, int i, String[] phrase) {
		if (i + phrase.length > words.length) {
			return false;
		}
		for (int k = 1; k < phrase.length; k++) {
			if (!words[i + k].equals(phrase[k])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNegation(String w) {
		return w.equals("not") || w.equals("no") || w.equals("never") || w.equals("nothing") || w.equals("nobody")
				|| w.endsWith("n't") || w.equals("cannot") || w.equals("dont") || w.equals("cant")
				|| w.equals("wont") || w.equals("didnt") || w.equals("isnt");
	}

	private static boolean hasTripleLetter(String w) {
		for (int i = 2; i < w.length(); i++) {
			if (Character.isLetter(w.charAt(i)) && w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
				return true;
			}
		}
		return false;
	}

	private static int occurrences(String t, String needle) {
		int n = 0;
		for (int i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + needle.length())) {
			n++;
		}
		return n;
	}

	private static int scareQuotes(String t) {
		int n = 0;
		int open = -1;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c == '"' || c == '\u201C' || c == '\u201D') {
				if (open < 0) {
					open = i;
				}
				else {
					long words = Arrays.stream(t.substring(open + 1, i).trim().split("\\s+"))
							.filter(s -> !s.isEmpty()).count();
					n += words >= 1 && words <= 3 ? 1 : 0;
					open = -1;
				}
			}
		}
		return n;
	}
}
