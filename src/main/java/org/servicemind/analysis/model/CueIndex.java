package org.servicemind.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cue lists of {@link EmotionLexicon} compiled for counting on {@link EmotionTokens}: every phrase word gets an
 * id in one {@link WordTable}, a phrase becomes the ids of its words, indexed by its first word; a stem entry
 * ({@code infuriat*}) matches any token starting with the stem. Count semantics: per list and per token, one match
 * among the phrases that start at the token, plus one if any stem of the list prefixes the token. Immutable.
 */
final class CueIndex {

	/** Flags of a few words that the shape features look at. */
	static final int SECOND = 1, FIRST = 2, PLURAL = 4, NEGATION = 8;

	private final WordTable words = new WordTable();

	/** For a word id: the lists that have phrases starting with the word. */
	private int[][] listsByFirst = new int[0][];

	/** For a word id and the i-th list of {@link #listsByFirst}: the phrases (word ids). */
	private int[][][][] phrasesByFirst = new int[0][][][];

	/** Stem prefixes and the list each belongs to. */
	private final String[] stems;

	private final int[] stemLists;

	/**
	 * per ASCII character, the stems that begin with it (indices into {@link #stems}); non-ASCII first characters and
	 * the empty stem go to {@link #otherStems}
	 */
	private final int[][] stemsByFirst = new int[128][];

	/** the stems that begin with a non-ASCII character or are empty: tried on every token */
	private final int[] otherStems;

	private int[] flags = new int[0];

	private final int lists;

	/** @param cueLists at most 64 lists of phrases in {@link EmotionLexicon} syntax */
	CueIndex(List<List<String>> cueLists) {
		this.lists = cueLists.size();
		if (lists > 64) {
			throw new IllegalArgumentException("at most 64 cue lists");
		}
		List<List<List<int[]>>> byFirst = new ArrayList<>();
		List<String> stemList = new ArrayList<>();
		List<Integer> stemListOf = new ArrayList<>();
		for (int l = 0; l < lists; l++) {
			for (String phrase : cueLists.get(l)) {
				String[] parts = phrase.split(" ");
				if (parts[0].endsWith("*")) {
					stemList.add(parts[0].substring(0, parts[0].length() - 1));
					stemListOf.add(l);
					continue;
				}
				int[] ids = new int[parts.length];
				for (int k = 0; k < parts.length; k++) {
					ids[k] = words.add(parts[k]);
					while (byFirst.size() <= ids[k]) {
						byFirst.add(new ArrayList<>());
					}
				}
				List<List<int[]>> perList = byFirst.get(ids[0]);
				while (perList.size() <= l) {
					perList.add(new ArrayList<>());
				}
				perList.get(l).add(ids);
			}
		}
		this.stems = stemList.toArray(String[]::new);
		this.stemLists = stemListOf.stream().mapToInt(Integer::intValue).toArray();
		List<List<Integer>> byChar = new ArrayList<>();
		for (int c = 0; c < 128; c++) {
			byChar.add(new ArrayList<>());
		}
		List<Integer> other = new ArrayList<>();
		for (int k = 0; k < stems.length; k++) {
			boolean ascii = !stems[k].isEmpty() && stems[k].charAt(0) < 128;
			(ascii ? byChar.get(stems[k].charAt(0)) : other).add(k);
		}
		for (int c = 0; c < 128; c++) {
			stemsByFirst[c] = byChar.get(c).stream().mapToInt(Integer::intValue).toArray();
		}
		this.otherStems = other.stream().mapToInt(Integer::intValue).toArray();
		flag(SECOND, "you", "your", "you're", "yours", "u", "ur");
		flag(FIRST, "i", "me", "my", "i'm", "i'll", "i've");
		flag(PLURAL, "we", "our", "us", "we're", "we'll");
		flag(NEGATION, "not", "no", "never", "nothing", "nobody", "cannot", "dont", "cant", "wont", "didnt", "isnt");
		listsByFirst = new int[words.size()][];
		phrasesByFirst = new int[words.size()][][][];
		for (int id = 0; id < words.size(); id++) {
			List<List<int[]>> perList = id < byFirst.size() ? byFirst.get(id) : List.of();
			int count = (int) perList.stream().filter(p -> !p.isEmpty()).count();
			listsByFirst[id] = new int[count];
			phrasesByFirst[id] = new int[count][][];
			int k = 0;
			for (int l = 0; l < perList.size(); l++) {
				if (!perList.get(l).isEmpty()) {
					listsByFirst[id][k] = l;
					phrasesByFirst[id][k++] = perList.get(l).toArray(int[][]::new);
				}
			}
		}
	}

	private void flag(int flag, String... list) {
		for (String w : list) {
			int id = words.add(w);
			if (flags.length <= id) {
				flags = Arrays.copyOf(flags, id + 1);
			}
			flags[id] |= flag;
		}
	}

	int find(char[] chars, int from, int length, int hash) {
		return words.find(chars, from, length, hash);
	}

	/** @return the flags of word id {@code id} (0 for -1) */
	int flags(int id) {
		return id >= 0 && id < flags.length ? flags[id] : 0;
	}

	/** Adds, for every list, its match count over the tokens to {@code counts} ({@code lists} long). */
	void count(EmotionTokens tokens, int[] counts) {
		int n = tokens.size;
		int[] ids = tokens.id;
		for (int i = 0; i < n; i++) {
			int id = ids[i];
			if (id >= 0) {
				int[] ls = listsByFirst[id];
				int[][][] ps = phrasesByFirst[id];
				for (int k = 0; k < ls.length; k++) {
					for (int[] phrase : ps[k]) {
						if (matchesAt(ids, n, i, phrase)) {
							counts[ls[k]]++;
							break;
						}
					}
				}
			}
			long counted = 0;
			if (tokens.lowerLength[i] > 0) {
				char first = tokens.lower[tokens.lowerFrom[i]];
				if (first < 128) {
					counted = countStems(tokens, i, stemsByFirst[first], counts, counted);
				}
			}
			countStems(tokens, i, otherStems, counts, counted);
		}
	}

	/**
	 * Adds one to the list of every stem among {@code candidates} that prefixes token {@code i}, once per list
	 * (lists already in {@code counted} are skipped).
	 *
	 * @return {@code counted} with the lists counted here
	 */
	private long countStems(EmotionTokens tokens, int i, int[] candidates, int[] counts, long counted) {
		for (int s : candidates) {
			int l = stemLists[s];
			if ((counted & (1L << l)) == 0 && tokens.startsWith(i, stems[s])) {
				counts[l]++;
				counted |= 1L << l;
			}
		}
		return counted;
	}

	private static boolean matchesAt(int[] ids, int n, int i, int[] phrase) {
		if (i + phrase.length > n) {
			return false;
		}
		for (int k = 1; k < phrase.length; k++) {
			if (ids[i + k] != phrase[k]) {
				return false;
			}
		}
		return true;
	}
}
