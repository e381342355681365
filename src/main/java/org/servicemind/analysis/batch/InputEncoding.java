package org.servicemind.analysis.batch;

import java.io.IOException;
import java.io.PushbackInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Looks at the first bytes of the input: a UTF-8 byte order mark (EF BB BF) is consumed, a UTF-16 one (FE FF or FF FE,
 * which also starts UTF-32LE) is reported. Reads only as many bytes as the marks need, so a first line typed on a
 * terminal is never waited for beyond its first byte.
 */
final class InputEncoding {

	private InputEncoding() {
	}

	/**
	 * @param in the input, wrapped with a pushback buffer of at least 3 bytes; bytes that are not a byte order mark
	 *     are pushed back
	 * @return {@code null} when the input may be read as UTF-8 (a UTF-8 byte order mark has then been skipped),
	 *     else a description of the byte order mark found
	 */
	static @Nullable String check(PushbackInputStream in) throws IOException {
		int first = in.read();
		if (first < 0) {
			return null;
		}
		if (first == 0xEF) {
			int second = in.read();
			if (second == 0xBB) {
				int third = in.read();
				if (third == 0xBF) {
					return null;
				}
				unread(in, third);
			}
			unread(in, second);
		}
		else if (first == 0xFE || first == 0xFF) {
			int second = in.read();
			if (first == 0xFE && second == 0xFF) {
				return "a UTF-16BE byte order mark (FE FF)";
			}
			if (first == 0xFF && second == 0xFE) {
				return "a UTF-16LE byte order mark (FF FE)";
			}
			unread(in, second);
		}
		in.unread(first);
		return null;
	}

	private static void unread(PushbackInputStream in, int b) throws IOException {
		if (b >= 0) {
			in.unread(b);
		}
	}
}
