package org.servicemind.analysis.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSONL files into rows of text plus the raw JSON node for label access. */
public final class Jsonl {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Jsonl() {
	}

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

	public static List<Row> read(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode n = MAPPER.readTree(line);
			rows.add(new Row(n.path("id").asText(), n.path("text").asText(), n));
		}
		return rows;
	}
}
