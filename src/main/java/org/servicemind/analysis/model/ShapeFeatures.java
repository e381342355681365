package org.servicemind.analysis.model;

/**
 * The shape part of {@link EmotionFeatures}' lexical block: capitals, punctuation, elongated words, scare quotes,
 * length, pronoun ratios and negations of one tokenised text, written to the block's indices from
 * {@link EmotionFeatures#CAPS_RATIO} to {@link EmotionFeatures#FROWN} (counts as {@code log(1+n)}, ratios in 0..1).
 * Stateless and thread-safe.
 */
final class ShapeFeatures {

	private ShapeFeatures() {
	}

	/**
	 * Writes the shape features of {@code t}, tokenised as {@code tokens} with word flags from {@code cues}, into
	 * {@code lex}.
	 */
	static void fill(String t, EmotionTokens tokens, CueIndex cues, double[] lex) {
		int caps = 0;
		int letters = 0;
		int upper = 0;
		int second = 0;
		int first = 0;
		int plural = 0;
		int negations = 0;
		int elongated = 0;
		for (int i = 0; i < tokens.size; i++) {
			int from = tokens.start[i];
			int to = tokens.end[i];
			boolean anyLetter = false;
			boolean anyLower = false;
			for (int k = from; k < to; k++) {
				char c = t.charAt(k);
				if (Character.isLetter(c)) {
					anyLetter = true;
					letters++;
					upper += Character.isUpperCase(c) ? 1 : 0;
				}
				anyLower |= Character.isLowerCase(c);
			}
			caps += to - from >= 2 && anyLetter && !anyLower ? 1 : 0;
			int flags = cues.flags(tokens.id[i]);
			second += (flags & CueIndex.SECOND) != 0 ? 1 : 0;
			first += (flags & CueIndex.FIRST) != 0 ? 1 : 0;
			plural += (flags & CueIndex.PLURAL) != 0 ? 1 : 0;
			negations += isNegation(tokens, i, flags) ? 1 : 0;
			elongated += hasTripleLetter(tokens, i) ? 1 : 0;
		}
		int n = Math.max(1, tokens.size);
		lex[EmotionFeatures.CAPS_RATIO] = letters < 8 ? 0 : Math.max(0, (double) upper / letters - 0.1) / 0.9;
		lex[EmotionFeatures.CAPS_WORDS] = Math.log1p(caps);
		lex[EmotionFeatures.EXCLAMATIONS] = Math.log1p(occurrences(t, "!"));
		lex[EmotionFeatures.QUESTIONS] = Math.log1p(occurrences(t, "?"));
		lex[EmotionFeatures.REPEATED_PUNCT] = Math.log1p(occurrences(t, "!!") + occurrences(t, "??") + occurrences(t, "?!")
				+ occurrences(t, "!?"));
		lex[EmotionFeatures.ELONGATED] = Math.log1p(elongated);
		lex[EmotionFeatures.SCARE_QUOTES] = Math.log1p(scareQuotes(t));
		lex[EmotionFeatures.LENGTH] = Math.log1p(tokens.size) / 5;
		lex[EmotionFeatures.SECOND_PERSON] = Math.min(1, 4.0 * second / n);
		lex[EmotionFeatures.FIRST_PERSON] = Math.min(1, 4.0 * first / n);
		lex[EmotionFeatures.FIRST_PLURAL] = Math.min(1, 4.0 * plural / n);
		lex[EmotionFeatures.NEGATIONS] = Math.log1p(negations);
		lex[EmotionFeatures.ELLIPSIS] = Math.log1p(occurrences(t, "...") + occurrences(t, "\u2026"));
		lex[EmotionFeatures.SMILEY] = Math.log1p(occurrences(t, ":)") + occurrences(t, ":-)") + occurrences(t, ":D"));
		lex[EmotionFeatures.FROWN] = Math.log1p(occurrences(t, ":(") + occurrences(t, ":-("));
	}

	/** @return whether token {@code k} negates: a negation word or a word ending in "n't" */
	static boolean isNegation(EmotionTokens tokens, int k, int flags) {
		return (flags & CueIndex.NEGATION) != 0 || tokens.endsWith(k, "n't");
	}

	private static boolean hasTripleLetter(EmotionTokens tokens, int k) {
		char[] w = tokens.lower;
		int from = tokens.lowerFrom[k];
		int to = from + tokens.lowerLength[k];
		for (int i = from + 2; i < to; i++) {
			if (w[i] == w[i - 1] && w[i] == w[i - 2] && Character.isLetter(w[i])) {
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

	/** @return quoted stretches of one to three words (words: runs of non-whitespace, ends trimmed first) */
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
					int words = words(t, open + 1, i);
					n += words >= 1 && words <= 3 ? 1 : 0;
					open = -1;
				}
			}
		}
		return n;
	}

	/**
	 * @return the non-empty pieces, split at whitespace, of {@code t} from {@code from} (inclusive) to {@code to}
	 * (exclusive)
	 */
	private static int words(String t, int from, int to) {
		while (from < to && t.charAt(from) <= ' ') {
			from++;
		}
		while (to > from && t.charAt(to - 1) <= ' ') {
			to--;
		}
		int words = 0;
		boolean inWord = false;
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}
}
