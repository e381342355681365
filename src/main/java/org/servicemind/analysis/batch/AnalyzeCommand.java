package org.servicemind.analysis.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;

/**
 * The {@code analyze} batch command: JSON lines in, one JSON line of signals per input out, in input order.
 *
 * <p>Usage: {@code analyze [IN.jsonl|-] [--out OUT.jsonl] [--lexical-only]}. Without {@code IN} (or with {@code -})
 * it reads standard input; without {@code --out} it writes standard output. Input lines are
 * {@code {"id","text","role"?,"at"?,"zone"?}} ({@code role}: customer (default), agent or journal; {@code at}: ISO-8601
 * instant, default the start of the run; {@code zone}: IANA zone, default UTC). Each output line holds {@code id},
 * every scalar signal, {@code word_count}, {@code truncated} and the arrays {@code findings}, {@code commitments} and
 * {@code distortions}. A malformed line yields {@code {"line":N,"id":...,"error":"..."}} and processing continues;
 * blank lines are skipped. Lines are analysed in parallel on all cores, in chunks, and written in input order. The
 * web server and the database are never started.
 */
public final class AnalyzeCommand {

	private static final int CHUNK = 512;

	private static final String USAGE = "usage: analyze [IN.jsonl|-] [--out OUT.jsonl] [--lexical-only]";

	private AnalyzeCommand() {
	}

	/**
	 * @param args {@code analyze [IN.jsonl|-] [--out OUT.jsonl] [--lexical-only]} (the leading {@code analyze} is
	 *     optional)
	 * @return process exit code: 0 unless the input cannot be read or the output cannot be written (1), or the
	 *     arguments are wrong (2)
	 */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		quietLogging();
		String input = null;
		String output = null;
		boolean lexicalOnly = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i == 0 && "analyze".equals(arg)) {
				continue;
			}
			if ("--out".equals(arg) || "-o".equals(arg)) {
				if (i + 1 >= args.length) {
					err.println("analyze: --out needs a file name\n" + USAGE);
					return 2;
				}
				output = args[++i];
			}
			else if ("--lexical-only".equals(arg)) {
				lexicalOnly = true;
			}
			else if ("--help".equals(arg) || "-h".equals(arg)) {
				out.println(USAGE);
				return 0;
			}
			else if (arg.startsWith("--") || input != null) {
				err.println("analyze: unexpected argument " + arg + "\n" + USAGE);
				return 2;
			}
			else {
				input = arg;
			}
		}
		BufferedReader reader;
		try {
			InputStream source = input == null || "-".equals(input) ? in : Files.newInputStream(Path.of(input));
			reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8), 1 << 16);
		}
		catch (IOException | RuntimeException ex) {
			err.println("analyze: cannot read input " + input + ": " + describe(ex));
			return 1;
		}
		try (BufferedReader r = reader) {
			TextAnalyzer analyzer = lexicalOnly ? TextAnalyzers.lexicalOnly() : TextAnalyzers.standard();
			LineAnalyzer lines = new LineAnalyzer(analyzer, Instant.now());
			if (output == null) {
				Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				process(r, w, lines);
				w.flush();
				out.flush();
				if (out.checkError()) {
					throw new IOException("standard output failed");
				}
			}
			else {
				try (Writer w = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
					process(r, w, lines);
				}
			}
			return 0;
		}
		catch (InputFailure ex) {
			err.println("analyze: cannot read input " + (input == null ? "-" : input) + ": " + describe(ex.getCause()));
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			err.println("analyze: cannot write output " + (output == null ? "-" : output) + ": " + describe(ex));
			return 1;
		}
	}

	private static void process(BufferedReader reader, Writer writer, LineAnalyzer lines) throws IOException {
		int lineNumber = 0;
		List<String> chunk = new ArrayList<>(CHUNK);
		List<Integer> numbers = new ArrayList<>(CHUNK);
		while (true) {
			String line;
			try {
				line = reader.readLine();
			}
			catch (IOException ex) {
				flush(chunk, numbers, writer, lines);
				throw new InputFailure(ex);
			}
			if (line == null) {
				break;
			}
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			chunk.add(line);
			numbers.add(lineNumber);
			if (chunk.size() == CHUNK) {
				flush(chunk, numbers, writer, lines);
			}
		}
		flush(chunk, numbers, writer, lines);
	}

	private static void flush(List<String> chunk, List<Integer> numbers, Writer writer, LineAnalyzer lines)
			throws IOException {
		String[] results = IntStream.range(0, chunk.size()).parallel()
				.mapToObj(i -> lines.process(chunk.get(i), numbers.get(i))).toArray(String[]::new);
		for (String result : results) {
			writer.write(result);
			writer.write('\n');
		}
		chunk.clear();
		numbers.clear();
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		String kind = ex instanceof java.nio.file.NoSuchFileException ? "no such file"
				: ex instanceof java.nio.file.AccessDeniedException ? "permission denied" : ex.getClass().getSimpleName();
		return message == null ? kind : kind + " (" + message + ")";
	}

	/** Sends library logging to standard error at WARN, so it never mixes with JSON on standard output. */
	private static void quietLogging() {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "org/servicemind/analysis/batch/logback-analyze.xml");
		}
	}

	/** An input read failure, told apart from output failures. */
	private static final class InputFailure extends IOException {

		private static final long serialVersionUID = 1L;

		InputFailure(IOException cause) {
			super(cause);
		}
	}
}
