package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of words and short phrases matched on word tokens (lower-cased, apostrophes removed, so "don't" is
 * "dont"), much faster than one regular expression per phrase list. Immutable and thread-safe.
 *
 * <p>Test oracle: the straightforward implementation as it was before the speed work (commit 5a7eb9f), kept
 * so that tests can check that the fast implementation gives exactly the same results.
 */
final class PhrasesReference {

	private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

	private PhrasesReference(List<String> phrases) {
		for (String phrase : phrases) {
			String[] words = phrase.strip().split("\\s+");
			byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
		}
	}

	/** @param phrases phrases separated by commas; {@code a|b} inside a phrase expands to both alternatives */
	static PhrasesReference of(String phrases) {
		List<String> expanded = new ArrayList<>();
		for (String phrase : phrases.split(",")) {
			if (!phrase.isBlank()) {
				expand("", phrase.strip().toLowerCase(Locale.ROOT).split("\\s+"), 0, expanded);
			}
		}
		return new PhrasesReference(expanded);
	}

	private static void expand(String prefix, String[] parts, int at, List<String> out) {
		if (at == parts.length) {
			out.add(prefix.strip());
			return;
		}
		for (String alternative : parts[at].split("\\|", -1)) {
			expand(alternative.isEmpty() ? prefix : prefix + " " + alternative, parts, at + 1, out);
		}
	}

	/**
	 * @param tokens the text's tokens
	 * @param sentenceStartOnly count only matches that begin a sentence
	 * @return number of matches, at most 5
	 */
	int count(Tokens tokens, boolean sentenceStartOnly) {
		int n = 0;
		for (int i = 0; i < tokens.size() && n < 5; i++) {
			if (sentenceStartOnly && !tokens.startsSentence(i)) {
				continue;
			}
			List<String[]> candidates = byFirstWord.get(tokens.word(i));
			if (candidates == null) {
				continue;
			}
			for (String[] phrase : candidates) {
				if (matches(tokens, i, phrase)) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	private static boolean matches(Tokens tokens, int at, String[] phrase) {
		if (at + phrase.length > tokens.size()) {
			return false;
		}
		for (int k = 1; k < phrase.length; k++) {
			if (!phrase[k].equals(tokens.word(at + k))) {
				return false;
			}
		}
		return true;
	}

	/** Word tokens of a text: runs of letters and digits (apostrophes inside dropped), lower-cased. */
	static final class Tokens {

		private final List<String> words = new ArrayList<>();

		private final List<Boolean> sentenceStarts = new ArrayList<>();

		private int contractedNegations;

		Tokens(String text) {
			StringBuilder word = new StringBuilder();
			boolean sentenceStart = true;
			boolean apostrophe = false;
			for (int i = 0; i <= text.length(); i++) {
				char c = i < text.length() ? text.charAt(i) : ' ';
				if (Character.isLetterOrDigit(c)) {
					word.append(Character.toLowerCase(c));
				}
				else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
					apostrophe = true;
				}
				else {
					if (word.length() > 0) {
						String w = word.toString();
						if (apostrophe && w.endsWith("nt")) {
							contractedNegations++;
						}
						words.add(w);
						sentenceStarts.add(sentenceStart);
						word.setLength(0);
						sentenceStart = false;
						apostrophe = false;
					}
					if (c == '.' || c == '!' || c == '?' || c == '\n') {
						sentenceStart = true;
					}
				}
			}
		}

		private Tokens() {
		}

		/** @return the first {@code n} tokens */
		Tokens prefix(int n) {
			Tokens p = new Tokens();
			p.words.addAll(words.subList(0, Math.min(n, words.size())));
			p.sentenceStarts.addAll(sentenceStarts.subList(0, Math.min(n, sentenceStarts.size())));
			return p;
		}

		int size() {
			return words.size();
		}

		String word(int i) {
			return words.get(i);
		}

		boolean startsSentence(int i) {
			return sentenceStarts.get(i);
		}

		/** @return tokens written with an apostrophe and ending in "n't" ("don't", "isn't") */
		int contractedNegations() {
			return contractedNegations;
		}
	}
}
