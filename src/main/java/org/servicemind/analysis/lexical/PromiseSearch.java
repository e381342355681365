package org.servicemind.analysis.lexical;

import java.util.regex.Matcher;

/**
 * Searches of {@link PromiseLexicon}'s patterns that try them only where a match can begin, or skip them when a cheap
 * check shows they cannot match: each gives exactly the answer of the plain search it replaces (see the reasoning on
 * each method; PromiseSearchTests compares them with the plain searches).
 */
final class PromiseSearch {

	private PromiseSearch() {
	}

	/**
	 * Beyond this index no "^"-anchored lookbehind of {@link PromiseLexicon#ELLIPTIC} reaches the clause start: they
	 * span at most 3 spaces and two interjections of up to 10 characters, each with 3 marks and 3 spaces (35 in all).
	 */
	private static final int ELLIPTIC_REACH = 40;

	/**
	 * Finds the leftmost match of {@link PromiseLexicon#ELLIPTIC} in {@code clause}, as {@link Matcher#find()} would,
	 * trying it only where a match can begin. Every match ends with "will" or "shall" and whitespace, and begins at
	 * that word, or at most an "and/then/but", an "also" and a comma, with whitespace, before it; so a match ending at
	 * one "will" cannot begin at or before an earlier one, and it begins with one of the letters w, s, a, t, b or a
	 * comma.
	 *
	 * @return the matcher on that match, or null when there is none
	 */
	static Matcher elliptic(String clause) {
		// a match begins at "and/then/but", a comma, or a "will" that only interjections precede (its lookbehinds)
		Matcher m = null;
		int next = 0;
		int length = clause.length();
		for (int w = nextWill(clause, 0); w >= 0; w = nextWill(clause, w + 1)) {
			int i = skipSpaceBack(clause, w);
			if (clause.startsWith("also", i - 4)) {
				i = skipSpaceBack(clause, i - 4);
			}
			for (int p = Math.max(next, i - 4); p <= w; p++) {
				char c = clause.charAt(p);
				boolean may = c == ',' || clause.startsWith("and", p) || clause.startsWith("then", p)
						|| clause.startsWith("but", p)
						|| (c == 'w' || c == 's') && p < ELLIPTIC_REACH && onlyOpenersBefore(clause, p);
				if (may) {
					if (m == null) {
						m = PromiseLexicon.ELLIPTIC.matcher(clause)
							.useTransparentBounds(true)
							.useAnchoringBounds(false);
					}
					if (m.region(p, length).lookingAt()) {
						// a "^" inside a lookbehind moves the start that lookingAt() reports; find() sets it again
						m.find(p);
						return m;
					}
				}
			}
			next = w + 1;
		}
		return null;
	}

	/**
	 * Whether the clause before {@code p} may be what the "^"-anchored lookbehinds of {@link PromiseLexicon#ELLIPTIC}
	 * accept: at most two interjections of up to two words each, with whitespace and the marks , ! and . between.
	 */
	private static boolean onlyOpenersBefore(String clause, int p) {
		int words = 0;
		for (int i = 0; i < p; i++) {
			char c = clause.charAt(i);
			if (Character.isLetter(c)) {
				words += i == 0 || !Character.isLetter(clause.charAt(i - 1)) ? 1 : 0;
			}
			else if (!isSpace(c) && c != ',' && c != '!' && c != '.') {
				return false;
			}
		}
		return words <= 4;
	}

	/** @return the first index at or after {@code from} of "will" or "shall" followed by whitespace, or -1 */
	private static int nextWill(String clause, int from) {
		int w = -1;
		for (String cue : new String[] { "will", "shall" }) {
			for (int i = clause.indexOf(cue, from); i >= 0 && (w < 0 || i < w); i = clause.indexOf(cue, i + 1)) {
				int after = i + cue.length();
				if (after < clause.length() && isSpace(clause.charAt(after))) {
					w = i;
					break;
				}
			}
		}
		return w;
	}

	private static int skipSpaceBack(String text, int i) {
		while (i > 0 && isSpace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** Whether {@code c} is whitespace as regular expressions define it by default (space, tab, line breaks). */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/** Words that open group 1 of the passive predicate. */
	private static final String[] PREDICATE_STARTS = { "be", "arrive", "ship", "go out", "reach you", "happen",
			"take place" };

	/**
	 * A cheap check that {@link PromiseLexicon#PASSIVE} and {@link PromiseLexicon#BARE_PASSIVE} may match: both need
	 * "'ll", "will", "shall" or "going to", whitespace, and a word that opens the passive predicate.
	 *
	 * @return false only when neither pattern can match in {@code clause}
	 */
	static boolean mayHavePassive(String clause) {
		for (String aux : new String[] { "'ll", "will", "shall", "going to" }) {
			for (int i = clause.indexOf(aux); i >= 0; i = clause.indexOf(aux, i + 1)) {
				int p = i + aux.length();
				while (p < clause.length() && isSpace(clause.charAt(p))) {
					p++;
				}
				for (String word : PREDICATE_STARTS) {
					if (clause.startsWith(word, p)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Finds the next {@link PromiseLexicon#CLAUSE_BREAK} at or after {@code from}, as {@link Matcher#find(int)} would,
	 * trying it only where a match can begin: at a semicolon, colon or comma, or at whitespace whose run is followed
	 * by a dash, an opening bracket, "&amp;", a lone "n", "and", "although", "but", "plus", "however" or "whereas"
	 * (every alternative that begins with whitespace needs one of these right after it).
	 *
	 * @param m a matcher of {@link PromiseLexicon#CLAUSE_BREAK} over {@code text}
	 * @return whether there is one; then {@code m} holds it
	 */
	static boolean nextBreak(Matcher m, String text, int from) {
		int length = text.length();
		for (int p = from; p < length; p++) {
			char c = text.charAt(p);
			boolean may;
			if (c == ';' || c == ':' || c == ',') {
				may = true;
			}
			else if (isSpace(c)) {
				int q = p + 1;
				while (q < length && isSpace(text.charAt(q))) {
					q++;
				}
				may = q < length && breakWordAt(text, q);
			}
			else {
				may = false;
			}
			if (may && m.region(p, length).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	private static boolean breakWordAt(String text, int q) {
		return switch (text.charAt(q)) {
			case '-', '\u2013', '\u2014', '(', '&' -> true;
			case 'n' -> q + 1 < text.length() && isSpace(text.charAt(q + 1));
			case 'a' -> text.startsWith("and", q) || text.startsWith("although", q);
			case 'b' -> text.startsWith("but", q);
			case 'p' -> text.startsWith("plus", q);
			case 'h' -> text.startsWith("however", q);
			case 'w' -> text.startsWith("whereas", q);
			default -> false;
		};
	}
}
