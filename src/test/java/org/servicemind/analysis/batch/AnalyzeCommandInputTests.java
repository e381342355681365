package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the {@code analyze} command accepts as input: encodings, line breaks, long lines, ids. */
class AnalyzeCommandInputTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(byte[] input, String... args) {
		return AnalyzeCommand.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private int run(String input, String... args) {
		return run(input.getBytes(StandardCharsets.UTF_8), args);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private List<JsonNode> outputLines() {
		return output().lines().map(MAPPER::readTree).toList();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static final String TWO_LINES = """
			{"id":"a","text":"Thank you so much, this is wonderful!"}
			{"id":"b","text":"Thanks"}
			""";

	@Test
	void skipsAUtf8ByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		assertThat(run(concat(bom, TWO_LINES.getBytes(StandardCharsets.UTF_8)), "--lexical-only")).isZero();
		assertThat(outputLines()).extracting(l -> l.has("error")).containsExactly(false, false);
		assertThat(outputLines()).extracting(l -> l.get("id").asString()).containsExactly("a", "b");
	}

	@Test
	void givesOneErrorLineForUtf16Input() {
		byte[] bomLe = { (byte) 0xFF, (byte) 0xFE };
		List<byte[]> inputs = List.of(TWO_LINES.getBytes(StandardCharsets.UTF_16),
				concat(bomLe, TWO_LINES.getBytes(StandardCharsets.UTF_16LE)), TWO_LINES.getBytes(StandardCharsets.UTF_16LE),
				TWO_LINES.getBytes(StandardCharsets.UTF_16BE));
		for (int i = 0; i < inputs.size(); i++) {
			out.reset();
			assertThat(run(inputs.get(i), "--lexical-only")).as("input %d", i).isEqualTo(1);
			assertThat(outputLines()).as("input %d", i).singleElement().satisfies(l -> {
				assertThat(l.get("line").asInt()).isEqualTo(1);
				assertThat(l.get("error").asString()).contains("must be UTF-8");
			});
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
	}

	@Test
	void treatsOnlyLfAndCrlfAsLineBreaks() {
		String input = "{\"id\":\"a\",\r\"text\":\"hi\"}\r\n{oops\r\n{\"id\":\"c\",\"text\":\"x\"}\r{\"id\":\"d\"}\n";
		assertThat(run(input, "--lexical-only")).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).get("id").asString()).isEqualTo("a");
		assertThat(lines.get(0).has("error")).isFalse();
		assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
		assertThat(lines.get(2).get("id").asString()).isEqualTo("c");
		assertThat(lines.get(2).get("error").asString()).contains("malformed JSON");
	}

	@Test
	void reportsALineLongerThanTheCapAndGoesOn() {
		String longText = "word ".repeat(BatchLoop.MAX_LINE_CHARS / 5 + 1);
		String input = "{\"id\":\"a\",\"text\":\"hi\"}\n{\"id\":\"long\",\"text\":\"" + longText
				+ "\"}\n{\"id\":\"c\",\"text\":\"hi\"}\n";
		assertThat(run(input, "--lexical-only")).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(lines.get(1).get("error").asString())
				.isEqualTo("line longer than " + BatchLoop.MAX_LINE_CHARS + " characters");
		assertThat(lines.get(2).get("id").asString()).isEqualTo("c");
	}

	@Test
	void analysesALongLineUnderTheCapAsATruncatedText() {
		String text = "word ".repeat(300_000);
		assertThat(run("{\"id\":\"a\",\"text\":\"" + text + "\"}\n", "--lexical-only")).isZero();
		assertThat(outputLines()).singleElement().satisfies(l -> assertThat(l.get("truncated").asBoolean()).isTrue());
	}

	@Test
	void echoesNumericIdsExactlyAsWritten() {
		String input = """
				{"id":1E2,"text":"hi"}
				{"id":1e400,"text":"hi"}
				{"id":-0.50,"text":"hi"}
				{"id":123456789012345678901234567890,"text":"hi"}
				{"id":7,"text":"hi","role":"boss"}
				{"id":8,"text":5}
				""";
		assertThat(run(input, "--lexical-only")).isZero();
		List<String> lines = output().lines().toList();
		assertThat(lines).hasSize(6);
		assertThat(lines.get(0)).startsWith("{\"id\":1E2,\"sentiment\":");
		assertThat(lines.get(1)).startsWith("{\"id\":1e400,\"sentiment\":");
		assertThat(lines.get(2)).startsWith("{\"id\":-0.50,\"sentiment\":");
		assertThat(lines.get(3)).startsWith("{\"id\":123456789012345678901234567890,\"sentiment\":");
		assertThat(lines.get(4)).startsWith("{\"line\":5,\"id\":7,\"error\":");
		assertThat(lines.get(5)).startsWith("{\"line\":6,\"id\":8,\"error\":");
		assertThat(outputLines()).allSatisfy(l -> assertThat(l.get("id").isNumber()).isTrue());
	}

	@Test
	void writesDueTimesWithSecondsLikeTheWebApplication() {
		String input = """
				{"id":"a","text":"I'll call you back tomorrow morning.","role":"agent","at":"2026-03-02T10:00:00Z","zone":"Europe/Berlin"}
				""";
		assertThat(run(input, "--lexical-only")).isZero();
		JsonNode commitment = outputLines().get(0).get("commitments").get(0);
		assertThat(commitment.get("due").asString()).matches("2026-03-03T\\d\\d:\\d\\d:\\d\\d\\+01:00");
	}

	@Test
	void neverWritesADueTimeBeforeTheMessage() {
		String input = """
				{"id":"a","text":"I will call you on 2 December.","role":"agent","at":"2026-12-02T18:00:00Z"}
				{"id":"b","text":"I will call you on 31 December.","role":"agent","at":"+999999999-12-31T23:59:59Z"}
				""";
		assertThat(run(input, "--lexical-only")).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines.get(0).get("commitments").get(0).get("due").asString()).isEqualTo("2026-12-02T18:00:00Z");
		assertThat(lines.get(1).get("commitments").get(0).get("due").asString())
				.isEqualTo("+999999999-12-31T23:59:59Z");
	}
}
