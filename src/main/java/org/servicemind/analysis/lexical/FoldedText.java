package org.servicemind.analysis.lexical;

/**
 * Lower-cased copy of a text with typographic apostrophes and quotes folded to ASCII, of exactly the same length,
 * so that every offset found in the folded copy is valid in the original.
 */
final class FoldedText {

	/** {@link #foldChar} of every ASCII character, looked up instead of computed */
	private static final char[] ASCII = new char[128];

	static {
		for (char c = 0; c < ASCII.length; c++) {
			ASCII[c] = foldChar(c);
		}
	}

	private FoldedText() {
	}

	static String fold(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			out[i] = c < 128 ? ASCII[c] : foldChar(c);
		}
		return new String(out);
	}

	private static char foldChar(char c) {
		switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u00B4', '`' -> {
				return '\'';
			}
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> {
				return '"';
			}
			case '\u00A0', '\u2007', '\u202F', '\t' -> {
				return ' ';
			}
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> {
				return '-';
			}
			default -> {
				return Character.toLowerCase(c);
			}
		}
	}
}
