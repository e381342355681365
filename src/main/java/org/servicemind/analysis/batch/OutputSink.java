package org.servicemind.analysis.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where output lines go: standard output or a file, UTF-8, one line per {@link #write}. {@link #flush} fails with an
 * {@link IOException} as soon as the destination stops accepting data (a closed pipe included: standard output is a
 * {@link PrintStream}, which only records such errors, so it is checked after every flush).
 */
final class OutputSink implements Closeable {

	private final Writer writer;

	private final @Nullable PrintStream stdout;

	private OutputSink(OutputStream target, @Nullable PrintStream stdout) {
		this.writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
		this.stdout = stdout;
	}

	static OutputSink stdout(PrintStream out) {
		return new OutputSink(out, out);
	}

	/** Creates or truncates {@code file}. */
	static OutputSink file(Path file) throws IOException {
		return new OutputSink(Files.newOutputStream(file), null);
	}

	void write(String line) throws IOException {
		writer.write(line);
		writer.write('\n');
	}

	void flush() throws IOException {
		writer.flush();
		if (stdout != null && stdout.checkError()) {
			throw new IOException("standard output closed or failed");
		}
	}

	/** Flushes; closes a file but leaves standard output open. */
	@Override
	public void close() throws IOException {
		if (stdout != null) {
			flush();
		}
		else {
			writer.close();
		}
	}
}
