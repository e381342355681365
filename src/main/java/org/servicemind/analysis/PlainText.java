package org.servicemind.analysis;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Turns raw message text into the text the engine analyses: HTML tags and entities become plain text (jsoup),
 * control characters become spaces, and text longer than {@link #MAX_CHARS} is cut. Stateless and thread-safe.
 */
final class PlainText {

	/** Longest text analysed, in chars; longer texts are cut and flagged. */
	static final int MAX_CHARS = 20_000;

	/** Longest raw input handed to the HTML cleaner (bounds its time on megabytes of markup). */
	private static final int MAX_RAW_CHARS = 200_000;

	private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(p|br|div|span|a|b|i|u|em|strong|ul|ol|li|table"
			+ "|tr|td|th|tbody|thead|html|body|head|blockquote|img|h[1-6]|pre|code|font|style|script|hr|center|small"
			+ "|big|sub|sup|section|article|header|footer|nav|meta|title|link|iframe|form|input|button|label|select"
			+ "|option|textarea|o:p)(\\s[^>]*)?/?>");

	private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)>");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	/** The analysed text and whether it was cut. */
	record Result(String text, boolean truncated) {
	}

	private PlainText() {
	}

	static Result of(String raw) {
		boolean truncated = false;
		String text = raw;
		if (text.length() > MAX_RAW_CHARS) {
			text = cut(text, MAX_RAW_CHARS);
			truncated = true;
		}
		// both patterns start with a literal char: without it there is no match (and no regex run)
		boolean tags = text.indexOf('<') >= 0;
		if (tags && HTML_TAG.matcher(text).find()) {
			String marked = BLOCK_END.matcher(text).replaceAll("$0\n");
			text = Parser.unescapeEntities(Jsoup.clean(marked, "", Safelist.none(), OUTPUT), false);
		}
		else if (text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
			text = Parser.unescapeEntities(text, false);
		}
		text = withoutControlChars(text);
		if (text.length() > MAX_CHARS) {
			text = cut(text, MAX_CHARS);
			truncated = true;
		}
		return new Result(text, truncated);
	}

	/**
	 * Whether {@code text} has a word: at least one letter or digit code point ({@link Character#isLetterOrDigit(int)},
	 * so letters outside the Basic Multilingual Plane count too). Text without one (empty, only whitespace, NBSP,
	 * zero-width or other format characters, punctuation, symbols or emoji) gets the engine's neutral analysis.
	 */
	static boolean hasWord(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/**
	 * The number of chars at the start of {@code text} that carry nothing to read: white space (including NBSP and the
	 * other Unicode space separators) and invisible format characters (zero-width space, joiners, word joiner, byte
	 * order mark, direction marks). The engine analyses the text after them, so a rule that looks for the start of the
	 * text sees the first word, and reports offsets in the whole text.
	 *
	 * @return 0..{@code text.length()}
	 */
	static int leadingBlank(String text) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
				break;
			}
			i++;
		}
		return i;
	}

	private static String cut(String text, int max) {
		int end = max;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	private static String withoutControlChars(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFD';
			if (control && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(control ? ' ' : c);
			}
		}
		return out == null ? text : out.toString();
	}
}
