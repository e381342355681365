package org.servicemind.analysis.batch;

import java.io.InputStream;
import java.io.PrintStream;

/** The {@code analyze} batch command: JSON lines in, one JSON line of signals per input out. */
public final class AnalyzeCommand {

	private AnalyzeCommand() {
	}

	/**
	 * @param args {@code analyze [IN.jsonl|-] [--out OUT.jsonl]}
	 * @return process exit code: 0 unless the input cannot be read
	 */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		err.println("analyze: not implemented yet"); // TODO implemented by the batch-command work
		return 2;
	}
}
