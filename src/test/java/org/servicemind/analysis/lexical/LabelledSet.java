package org.servicemind.analysis.lexical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the flat JSONL labelled sets under src/test/resources/analysis (string and string-array values only). */
final class LabelledSet {

	private LabelledSet() {
	}

	static List<Map<String, Object>> read(String resource) throws IOException {
		try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("missing test resource " + resource);
			}
			String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<Map<String, Object>> rows = new ArrayList<>();
			for (String line : all.split("\n")) {
				if (!line.isBlank()) {
					rows.add(new Parser(line).object());
				}
			}
			return rows;
		}
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> row, String key) {
		return (List<String>) row.get(key);
	}

	private static final class Parser {

		private final String s;

		private int i;

		Parser(String s) {
			this.s = s;
		}

		Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			expect('{');
			while (peek() != '}') {
				String key = string();
				expect(':');
				map.put(key, value());
				if (peek() == ',') {
					i++;
				}
			}
			expect('}');
			return map;
		}

		private Object value() {
			if (peek() == '[') {
				i++;
				List<String> list = new ArrayList<>();
				while (peek() != ']') {
					list.add(string());
					if (peek() == ',') {
						i++;
					}
				}
				i++;
				return list;
			}
			return string();
		}

		private String string() {
			expect('"');
			StringBuilder b = new StringBuilder();
			while (s.charAt(i) != '"') {
				char c = s.charAt(i++);
				if (c == '\\') {
					char e = s.charAt(i++);
					switch (e) {
						case 'n' -> b.append('\n');
						case 't' -> b.append('\t');
						case 'u' -> {
							b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
							i += 4;
						}
						default -> b.append(e);
					}
				}
				else {
					b.append(c);
				}
			}
			i++;
			return b.toString();
		}

		private char peek() {
			while (Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			return s.charAt(i);
		}

		private void expect(char c) {
			if (peek() != c) {
				throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
			}
			i++;
		}
	}
}
