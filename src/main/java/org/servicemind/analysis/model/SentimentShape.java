package org.servicemind.analysis.model;

/**
 * Text-shape features that tell the sentiment model how far to trust the lexicon: short, emphatic social text (where
 * the VADER-style compound is strong) looks different from review and editorial prose. {@link SentimentModel}
 * multiplies each by the lexicon compound. Words are whitespace-separated tokens. Values, in this order
 * ({@link #COUNT}):
 * <ol>
 * <li>log(1 + words)</li>
 * <li>log(1 + exclamation marks)</li>
 * <li>log(1 + question marks)</li>
 * <li>share of words (0..1) written in capitals (2+ characters, a letter, no lower-case letter)</li>
 * <li>log(1 + elongated words), a letter three or more times in a row ("sooo")</li>
 * <li>1 when a word starts with {@code @}, else 0</li>
 * <li>1 when a word starts with {@code #}, else 0</li>
 * <li>1 when a word starts with {@code http} or {@code www.}, else 0</li>
 * <li>log(1 + emoji and emoticons): code points from U+1F300 up or in U+2600..U+27BF, and words such as
 * {@code :)}, {@code ;-P}, {@code (:} or {@code <3}</li>
 * <li>1 when the word "but" occurs (any case, punctuation around it ignored), else 0</li>
 * <li>1 when the text has no upper-case letter, else 0</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class SentimentShape {

	/** Number of features. */
	public static final int COUNT = 11;

	private static final String EYES = ":;=8";

	private static final String MOUTHS = "()[]dDpP/\\|*";

	private SentimentShape() {
	}

	/** @return the {@link #COUNT} features of {@code text} (a text without words counts as one empty word) */
	public static double[] of(String text) {
		String[] words = text.strip().split("\\s+");
		int caps = 0;
		int elongated = 0;
		boolean mention = false;
		boolean tag = false;
		boolean url = false;
		boolean but = false;
		int emoticons = 0;
		for (String w : words) {
			caps += capitals(w) ? 1 : 0;
			elongated += elongated(w) ? 1 : 0;
			mention |= w.startsWith("@");
			tag |= w.startsWith("#");
			url |= w.startsWith("http") || w.startsWith("www.");
			but |= stripped(w).equalsIgnoreCase("but");
			emoticons += emoticon(w) ? 1 : 0;
		}
		int exclamations = 0;
		int questions = 0;
		int emoji = 0;
		boolean upper = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			exclamations += c == '!' ? 1 : 0;
			questions += c == '?' ? 1 : 0;
			emoji += c >= 0x1F300 || c >= 0x2600 && c <= 0x27BF ? 1 : 0;
			upper |= Character.isUpperCase(c);
			i += Character.charCount(c);
		}
		double n = words.length;
		return new double[] { Math.log1p(n), Math.log1p(exclamations), Math.log1p(questions), caps / n,
				Math.log1p(elongated), mention ? 1 : 0, tag ? 1 : 0, url ? 1 : 0, Math.log1p(emoji + emoticons),
				but ? 1 : 0, upper ? 0 : 1 };
	}

	private static boolean capitals(String w) {
		if (w.length() < 2) {
			return false;
		}
		boolean letter = false;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letter = true;
			}
		}
		return letter;
	}

	private static boolean elongated(String w) {
		int run = 1;
		for (int i = 1; i < w.length(); i++) {
			char c = w.charAt(i);
			run = Character.isLetter(c) && c == w.charAt(i - 1) ? run + 1 : 1;
			if (run >= 3) {
				return true;
			}
		}
		return false;
	}

	private static String stripped(String w) {
		int from = 0;
		int to = w.length();
		while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1))) {
			to--;
		}
		return w.substring(from, to);
	}

	/** Eyes, an optional nose, a run of mouth characters (or mirrored), or a heart. */
	static boolean emoticon(String w) {
		if (w.equals("<3")) {
			return true;
		}
		return face(w) || face(new StringBuilder(w).reverse().toString());
	}

	private static boolean face(String w) {
		if (w.length() < 2 || EYES.indexOf(w.charAt(0)) < 0) {
			return false;
		}
		int i = 1;
		if ("-o'".indexOf(w.charAt(i)) >= 0) {
			i++;
		}
		if (i >= w.length()) {
			return false;
		}
		for (; i < w.length(); i++) {
			if (MOUTHS.indexOf(w.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}
}
