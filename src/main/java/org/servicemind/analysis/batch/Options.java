package org.servicemind.analysis.batch;

import org.jspecify.annotations.Nullable;

/**
 * The parsed arguments of the {@code analyze} command.
 *
 * @param input the input file, or {@code null} for standard input (no argument or {@code -})
 * @param output the output file, or {@code null} for standard output (no {@code --out} or {@code --out -})
 * @param lexicalOnly whether to skip the embedding model
 * @param help whether {@code --help} was asked for
 */
record Options(@Nullable String input, @Nullable String output, boolean lexicalOnly, boolean help) {

	/** Wrong arguments; the message says which. */
	static final class UsageError extends Exception {

		private static final long serialVersionUID = 1L;

		UsageError(String message) {
			super(message);
		}
	}

	/**
	 * @param args the arguments; a leading {@code analyze} is skipped
	 * @throws UsageError for an unknown option, a second input, {@code --out} without a file name, or a second
	 *     {@code --out}
	 */
	static Options parse(String[] args) throws UsageError {
		String input = null;
		boolean inputGiven = false;
		String output = null;
		boolean lexicalOnly = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i == 0 && "analyze".equals(arg)) {
				continue;
			}
			if (("--out".equals(arg) || "-o".equals(arg) || arg.startsWith("--out=")) && output != null) {
				throw new UsageError("--out given twice; give one output file");
			}
			if ("--out".equals(arg) || "-o".equals(arg)) {
				if (i + 1 >= args.length || args[i + 1].isEmpty()) {
					throw new UsageError(arg + " needs a file name (or - for standard output)");
				}
				output = args[++i];
			}
			else if (arg.startsWith("--out=")) {
				output = arg.substring("--out=".length());
				if (output.isEmpty()) {
					throw new UsageError("--out= needs a file name (or - for standard output)");
				}
			}
			else if ("--lexical-only".equals(arg)) {
				lexicalOnly = true;
			}
			else if ("--help".equals(arg) || "-h".equals(arg)) {
				return new Options(null, null, false, true);
			}
			else if (arg.startsWith("-") && !"-".equals(arg) || inputGiven) {
				throw new UsageError("unexpected argument " + arg);
			}
			else {
				input = arg;
				inputGiven = true;
			}
		}
		return new Options("-".equals(input) ? null : input, "-".equals(output) ? null : output, lexicalOnly, false);
	}
}
