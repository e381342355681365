package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON-lines files, such as those of ../shared/datasets (never copied into the repository). */
public final class Jsonl {

	/** Root of the shared datasets, relative to the project root. */
	static final Path DATASETS = Path.of("../shared/datasets");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Jsonl() {
	}

	/** One line: its id, its text, and the whole JSON object for label access. */
	public record Row(String id, String text, JsonNode node) {

		public int label(String field) {
			JsonNode v = node.get(field);
			return v == null || v.isNull() ? 0 : v.asInt();
		}

		String string(String field) {
			JsonNode v = node.get(field);
			return v == null ? "" : v.asText();
		}
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

	/** @return every non-blank line of {@code file} as a row */
	public static List<Row> read(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				JsonNode n = MAPPER.readTree(line);
				rows.add(new Row(n.path("id").asText(), n.path("text").asText(), n));
			}
		}
		return rows;
	}
}
