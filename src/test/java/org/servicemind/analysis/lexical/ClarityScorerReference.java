package org.servicemind.analysis.lexical;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clarity (readability, sentence length, jargon, passive voice) and brevity of a reply. Thread-safe.
 *
 * <p>Readability is the Flesch Reading Ease, {@code 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables /
 * words)} (R. Flesch, "A new readability yardstick", Journal of Applied Psychology 32(3), 1948, pp. 221-233), with
 * syllables estimated as groups of vowels (a, e, i, o, u, y) less a silent final "e", at least one per word. Clarity is
 * {@code 0.45 * ease/100 + 0.25 * sentenceLength + 0.15 * (1 - 5 * jargonDensity) + 0.15 * activeVoice}, each part
 * clamped to 0..1: {@code sentenceLength} is 1 up to 20 words per sentence on average and falls to 0 at 45;
 * {@code jargonDensity} is the share of words that are acronyms not in everyday use, contain both digits and letters
 * or underscores, are camelCase or longer than 13 characters; {@code activeVoice} is 1 minus 0.6 times the share of
 * passive sentences (a form of "be"/"get" followed by a past participle), minus 0.2 more for a "wall" of three
 * passive sentences in a row. Texts longer than {@link #MAX_CHARS} are read up to that limit.
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class ClarityScorerReference {

	/** Characters read at most. */
	public static final int MAX_CHARS = 100_000;

	private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|are|was|were|be|been|being|gets|got|get)\\s+"
			+ "(?:\\w+ly\\s+)?(?:[a-z]+ed|[a-z]+en|sent|made|done|paid|held|kept|built|set|put|told|sold|found|brought|"
			+ "bought|shown|known|left|lost|taken|given|caught)\\b");

	private static final Set<String> COMMON_ACRONYMS = Set.of("OK", "I", "UK", "US", "USA", "EU", "PDF", "FAQ", "ID",
			"PIN", "TV", "PC", "AM", "PM", "ASAP", "FYI", "USB", "GPS", "SMS", "URL", "EMAIL", "THANKS", "PS", "VAT", "A");

	/** @return 0 (hard to read) .. 1 (clear); 0.5 when there are no words; never throws */
	public double clarity(String text) {
		if (text == null) {
			return 0.5;
		}
		String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		String folded = FoldedText.fold(t);
		Matcher passiveMatcher = PASSIVE.matcher(folded);
		int words = 0;
		int syllables = 0;
		int jargon = 0;
		int sentences = 0;
		int passive = 0;
		int run = 0;
		boolean wall = false;
		int sentenceStart = 0;
		int sentenceWords = 0;
		int n = t.length();
		int i = 0;
		while (i <= n) {
			char c = i < n ? t.charAt(i) : '.';
			if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < n && isWordChar(t.charAt(i))) {
					i++;
				}
				words++;
				sentenceWords++;
				syllables += syllables(t, start, i);
				jargon += isJargon(t, start, i) ? 1 : 0;
				continue;
			}
			if (c == '.' || c == '!' || c == '?' || c == '\n') {
				if (sentenceWords > 0) {
					sentences++;
					boolean isPassive = passiveMatcher.region(sentenceStart, Math.min(i, n)).find();
					passive += isPassive ? 1 : 0;
					run = isPassive ? run + 1 : 0;
					wall |= run >= 3;
				}
				sentenceWords = 0;
				sentenceStart = i + 1;
			}
			i++;
		}
		if (words == 0) {
			return 0.5;
		}
		sentences = Math.max(1, sentences);
		double wordsPerSentence = (double) words / sentences;
		double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * ((double) syllables / words);
		double readability = clamp(ease / 100);
		double length = clamp(1 - (wordsPerSentence - 20) / 25);
		double plain = clamp(1 - 5.0 * jargon / words);
		double active = clamp(1 - 0.6 * passive / sentences - (wall ? 0.2 : 0));
		return clamp(0.45 * readability + 0.25 * length + 0.15 * plain + 0.15 * active);
	}

	/**
	 * Word-count fit. The preferred range moves with the preference: about 10-80 words for a brief customer (-1),
	 * 20-190 when unknown (0) and 100-300 for a detailed one (1). Inside the range the score is 1; below it falls
	 * gently (short replies are rarely harmful), above it decays exponentially with the excess.
	 *
	 * @param customerDetailPreference -1 (brief) .. 1 (detailed), 0 when unknown; clamped to that range
	 * @return 0 (length far from what the customer prefers) .. 1 (fits); never throws
	 */
	public double brevity(String text, double customerDetailPreference) {
		double pref = Double.isNaN(customerDetailPreference) ? 0 : Math.max(-1, Math.min(1, customerDetailPreference));
		String t = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		int words = SelfTalkAnalyzer.words(t);
		double k = (pref + 1) / 2;
		double lo = k <= 0.5 ? 10 + 20 * k : 20 + 160 * (k - 0.5);
		double hi = 80 + 220 * k;
		if (words < lo) {
			return clamp(0.4 + 0.6 * words / lo);
		}
		if (words <= hi) {
			return 1;
		}
		return clamp(Math.exp(-(words - hi) / (0.6 * hi)));
	}

	static int syllables(String word) {
		return syllables(word, 0, word.length());
	}

	private static int syllables(String s, int from, int to) {
		int count = 0;
		boolean prevVowel = false;
		for (int i = from; i < to; i++) {
			boolean vowel = isVowel(Character.toLowerCase(s.charAt(i)));
			if (vowel && !prevVowel) {
				count++;
			}
			prevVowel = vowel;
		}
		if (to - from > 2 && count > 1) {
			char last = Character.toLowerCase(s.charAt(to - 1));
			char before = Character.toLowerCase(s.charAt(to - 2));
			if (last == 'e' && !isVowel(before) && before != 'l') {
				count--;
			}
		}
		return Math.max(1, count);
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '\'' || c == '_' || c == '-' || c == '\u2019';
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	private static boolean isJargon(String s, int from, int to) {
		boolean digit = false;
		boolean letter = false;
		boolean lower = false;
		boolean innerUpper = false;
		boolean underscore = false;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			digit |= Character.isDigit(c);
			letter |= Character.isLetter(c);
			lower |= Character.isLowerCase(c);
			underscore |= c == '_';
			innerUpper |= i > from && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
		}
		int length = to - from;
		if (letter && !lower && length >= 2 && length <= 7 && Character.isLetter(s.charAt(from))) {
			String token = s.substring(from, s.charAt(to - 1) == 's' ? to - 1 : to);
			return !COMMON_ACRONYMS.contains(token);
		}
		return (digit && letter) || underscore || innerUpper || length > 13;
	}

	private static double clamp(double v) {
		return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
	}
}
