package org.servicemind.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test support: deterministic pseudo-random texts for checking that a fast implementation gives exactly the
 * results of its reference. The texts mix everyday support words, cue words, negations, contractions with straight
 * and curly apostrophes, quotes, sentence and clause marks, capitals, elongations, markup, links, emoji and the two
 * letters whose lower case is special (dotted capital I, capital sigma). Written for these tests.
 */
public final class SampleTexts {

	private static final String[] WORDS = { "the", "order", "is", "still", "not", "here", "and", "I", "am", "so",
			"angry", "please", "could", "you", "help", "me", "thanks", "sorry", "for", "the", "delay", "we", "will",
			"refund", "it", "today", "why", "does", "this", "keep", "happening", "again", "don't", "can't", "isn’t",
			"won‘t", "you're", "I'm", "it's", "fucking", "shitty", "infuriating", "absolutely", "very", "really",
			"kind", "of", "no", "good", "great", "bad", "but", "at", "least", "never", "nothing", "was", "sent",
			"were", "being", "made", "got", "paid", "get", "fixed", "reported", "broken", "ASAP", "URGENT", "NOW",
			"HELP", "Soooo", "whyyy", "any", "inconvenience", "caused", "policy", "obviously", "clearly", "hi", "hello",
			"good", "morning", "by", "the", "way", "have", "you", "tried", "what", "do", "mean", "is", "there", "any",
			"ideas", "İstanbul", "ΣΟΦΙΑ", "ΟΔΟΣ", "café", "naïve", "user_id", "getOrderState", "v2", "2FA", "PDF",
			"<url>", "`init`", "@dana", "a.b", "x=1;", "e-mail", "re-open", "one's", "dogs'", "'quoted'", "😀",
			"𝐁𝐨𝐥𝐝", "ﬁx", "ß", "ǅ", "lol", ":)", ":-(", ":D" };

	private static final String[] MARKS = { " ", " ", " ", " ", " ", ", ", ". ", "! ", "? ", "!! ", "?! ", "... ",
			"\u2026 ", "; ", ": ", "\n", "\n\n", " - ", " \u2014 ", " \"", "\" ", " \u201C", "\u201D ", "\t", "\u00A0",
			" (", ") " };

	private SampleTexts() {
	}

	/** @return {@code count} texts of 0 to about {@code maxWords} words, the same for the same seed */
	public static List<String> generate(long seed, int count, int maxWords) {
		Random random = new Random(seed);
		List<String> texts = new ArrayList<>(count);
		for (int t = 0; t < count; t++) {
			int words = random.nextInt(maxWords + 1);
			StringBuilder b = new StringBuilder();
			for (int w = 0; w < words; w++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				int shape = random.nextInt(10);
				b.append(shape == 0 ? word.toUpperCase(java.util.Locale.ROOT)
						: shape == 1 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
				b.append(MARKS[random.nextInt(MARKS.length)]);
			}
			texts.add(b.toString());
		}
		return texts;
	}
}
