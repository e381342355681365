package org.servicemind.analysis.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Role;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;

/**
 * The {@code analyze} batch command: JSON lines in, one JSON line of signals per input line out, in input order.
 *
 * <p>Usage: {@code analyze [IN.jsonl|-] [--out OUT.jsonl|-] [--lexical-only]} ({@code --out=FILE} and {@code -o FILE}
 * too). Without {@code IN} (or with {@code -}) it reads standard input; without {@code --out} (or with
 * {@code --out -}) it writes standard output. {@code --out} naming the input file itself (same file, by the file
 * system's identity, so links count) is refused before anything is opened for writing. Input is UTF-8 (a leading
 * byte order mark is skipped; UTF-16 input gives one error line and exit 1); lines end with LF or CRLF (a lone CR is
 * not a line break). Input lines are {@code {"id","text","role"?,"at"?,"zone"?}} ({@code id}: string or number,
 * echoed as written; {@code role}: customer (default), agent or journal; {@code at}: ISO-8601 instant, default the
 * start of the run; {@code zone}: IANA zone, default UTC). Each output line holds {@code id}, every scalar signal,
 * {@code word_count}, {@code truncated} and the arrays {@code findings}, {@code commitments} (due times as ISO-8601
 * with offset and seconds, never before {@code at}) and {@code distortions}. A line that cannot be analysed, including
 * one longer than {@link BatchLoop#MAX_LINE_CHARS} chars (never held in memory whole), yields
 * {@code {"line":N,"id":...,"error":"..."}} and processing continues; blank lines are skipped. Lines are analysed in
 * parallel on all cores and written in input order, flushed whenever the input pauses. The web server and the
 * database are never started.
 */
public final class AnalyzeCommand {

	private static final String USAGE = "usage: analyze [IN.jsonl|-] [--out OUT.jsonl|-] [--lexical-only]";

	private static final String HELP = USAGE + """


			Reads JSON lines {"id","text","role"?,"at"?,"zone"?} from IN (standard input when absent or -) and writes one
			JSON line of signals per non-blank input line, in input order, to standard output or OUT.

			  --out FILE, --out=FILE, -o FILE   write FILE (created or replaced; - is standard output). FILE must not
			                                    be the input file.
			  --lexical-only                    lexicons and rules only, no embedding model: much faster, fewer signals
			  -h, --help                        print this text

			Input: UTF-8 (a byte order mark is skipped), lines ending in LF or CRLF. A line with bytes that are not
			UTF-8 (Latin-1, Windows-1252) gives an error line; UTF-16 input gives one error line and exit status 1.
			  id    string or number, echoed exactly as written
			  text  the message text (HTML is read as text; the engine analyses the first 20,000 chars of the cleaned
			        text, taken from at most 200,000 chars of input, and sets "truncated" when it cut)
			  role  customer (default), agent or journal
			  at    ISO-8601 instant the message was written (default: the start of the run)
			  zone  IANA time zone of the customer, for due times (default UTC)
			Output per line: id, sentiment, anger, politeness, empathy, dismissive, condescending, hostile, antagonize,
			distortion, detail_preference, clarity, brevity, word_count, truncated, findings, commitments (due as
			2026-12-04T17:30:00+01:00, never before at), distortions.
			A line that cannot be analysed gives {"line":N,"id":...,"error":"..."} and the run goes on; so does a line
			longer than %d characters, which is skipped without being held in memory.
			Output is flushed after each chunk of lines and whenever the input pauses.
			Memory: started from the jar without a heap option, the command runs in a child JVM with -Xmx96m
			-XX:+UseSerialGC; give -Xmx yourself or set SERVICEMIND_ANALYZE_IN_PROCESS=1 to keep it in this JVM.

			Exit status: 0 done (error lines included); 1 input unreadable or UTF-16, output not writable or closed;
			2 wrong arguments, or --out names the input file.
			""".formatted(BatchLoop.MAX_LINE_CHARS);

	private static final Path STDIN = Path.of("/proc/self/fd/0");

	private static final Path STDOUT = Path.of("/proc/self/fd/1");

	private AnalyzeCommand() {
	}

	/**
	 * @param args {@code analyze [IN.jsonl|-] [--out OUT.jsonl|-] [--lexical-only]} (the leading {@code analyze} is
	 *     optional)
	 * @return process exit code: 0 on success (lines with errors included); 1 when the input cannot be read or is not
	 *     UTF-8, or the output cannot be written or was closed; 2 when the arguments are wrong or {@code --out} is the
	 *     input file
	 */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		return run(args, in, in == System.in && Files.exists(STDIN) ? STDIN : null,
				out == System.out && Files.exists(STDOUT) ? STDOUT : null, out, err);
	}

	/**
	 * @param stdinFile the file standard input reads, when known (to refuse {@code --out} naming it)
	 * @param stdoutFile the file standard output writes, when known (to refuse {@code analyze IN >> IN}, which would
	 *     read its own output back without end)
	 */
	static int run(String[] args, InputStream in, @Nullable Path stdinFile, @Nullable Path stdoutFile, PrintStream out,
			PrintStream err) {
		quietLogging();
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (Options.UsageError ex) {
			err.println("analyze: " + ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		if (options.help()) {
			out.print(HELP);
			out.flush();
			return 0;
		}
		String inputName = options.input() == null ? "-" : options.input();
		String outputName = options.output() == null ? "-" : options.output();
		PushbackInputStream source;
		try {
			Path inputFile = options.input() == null ? stdinFile : Path.of(options.input());
			// standard output counts only when redirected to a file: a terminal is both input and output interactively
			Path outputFile = options.output() != null ? Path.of(options.output())
					: stdoutFile != null && Files.isRegularFile(stdoutFile) ? stdoutFile : null;
			if (inputFile != null && outputFile != null && sameFile(inputFile, outputFile)) {
				err.println((options.output() != null
						? "analyze: --out " + outputName + " is the input file; choose another output file"
						: "analyze: standard output is the input file " + inputName
								+ "; redirect it to another file or use --out") + "\n" + USAGE);
				return 2;
			}
			if (options.input() != null && Files.isDirectory(Path.of(options.input()))) {
				err.println("analyze: cannot read input " + inputName + ": is a directory");
				return 1;
			}
			source = new PushbackInputStream(options.input() == null ? in : Files.newInputStream(Path.of(inputName)), 3);
		}
		catch (IOException | RuntimeException ex) {
			err.println("analyze: cannot read input " + inputName + ": " + describe(ex));
			return 1;
		}
		try (PushbackInputStream input = source) {
			TextAnalyzer analyzer;
			try {
				analyzer = options.lexicalOnly() ? TextAnalyzers.lexicalOnly() : TextAnalyzers.standard();
			}
			catch (LinkageError | IllegalStateException | java.io.UncheckedIOException ex) {
				err.println("analyze: cannot load the embedding model (" + describe(ex) + "); is the temporary "
						+ "directory full or read-only? --lexical-only runs without it");
				return 1;
			}
			warmUp(analyzer);
			String bom;
			try {
				bom = InputEncoding.check(input);
			}
			catch (IOException ex) {
				throw new BatchLoop.InputFailure(ex);
			}
			try (OutputSink sink = options.output() == null ? OutputSink.stdout(out)
					: OutputSink.file(Path.of(options.output()))) {
				BatchLoop.Outcome outcome;
				if (bom != null) {
					sink.write(LineAnalyzer.error(1, null, notUtf8("found " + bom)));
					outcome = BatchLoop.Outcome.NOT_UTF8;
				}
				else {
					LineReader lines = new LineReader(new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
						.replaceWith(String.valueOf(LineAnalyzer.NOT_UTF8))), BatchLoop.MAX_LINE_CHARS);
					Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
					outcome = new BatchLoop(new LineAnalyzer(analyzer, start), sink).run(lines);
				}
				if (outcome == BatchLoop.Outcome.NOT_UTF8) {
					err.println("analyze: input " + inputName + " is not UTF-8 text (UTF-16, or binary data?); if it "
							+ "is UTF-16 text, convert it first, e.g. iconv -f UTF-16 -t UTF-8");
					return 1;
				}
			}
			return 0;
		}
		catch (BatchLoop.InputFailure ex) {
			err.println("analyze: cannot read input " + inputName + ": " + describe(ex.getCause()));
			return 1;
		}
		catch (BatchLoop.OutputFailure ex) {
			err.println("analyze: cannot write output " + outputName + ": " + describe(ex.getCause()));
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			err.println("analyze: cannot write output " + outputName + ": " + describe(ex));
			return 1;
		}
	}

	/**
	 * Runs one analysis per role in a background daemon thread while the first input is awaited: the engine's lazily
	 * loaded parts (seconds on a busy machine) are then ready when a line typed on a terminal arrives.
	 */
	private static void warmUp(TextAnalyzer analyzer) {
		Thread thread = new Thread(() -> {
			for (Role role : Role.values()) {
				try {
					analyzer.analyze("Thanks, I will call you back tomorrow morning.", AnalysisContext.of(role));
				}
				catch (RuntimeException ex) {
					// the real analysis reports any failure
				}
			}
		}, "analyze-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** @return the error text of an input that is not UTF-8, with {@code why} */
	static String notUtf8(String why) {
		return "input must be UTF-8: " + why;
	}

	/**
	 * @return whether {@code args} ask the application jar for help ({@code --help}, {@code -h} or {@code help} as the
	 *     first argument)
	 */
	public static boolean isHelp(String[] args) {
		return args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0]));
	}

	/** Prints how to start the application jar: the web application, or the {@code analyze} command. */
	public static void printApplicationHelp(PrintStream out) {
		out.print("""
				usage: java -jar servicemind.jar [--spring.property=value ...]   start the web application
				       java -jar servicemind.jar analyze [IN.jsonl|-] [--out OUT.jsonl|-] [--lexical-only]
				                                                       analyse JSON lines offline (no server,
				                                                       no database); analyze --help for more
				""");
		out.flush();
	}

	private static boolean sameFile(Path input, Path output) {
		try {
			return Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static String describe(@Nullable Throwable ex) {
		if (ex == null) {
			return "error";
		}
		String message = ex.getMessage();
		if (ex.getClass() == IOException.class && message != null) {
			return message;
		}
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
}
