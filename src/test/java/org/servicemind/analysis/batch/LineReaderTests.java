package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTests {

	private static List<LineReader.Line> lines(String input, int maxChars) throws IOException {
		return lines(new StringReader(input), maxChars);
	}

	private static List<LineReader.Line> lines(Reader input, int maxChars) throws IOException {
		LineReader reader = new LineReader(input, maxChars);
		List<LineReader.Line> lines = new ArrayList<>();
		for (LineReader.Line line = reader.next(() -> {
		}); line != null; line = reader.next(() -> {
		})) {
			lines.add(line);
		}
		return lines;
	}

	@Test
	void splitsOnLfAndCrlfButKeepsALoneCrInTheLine() throws IOException {
		assertThat(lines("a\r\nb\rc\nd\n\ne", 100)).extracting(LineReader.Line::text)
				.containsExactly("a", "b\rc", "d", "", "e");
		assertThat(lines("a\r\nb\rc\nd\n\ne", 100)).extracting(LineReader.Line::number).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void endsWithoutAnEmptyLineAfterTheLastLineBreak() throws IOException {
		assertThat(lines("a\n", 100)).extracting(LineReader.Line::text).containsExactly("a");
		assertThat(lines("", 100)).isEmpty();
	}

	@Test
	void dropsLinesLongerThanTheCapAndCountsThem() throws IOException {
		List<LineReader.Line> lines = lines("12345\n123456\n1234567\r\n12345\r\nok", 5);
		assertThat(lines).extracting(LineReader.Line::text).containsExactly("12345", null, null, "12345", "ok");
		assertThat(lines).extracting(LineReader.Line::number).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void readsAnOverlongLineInPiecesWithoutKeepingIt() throws IOException {
		long[] served = {0};
		long total = 50_000_000;
		Reader endless = new Reader() {

			@Override
			public int read(char[] cbuf, int off, int len) {
				if (served[0] >= total) {
					return -1;
				}
				int n = (int) Math.min(len, total - served[0]);
				for (int i = 0; i < n; i++) {
					cbuf[off + i] = served[0] + i == total - 1 ? '\n' : 'x';
				}
				served[0] += n;
				return n;
			}

			@Override
			public void close() {
			}
		};
		// 50 million chars would need 100 MB as one string; the reader holds at most the cap
		List<LineReader.Line> lines = lines(endless, 1_000);
		assertThat(lines).singleElement().satisfies(l -> assertThat(l.overlong()).isTrue());
	}

	@Test
	void tellsWhetherALineHoldsNul() throws IOException {
		assertThat(lines("{\0\"\0\n{}\n", 100)).extracting(LineReader.Line::hasNul).containsExactly(true, false);
		assertThat(lines("\0" + "x".repeat(200) + "\n", 100)).singleElement()
				.satisfies(l -> assertThat(l.hasNul()).isTrue());
	}

	@Test
	void callsTheHookOnlyBeforeAReadThatMayWait() throws IOException {
		LineReader reader = new LineReader(new StringReader("a\nb\n"), 100);
		int[] calls = {0};
		assertThat(reader.next(() -> calls[0]++).text()).isEqualTo("a");
		assertThat(reader.next(() -> calls[0]++).text()).isEqualTo("b");
		assertThat(reader.next(() -> calls[0]++)).isNull();
		// StringReader is always ready: the hook never runs
		assertThat(calls[0]).isZero();
	}
}
