package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an agent reply into sentences in one left-to-right pass, leaving out quoted material: lines that start
 * with {@code >}, everything from a mail client's "On ... wrote:", "-----Original Message-----" or "From:" + "Sent:"
 * header on, and the inside of double quotation marks (masked with spaces so offsets stay valid). Linear in the
 * text length.
 */
final class ReplySegmenter {

	/** A sentence: {@code lower} is the lower-cased, apostrophe-normalised, quote-masked copy of the original range. */
	record Sentence(int start, int end, String lower) {
	}

	private static final String[] ABBREVIATIONS = { "e.g", "i.e", "a.m", "p.m", "mr", "mrs", "ms", "dr", "approx", "vs",
			"ca", "incl", "tel" };

	private ReplySegmenter() {
	}

	/** @return sentences of {@code text} from {@code 0} up to, not including, {@code limit} in order; never null */
	static List<Sentence> split(String text, int limit) {
		int n = Math.min(text.length(), limit);
		char[] norm = normalise(text, n);
		List<Sentence> out = new ArrayList<>();
		int lineStart = 0;
		boolean skipLine = false;
		int sentenceStart = 0;
		for (int i = 0; i <= n; i++) {
			boolean eol = i == n || norm[i] == '\n';
			if (i == lineStart) {
				skipLine = isQuotedLine(norm, i, n);
				if (!skipLine && isReplyHeader(norm, i, n)) {
					n = i;
					emit(norm, sentenceStart, i, out);
					return out;
				}
				if (skipLine) {
					emit(norm, sentenceStart, i, out);
				}
			}
			if (eol) {
				if (skipLine) {
					sentenceStart = i + 1;
				}
				else {
					emit(norm, sentenceStart, i, out);
					sentenceStart = i + 1;
				}
				lineStart = i + 1;
				continue;
			}
			if (skipLine) {
				continue;
			}
			char c = norm[i];
			if ((c == '.' || c == '!' || c == '?') && (i + 1 >= n || Character.isWhitespace(norm[i + 1]))
					&& !(c == '.' && abbreviationBefore(norm, i, sentenceStart))) {
				emit(norm, sentenceStart, i + 1, out);
				sentenceStart = i + 1;
			}
		}
		return out;
	}

	private static char[] normalise(String text, int n) {
		char[] a = new char[n];
		boolean inQuote = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\u2019' || c == '\u2018' || c == '`') {
				c = '\'';
			}
			if (c == '\r' || c == '\u2028' || c == '\u2029') {
				c = '\n';
			}
			boolean quoteMark = c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
			if (quoteMark) {
				inQuote = !inQuote;
				a[i] = ' ';
				continue;
			}
			if (c == '\n') {
				inQuote = false; // an unbalanced quote never masks more than its line
			}
			a[i] = inQuote ? (c == '\n' ? '\n' : ' ') : Character.toLowerCase(c);
		}
		return a;
	}

	private static boolean isQuotedLine(char[] a, int i, int n) {
		while (i < n && (a[i] == ' ' || a[i] == '\t')) {
			i++;
		}
		return i < n && (a[i] == '>' || a[i] == '|');
	}

	private static boolean isReplyHeader(char[] a, int i, int n) {
		int end = i;
		while (end < n && a[end] != '\n' && end - i < 300) {
			end++;
		}
		String line = new String(a, i, end - i).trim();
		if (line.startsWith("from:") && end + 1 < n) {
			int next = end + 1;
			while (next < n && (a[next] == ' ' || a[next] == '\t')) {
				next++;
			}
			String following = new String(a, next, Math.min(6, n - next));
			return following.startsWith("sent:") || following.startsWith("date:");
		}
		return (line.startsWith("on ") && line.endsWith("wrote:")) || line.startsWith("-----original message")
				|| line.startsWith("--- original message");
	}

	private static boolean abbreviationBefore(char[] a, int dot, int from) {
		int s = dot;
		while (s > from && (Character.isLetter(a[s - 1]) || a[s - 1] == '.')) {
			s--;
		}
		int length = dot - s;
		if (length == 1) {
			return true; // initials and "5 p.m." style
		}
		for (String abbreviation : ABBREVIATIONS) {
			if (abbreviation.length() == length && sameAt(abbreviation, a, s)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameAt(String word, char[] a, int from) {
		for (int i = 0; i < word.length(); i++) {
			if (a[from + i] != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static void emit(char[] a, int from, int to, List<Sentence> out) {
		while (from < to && Character.isWhitespace(a[from])) {
			from++;
		}
		while (to > from && Character.isWhitespace(a[to - 1])) {
			to--;
		}
		if (to > from) {
			out.add(new Sentence(from, to, new String(a, from, to - from)));
		}
	}
}
