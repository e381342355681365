package org.servicemind.analysis.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word tokens of one text as {@link EmotionFeatures} reads them, held in reusable primitive arrays (one instance
 * per thread, never shared): a token is a run of letters, digits and apostrophes that starts with a letter or digit,
 * trailing apostrophes dropped. For every token it keeps its place in the text, its lower-cased chars (as
 * {@code String.toLowerCase(Locale.ROOT)} of the token gives them), their {@link String#hashCode()}, {@code 31^length}
 * (to hash n-grams that contain the token without building strings) and its id in the {@link CueIndex} vocabulary
 * (-1 when absent).
 */
final class EmotionTokens {

	/** Number of tokens. */
	int size;

	int[] start = new int[64];

	/** End (exclusive) in the text, after trailing apostrophes were dropped. */
	int[] end = new int[64];

	int[] lowerFrom = new int[64];

	int[] lowerLength = new int[64];

	int[] hash = new int[64];

	int[] pow = new int[64];

	int[] id = new int[64];

	char[] lower = new char[512];

	/**
	 * Whether a token contains a char whose lower case depends on context or changes length (dotted capital I,
	 * capital sigma): then char offsets of the lower-cased text differ from the text's.
	 */
	boolean special;

	private int lowerSize;

	/** Tokenises {@code t} (already cut and with curly apostrophes folded). */
	void tokenise(String t, CueIndex cues) {
		size = 0;
		lowerSize = 0;
		special = false;
		int n = t.length();
		int from = -1;
		for (int i = 0; i <= n; i++) {
			char c = i < n ? t.charAt(i) : ' ';
			boolean word = Character.isLetterOrDigit(c) || (c == '\'' && from >= 0);
			if (word && from < 0) {
				from = i;
			}
			else if (!word && from >= 0) {
				int to = i;
				while (t.charAt(to - 1) == '\'') {
					to--;
				}
				add(t, from, to, cues);
				from = -1;
			}
		}
	}

	/** @return token {@code k} lower-cased, as a new string (slow path only) */
	String lowerString(int k) {
		return new String(lower, lowerFrom[k], lowerLength[k]);
	}

	private void add(String t, int from, int to, CueIndex cues) {
		if (size == start.length) {
			grow();
		}
		boolean plain = true;
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (c == '\u0130' || c == '\u03A3') {
				plain = false;
				break;
			}
		}
		int at = lowerSize;
		if (plain) {
			ensureLower(to - from);
			for (int i = from; i < to; i++) {
				lower[lowerSize++] = Character.toLowerCase(t.charAt(i));
			}
		}
		else {
			special = true;
			String l = t.substring(from, to).toLowerCase(Locale.ROOT);
			ensureLower(l.length());
			l.getChars(0, l.length(), lower, lowerSize);
			lowerSize += l.length();
		}
		int h = 0;
		int p = 1;
		for (int i = at; i < lowerSize; i++) {
			h = 31 * h + lower[i];
			p *= 31;
		}
		start[size] = from;
		end[size] = to;
		lowerFrom[size] = at;
		lowerLength[size] = lowerSize - at;
		hash[size] = h;
		pow[size] = p;
		id[size] = cues.find(lower, at, lowerSize - at, h);
		size++;
	}

	private void ensureLower(int more) {
		if (lowerSize + more > lower.length) {
			lower = Arrays.copyOf(lower, Math.max(lower.length * 2, lowerSize + more));
		}
	}

	private void grow() {
		int m = start.length * 2;
		start = Arrays.copyOf(start, m);
		end = Arrays.copyOf(end, m);
		lowerFrom = Arrays.copyOf(lowerFrom, m);
		lowerLength = Arrays.copyOf(lowerLength, m);
		hash = Arrays.copyOf(hash, m);
		pow = Arrays.copyOf(pow, m);
		id = Arrays.copyOf(id, m);
	}

	/** @return whether lower-cased token {@code k} ends with {@code suffix} */
	boolean endsWith(int k, String suffix) {
		int len = lowerLength[k];
		int s = suffix.length();
		if (len < s) {
			return false;
		}
		int off = lowerFrom[k] + len - s;
		for (int i = 0; i < s; i++) {
			if (lower[off + i] != suffix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** @return whether lower-cased token {@code k} starts with {@code prefix} */
	boolean startsWith(int k, String prefix) {
		int s = prefix.length();
		if (lowerLength[k] < s) {
			return false;
		}
		int off = lowerFrom[k];
		for (int i = 0; i < s; i++) {
			if (lower[off + i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
