package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@code LinearModel} in its resource format: {@code #} header lines, the bias, one weight per line. */
final class WeightsFile {

	private WeightsFile() {
	}

	static void write(Path file, List<String> header, Ridge.Weights model) {
		StringBuilder out = new StringBuilder();
		for (String line : header) {
			out.append("# ").append(line).append('\n');
		}
		out.append(model.bias()).append('\n');
		for (double w : model.weights()) {
			out.append(w).append('\n');
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
