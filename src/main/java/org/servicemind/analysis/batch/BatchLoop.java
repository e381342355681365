package org.servicemind.analysis.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines, analyses them in parallel in chunks and writes the results in input order. A chunk is analysed and
 * written (and the output flushed) when it holds {@link #MAX_CHUNK_LINES} lines or {@link #MAX_CHUNK_CHARS} chars,
 * and also whenever reading on would wait for input: a line typed on a terminal or sent slowly down a pipe comes out
 * at once. Memory stays bounded by the chunk limits and the line cap of the {@link LineReader}. When the output is
 * closed (say by {@code | head -1}) the loop stops after the chunk in hand.
 */
final class BatchLoop {

	/** Longest input line analysed, in chars: 20 times the raw text the engine reads at most (200,000 chars). */
	static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

	/** Most lines analysed at once: enough to keep every core busy, few enough that output comes out steadily. */
	static final int MAX_CHUNK_LINES = Math.min(512,
			Math.max(128, 32 * Runtime.getRuntime().availableProcessors()));

	/** Most input chars held at once (a chunk of long lines is cut short). */
	static final long MAX_CHUNK_CHARS = 2L * MAX_LINE_CHARS;

	/** How a run ended. */
	enum Outcome {
		/** All input read and written. */
		DONE,
		/** Line 1 held U+0000: the input is UTF-16 or binary; an error line was written and the rest not read. */
		NOT_UTF8
	}

	/** Reading the input failed (as opposed to writing the output). */
	static final class InputFailure extends IOException {

		private static final long serialVersionUID = 1L;

		InputFailure(IOException cause) {
			super(cause);
		}
	}

	/** Writing the output failed. */
	static final class OutputFailure extends IOException {

		private static final long serialVersionUID = 1L;

		OutputFailure(IOException cause) {
			super(cause.getMessage(), cause);
		}
	}

	private final LineAnalyzer analyzer;

	private final OutputSink sink;

	private final List<@Nullable String> texts = new ArrayList<>();

	private final List<Integer> numbers = new ArrayList<>();

	private long chars;

	BatchLoop(LineAnalyzer analyzer, OutputSink sink) {
		this.analyzer = analyzer;
		this.sink = sink;
	}

	/**
	 * @throws InputFailure when reading fails (what was read before is written first)
	 * @throws OutputFailure when writing fails
	 */
	Outcome run(LineReader reader) throws IOException {
		while (true) {
			LineReader.Line line;
			try {
				line = reader.next(this::writeChunk);
			}
			catch (OutputFailure ex) {
				throw ex;
			}
			catch (IOException ex) {
				writeChunk();
				throw new InputFailure(ex);
			}
			if (line == null) {
				break;
			}
			if (line.number() == 1 && line.hasNul()) {
				write(LineAnalyzer.error(1, null, AnalyzeCommand.notUtf8("line 1 holds NUL bytes, as UTF-16 text does")));
				flush();
				return Outcome.NOT_UTF8;
			}
			String text = line.text();
			if (text != null && text.isBlank()) {
				continue;
			}
			texts.add(text);
			numbers.add(line.number());
			chars += text == null ? 0 : text.length();
			if (texts.size() >= MAX_CHUNK_LINES || chars >= MAX_CHUNK_CHARS) {
				writeChunk();
			}
		}
		writeChunk();
		return Outcome.DONE;
	}

	private void writeChunk() throws OutputFailure {
		if (texts.isEmpty()) {
			return;
		}
		String[] results = IntStream.range(0, texts.size()).parallel().mapToObj(this::analyse).toArray(String[]::new);
		texts.clear();
		numbers.clear();
		chars = 0;
		for (String result : results) {
			write(result);
		}
		flush();
	}

	private String analyse(int i) {
		String text = texts.get(i);
		int number = numbers.get(i);
		return text == null ? LineAnalyzer.error(number, null, "line longer than " + MAX_LINE_CHARS + " characters")
				: analyzer.process(text, number);
	}

	private void write(String line) throws OutputFailure {
		try {
			sink.write(line);
		}
		catch (IOException ex) {
			throw new OutputFailure(ex);
		}
	}

	private void flush() throws OutputFailure {
		try {
			sink.flush();
		}
		catch (IOException ex) {
			throw new OutputFailure(ex);
		}
	}
}
