package org.servicemind.analysis.lexical;

/**
 * A set of characters as a regex character class or escape stands for it: ASCII characters one by one, every other
 * character by one flag. Mutable; used while a {@link RegexWalker} folds a regex.
 */
final class RegexChars {

	static final int ASCII = 128;

	private long low;

	private long high;

	private boolean other;

	boolean has(char c) {
		if (c >= ASCII) {
			return other;
		}
		return ((c < 64 ? low >>> c : high >>> (c - 64)) & 1) != 0;
	}

	void add(char c) {
		if (c >= ASCII) {
			other = true;
		}
		else if (c < 64) {
			low |= 1L << c;
		}
		else {
			high |= 1L << (c - 64);
		}
	}

	void addRange(char from, char to) {
		for (int c = from; c <= to; c++) {
			if (c >= ASCII) {
				other = true;
				break;
			}
			add((char) c);
		}
	}

	void addAll(RegexChars s) {
		low |= s.low;
		high |= s.high;
		other |= s.other;
	}

	void clear() {
		low = 0;
		high = 0;
		other = false;
	}

	void any() {
		low = -1;
		high = -1;
		other = true;
	}

	boolean isEmpty() {
		return low == 0 && high == 0 && !other;
	}

	/** @return whether the set holds a character outside ASCII */
	boolean hasOther() {
		return other;
	}

	/** @return the number of ASCII characters in the set */
	int asciiCount() {
		return Long.bitCount(low) + Long.bitCount(high);
	}

	/** @return the lowest ASCII character in the set, or -1 when there is none */
	int firstAscii() {
		return low != 0 ? Long.numberOfTrailingZeros(low) : high != 0 ? 64 + Long.numberOfTrailingZeros(high) : -1;
	}

	/** @return the ASCII characters of the set in ascending order */
	char[] ascii() {
		char[] all = new char[asciiCount()];
		int n = 0;
		for (int c = 0; c < ASCII; c++) {
			if (has((char) c)) {
				all[n++] = (char) c;
			}
		}
		return all;
	}
}
