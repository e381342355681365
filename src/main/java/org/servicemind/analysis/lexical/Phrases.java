package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of words and short phrases matched on word tokens (lower-cased, apostrophes removed, so "don't" is
 * "dont"), much faster than one regular expression per phrase list. Immutable and thread-safe.
 */
final class Phrases {

	private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

	private Phrases(List<String> phrases) {
		for (String phrase : phrases) {
			String[] words = phrase.strip().split("\\s+");
			byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
		}
	}

	/** @param phrases phrases separated by commas; {@code a|b} inside a phrase expands to both alternatives */
	static Phrases of(String phrases) {
		List<String> expanded = new ArrayList<>();
		for (String phrase : phrases.split(",")) {
			if (!phrase.isBlank()) {
				expand("", phrase.strip().toLowerCase(Locale.ROOT).split("\\s+"), 0, expanded);
			}
		}
		return new Phrases(expanded);
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
				if (matches(tokens, tokens.size(), i, phrase)) {
					n++;
					break;
				}
			}
		}
		return n;
	}

	private static boolean matches(Tokens tokens, int size, int at, String[] phrase) {
		if (at + phrase.length > size) {
			return false;
		}
		for (int k = 1; k < phrase.length; k++) {
			if (!phrase[k].equals(tokens.word(at + k))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * All phrase sets of a feature extractor counted in one pass: one map lookup per token finds the sets (and their
	 * phrases) that can start there. Counts equal those of {@link Phrases#count} for every set. Immutable and
	 * thread-safe.
	 */
	static final class Counter {

		private final Map<String, Candidates> byFirstWord = new HashMap<>();

		private final int sets;

		/** The sets, phrases per set, starting with one word. */
		private record Candidates(int[] sets, String[][][] phrases) {
		}

		/** @param phraseSets the sets, identified by their index in this array */
		Counter(Phrases... phraseSets) {
			this.sets = phraseSets.length;
			Map<String, Map<Integer, List<String[]>>> grouped = new HashMap<>();
			for (int s = 0; s < phraseSets.length; s++) {
				for (Map.Entry<String, List<String[]>> e : phraseSets[s].byFirstWord.entrySet()) {
					grouped.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(s, e.getValue());
				}
			}
			grouped.forEach((word, bySet) -> {
				int[] ids = bySet.keySet().stream().mapToInt(Integer::intValue).toArray();
				String[][][] phrases = bySet.values().stream().map(l -> l.toArray(String[][]::new))
						.toArray(String[][][]::new);
				byFirstWord.put(word, new Candidates(ids, phrases));
			});
		}

		/**
		 * Counts, for every set, the tokens among the first {@code limit} where one of its phrases starts and ends
		 * within the first {@code limit} tokens (as {@link Phrases#count} on {@code tokens} cut to {@code limit}),
		 * without the cap of 5.
		 *
		 * @param all receives the counts over all tokens ({@code sets} long, zeroed here)
		 * @param starts receives the counts over tokens that begin a sentence ({@code sets} long, zeroed here)
		 */
		void count(Tokens tokens, int limit, int[] all, int[] starts) {
			Arrays.fill(all, 0, sets, 0);
			Arrays.fill(starts, 0, sets, 0);
			int n = Math.min(limit, tokens.size());
			for (int i = 0; i < n; i++) {
				Candidates c = byFirstWord.get(tokens.word(i));
				if (c == null) {
					continue;
				}
				for (int k = 0; k < c.sets.length; k++) {
					for (String[] phrase : c.phrases[k]) {
						if (matches(tokens, n, i, phrase)) {
							all[c.sets[k]]++;
							starts[c.sets[k]] += tokens.startsSentence(i) ? 1 : 0;
							break;
						}
					}
				}
			}
		}
	}

	/** Word tokens of a text: runs of letters and digits (apostrophes inside dropped), lower-cased. */
	static final class Tokens {

		private String[] words = new String[32];

		private boolean[] sentenceStarts = new boolean[32];

		private int size;

		private int contractedNegations;

		Tokens(String text) {
			char[] word = new char[32];
			int length = 0;
			boolean sentenceStart = true;
			boolean apostrophe = false;
			for (int i = 0; i <= text.length(); i++) {
				char c = i < text.length() ? text.charAt(i) : ' ';
				if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
						: Character.isLetterOrDigit(c)) {
					if (length == word.length) {
						word = Arrays.copyOf(word, length * 2);
					}
					// ASCII first: the same letters and lower cases as Character's methods, without their table lookups
					word[length++] = c <= 'Z' && c >= 'A' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
				}
				else if ((c == '\'' || c == '\u2019') && length > 0) {
					apostrophe = true;
				}
				else {
					if (length > 0) {
						if (apostrophe && length >= 2 && word[length - 2] == 'n' && word[length - 1] == 't') {
							contractedNegations++;
						}
						add(new String(word, 0, length), sentenceStart);
						length = 0;
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

		private void add(String word, boolean sentenceStart) {
			if (size == words.length) {
				words = Arrays.copyOf(words, size * 2);
				sentenceStarts = Arrays.copyOf(sentenceStarts, size * 2);
			}
			words[size] = word;
			sentenceStarts[size++] = sentenceStart;
		}

		/** @return the first {@code n} tokens */
		Tokens prefix(int n) {
			Tokens p = new Tokens();
			for (int i = 0; i < Math.min(n, size); i++) {
				p.add(words[i], sentenceStarts[i]);
			}
			return p;
		}

		int size() {
			return size;
		}

		String word(int i) {
			return words[i];
		}

		boolean startsSentence(int i) {
			return sentenceStarts[i];
		}

		/** @return tokens written with an apostrophe and ending in "n't" ("don't", "isn't") */
		int contractedNegations() {
			return contractedNegations;
		}
	}
}
