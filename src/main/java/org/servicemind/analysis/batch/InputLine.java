package org.servicemind.analysis.batch;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The fields of one input line, read with Jackson's streaming parser so that a numeric {@code id} keeps the exact
 * characters it was written with ({@code 1E2} stays {@code 1E2}, {@code 1e400} stays {@code 1e400}). Unknown
 * properties are skipped; of a repeated property the last one counts. Fill with {@link #read}; when that throws, the
 * fields read so far (the {@link #id()} in particular) stay available for the error line.
 */
final class InputLine {

	/**
	 * An {@code id} as written in the input.
	 *
	 * @param text the string value, or for a number its JSON text as written
	 * @param number whether it is a JSON number (written back raw) rather than a string
	 */
	record Id(String text, boolean number) {
	}

	/** Marks a property that is present but not a string ({@code "role":5}). */
	static final String NOT_A_STRING = "";

	private @Nullable Id id;

	private @Nullable String text;

	private @Nullable String role;

	private @Nullable String at;

	private @Nullable String zone;

	/**
	 * @throws JacksonException when the line is not well-formed JSON
	 * @throws IllegalArgumentException when it is not one JSON object (the message says why)
	 */
	void read(ObjectMapper mapper, String line) {
		try (JsonParser p = mapper.createParser(line)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("not a JSON object");
			}
			for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				switch (name) {
					case "id" -> readId(p, value);
					case "text" -> text = value == JsonToken.VALUE_STRING ? p.getString() : null;
					case "role" -> role = string(p, value);
					case "at" -> at = string(p, value);
					case "zone" -> zone = string(p, value);
					default -> {
						// unknown property: skipped below when it is an object or array
					}
				}
				if (value.isStructStart()) {
					p.skipChildren();
				}
			}
			if (p.nextToken() != null) {
				throw new IllegalArgumentException("malformed JSON: more content after the JSON object");
			}
		}
	}

	private void readId(JsonParser p, JsonToken value) {
		id = switch (value) {
			case VALUE_STRING -> new Id(p.getString(), false);
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Id(p.getString(), true);
			default -> null;
		};
	}

	private static @Nullable String string(JsonParser p, JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		return value == JsonToken.VALUE_STRING ? p.getString() : NOT_A_STRING;
	}

	/** @return the id (a string or number), or {@code null} when missing, null or of another type */
	@Nullable Id id() {
		return id;
	}

	/** @return the text, or {@code null} when missing or not a string */
	@Nullable String text() {
		return text;
	}

	/** @return the role as written, {@link #NOT_A_STRING}, or {@code null} when missing or null */
	@Nullable String role() {
		return role;
	}

	/** @return the instant as written, {@link #NOT_A_STRING}, or {@code null} when missing or null */
	@Nullable String at() {
		return at;
	}

	/** @return the zone as written, {@link #NOT_A_STRING}, or {@code null} when missing or null */
	@Nullable String zone() {
		return zone;
	}
}
