package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON-lines files of ../shared/datasets (never copied into the repository). */
final class Jsonl {

	/** Root of the shared datasets, relative to the project root. */
	static final Path DATASETS = Path.of("../shared/datasets");

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private Jsonl() {
	}

	/** @return whether the datasets folder is present */
	static boolean available() {
		return Files.isRegularFile(DATASETS.resolve("vader/dev.jsonl"))
				&& Files.isRegularFile(DATASETS.resolve("politeness/dev.jsonl"));
	}

	/** @return every non-blank line of {@code relative} (below the datasets folder) as a JSON tree */
	static List<JsonNode> read(String relative) {
		try {
			return Files.readAllLines(DATASETS.resolve(relative), StandardCharsets.UTF_8).stream()
					.filter(l -> !l.isBlank()).map(MAPPER::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
