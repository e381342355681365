package org.servicemind.analysis.batch;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Splits decoded input into lines in bounded memory. A line ends at LF; a CR directly before that LF belongs to the
 * line break (CRLF), while any other CR stays in the line (JSON reads it as whitespace), so line numbers match what
 * editors and {@code wc -l} count. A line longer than the cap is not kept: its characters are read and dropped up to
 * the next LF and the line is reported as {@link Line#overlong()}. Not thread-safe.
 */
final class LineReader {

	/** Called before a read that may block, so that finished work can be written out first. */
	@FunctionalInterface
	interface BeforeWait {

		void run() throws IOException;
	}

	/**
	 * One line.
	 *
	 * @param text the line without its line break, or {@code null} when it was longer than the cap
	 * @param number 1-based line number, counting every line (blank and overlong ones too)
	 * @param hasNul whether the line (for an overlong line: its first {@code maxChars} characters) holds a U+0000
	 */
	record Line(@Nullable String text, int number, boolean hasNul) {

		boolean overlong() {
			return text == null;
		}
	}

	private final Reader in;

	private final int maxChars;

	private final char[] buffer = new char[1 << 15];

	private final StringBuilder line = new StringBuilder();

	private int position;

	private int limit;

	private boolean eof;

	private int number;

	/** @param maxChars longest line kept, in chars without the line break (at least 1) */
	LineReader(Reader in, int maxChars) {
		this.in = in;
		this.maxChars = maxChars;
	}

	/**
	 * @param beforeWait run when the buffered input is used up and the underlying reader has nothing ready, i.e.
	 *     just before a read that may block
	 * @return the next line, or {@code null} at the end of the input
	 */
	@Nullable Line next(BeforeWait beforeWait) throws IOException {
		line.setLength(0);
		boolean any = false;
		boolean overlong = false;
		boolean nul = false;
		boolean endedByLf = false;
		while (true) {
			if (position == limit && !fill(beforeWait)) {
				break;
			}
			any = true;
			int lf = indexOfLf();
			int end = lf < 0 ? limit : lf;
			if (!overlong) {
				// one char more than the cap may be the CR of a CRLF
				if (line.length() + (end - position) > maxChars + 1) {
					overlong = true;
					int room = Math.max(0, maxChars - line.length());
					nul = line.indexOf("\0") >= 0 || contains(buffer, position, position + room, '\0');
					line.setLength(0);
				}
				else {
					line.append(buffer, position, end - position);
				}
			}
			position = lf < 0 ? limit : lf + 1;
			if (lf >= 0) {
				endedByLf = true;
				break;
			}
		}
		if (!any) {
			return null;
		}
		number++;
		if (!overlong && endedByLf && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
			line.setLength(line.length() - 1);
		}
		if (!overlong && line.length() > maxChars) {
			overlong = true;
			nul = line.indexOf("\0") >= 0;
		}
		if (overlong) {
			line.setLength(0);
			return new Line(null, number, nul);
		}
		String text = line.toString();
		return new Line(text, number, text.indexOf('\0') >= 0);
	}

	private boolean fill(BeforeWait beforeWait) throws IOException {
		if (eof) {
			return false;
		}
		if (!in.ready()) {
			beforeWait.run();
		}
		int n = in.read(buffer);
		if (n < 0) {
			eof = true;
			return false;
		}
		position = 0;
		limit = n;
		return true;
	}

	private int indexOfLf() {
		for (int i = position; i < limit; i++) {
			if (buffer[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static boolean contains(char[] chars, int from, int to, char c) {
		for (int i = from; i < to; i++) {
			if (chars[i] == c) {
				return true;
			}
		}
		return false;
	}
}
