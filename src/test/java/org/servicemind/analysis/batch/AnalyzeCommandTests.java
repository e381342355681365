package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String input, String... args) {
		return AnalyzeCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> outputLines() {
		return out.toString(StandardCharsets.UTF_8).lines().map(MAPPER::readTree).toList();
	}

	@Test
	void writesOneLineWithEverySignalPerInputLineInOrder() {
		String input = """
				{"id":"a","text":"Thank you so much, this is wonderful!"}
				{"id":"b","text":"I'll call you back tomorrow morning.","role":"agent","at":"2026-03-02T10:00:00Z","zone":"Europe/Berlin"}
				{"id":3,"text":"Everyone hates me, I always fail.","role":"journal"}
				""";
		assertThat(run(input, "analyze", "--lexical-only")).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly("a", "b", "3");
		for (JsonNode line : lines) {
			for (String field : List.of("sentiment", "anger", "politeness", "empathy", "dismissive", "condescending",
					"hostile", "antagonize", "distortion", "detail_preference", "clarity", "brevity", "word_count")) {
				assertThat(line.get(field)).as(field).isNotNull();
				assertThat(line.get(field).isNumber()).as(field).isTrue();
			}
			assertThat(line.get("truncated").isBoolean()).isTrue();
			assertThat(line.get("findings").isArray()).isTrue();
			assertThat(line.get("commitments").isArray()).isTrue();
			assertThat(line.get("distortions").isArray()).isTrue();
		}
		assertThat(lines.get(0).get("sentiment").asDouble()).isGreaterThan(0.3);
		assertThat(lines.get(0).get("word_count").asInt()).isEqualTo(7);
	}

	@Test
	void reportsMalformedLinesWithTheirNumberAndContinues() {
		String input = """
				{"id":"ok1","text":"fine"}
				this is not json
				{"id":"x","text":42}
				{"text":"no id"}
				{"id":"r","text":"hi","role":"boss"}
				{"id":"z","text":"hi","zone":"Mars/Olympus"}
				{"id":"t","text":"hi","at":"yesterday"}
				{"id":"ok2","text":"fine too"}
				""";
		assertThat(run(input, "--lexical-only")).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines).hasSize(8);
		assertThat(lines.get(0).has("sentiment")).isTrue();
		assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(lines.get(1).get("error").asString()).contains("malformed JSON");
		assertThat(lines.get(2).get("id").asString()).isEqualTo("x");
		assertThat(lines.get(2).get("error").asString()).contains("text");
		assertThat(lines.get(3).get("error").asString()).contains("id");
		assertThat(lines.get(4).get("error").asString()).contains("role");
		assertThat(lines.get(5).get("error").asString()).contains("zone");
		assertThat(lines.get(6).get("line").asInt()).isEqualTo(7);
		assertThat(lines.get(6).get("error").asString()).contains("at");
		assertThat(lines.get(7).get("id").asString()).isEqualTo("ok2");
	}

	@Test
	void skipsBlankLinesButKeepsLineNumbers() {
		assertThat(run("\n\n{oops\n", "--lexical-only")).isZero();
		assertThat(outputLines()).singleElement().satisfies(l -> assertThat(l.get("line").asInt()).isEqualTo(3));
	}

	@Test
	void writesNothingForEmptyInput() {
		assertThat(run("", "-", "--lexical-only")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void failsWithAClearMessageWhenTheInputFileIsMissing(@TempDir Path dir) {
		int code = run("", "analyze", dir.resolve("missing.jsonl").toString());
		assertThat(code).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read input").contains("missing.jsonl");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void rejectsASecondOutputFile(@TempDir Path dir) {
		for (String[] args : List.of(new String[] { "--out", dir.resolve("a").toString(), "--out", "b" },
				new String[] { "-o", "a", "--out=b" }, new String[] { "--out=a", "-o", "-" })) {
			assertThat(run("", args)).as(String.join(" ", args)).isEqualTo(2);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out given twice");
		assertThat(dir.resolve("a")).doesNotExist();
	}

	@Test
	void rejectsUnknownOptions() {
		assertThat(run("", "--frobnicate")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

	@Test
	void readsAFileAndWritesTheOutputFile(@TempDir Path dir) throws IOException {
		Path in = dir.resolve("in.jsonl");
		Path result = dir.resolve("out.jsonl");
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < 1_300; i++) {
			lines.append("{\"id\":\"m").append(i).append("\",\"text\":\"message number ").append(i).append("\"}\n");
		}
		Files.writeString(in, lines);
		assertThat(run("", "analyze", in.toString(), "--out", result.toString(), "--lexical-only")).isZero();
		List<String> written = Files.readAllLines(result);
		assertThat(written).hasSize(1_300);
		for (int i = 0; i < written.size(); i++) {
			assertThat(MAPPER.readTree(written.get(i)).get("id").asString()).isEqualTo("m" + i);
		}
	}

	@Test
	void resolvesAgentFieldsOnlyForAgentText() {
		String input = """
				{"id":"c","text":"Calm down, I will call you tomorrow.","role":"customer"}
				""";
		assertThat(run(input, "--lexical-only")).isZero();
		JsonNode line = outputLines().get(0);
		assertThat(line.get("findings")).isEmpty();
		assertThat(line.get("commitments")).isEmpty();
	}

	@Test
	void refusesAnOutputFileThatIsTheInputFileAndLeavesItAlone(@TempDir Path dir) throws IOException {
		Path in = dir.resolve("in.jsonl");
		String content = "{\"id\":\"a\",\"text\":\"hello\"}\n";
		Files.writeString(in, content);
		Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
		Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), in);
		for (String output : List.of(in.toString(), dir.resolve(".").resolve("in.jsonl").toString(), link.toString(),
				hardLink.toString())) {
			assertThat(run("", in.toString(), "--out", output, "--lexical-only")).as(output).isEqualTo(2);
			assertThat(run("", in.toString(), "--out=" + output, "--lexical-only")).as(output).isEqualTo(2);
		}
		assertThat(Files.readString(in)).isEqualTo(content);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("is the input file");
	}

	@Test
	void refusesAnOutputFileThatStandardInputReads(@TempDir Path dir) throws IOException {
		Path in = dir.resolve("in.jsonl");
		Files.writeString(in, "{\"id\":\"a\",\"text\":\"hello\"}\n");
		int code = AnalyzeCommand.run(new String[] { "analyze", "--out", in.toString() }, Files.newInputStream(in), in,
				null, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(Files.size(in)).isPositive();
	}

	@Test
	void refusesStandardOutputThatAppendsToTheInputFile(@TempDir Path dir) throws IOException {
		Path in = dir.resolve("in.jsonl");
		String content = "{\"id\":\"a\",\"text\":\"hello\"}\n";
		Files.writeString(in, content);
		Path elsewhere = dir.resolve("out.jsonl");
		Files.writeString(elsewhere, "");
		PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(AnalyzeCommand.run(new String[] { in.toString(), "--lexical-only" }, InputStream.nullInputStream(),
				null, in, stdout, stderr)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output is the input file");
		assertThat(Files.readString(in)).isEqualTo(content);
		assertThat(AnalyzeCommand.run(new String[] { in.toString(), "--lexical-only" }, InputStream.nullInputStream(),
				null, elsewhere, stdout, stderr)).isZero();
		assertThat(AnalyzeCommand.run(new String[] { "--lexical-only" }, Files.newInputStream(in), in, in, stdout,
				stderr)).as("standard input and output the same file").isEqualTo(2);
	}

	@Test
	void aLineWithBytesThatAreNotUtf8GetsAnErrorLineAndTheRunGoesOn() throws IOException {
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.write("{\"id\":\"latin\",\"text\":\"Caf".getBytes(StandardCharsets.US_ASCII));
		input.write(0xE9);
		input.write(" closed\"}\n{\"id\":\"ok\",\"text\":\"Caf\u00e9 open\"}\n".getBytes(StandardCharsets.UTF_8));
		int code = AnalyzeCommand.run(new String[] { "--lexical-only" }, new ByteArrayInputStream(input.toByteArray()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		List<JsonNode> lines = outputLines();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
		assertThat(lines.get(0).get("id").asString()).isEqualTo("latin");
		assertThat(lines.get(0).get("error").asString()).contains("not UTF-8");
		assertThat(lines.get(1).get("id").asString()).isEqualTo("ok");
		assertThat(lines.get(1).has("sentiment")).isTrue();
	}

	@Test
	void defaultTimeOfALineIsTheRunStartInWholeSeconds() {
		assertThat(run("{\"id\":\"a\",\"text\":\"I'll refund it right now.\",\"role\":\"agent\"}\n",
				"--lexical-only")).isZero();
		assertThat(outputLines()).singleElement().satisfies(l -> assertThat(
				l.get("commitments").get(0).get("due").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
	}

	@Test
	void writesStandardOutputForOutDash(@TempDir Path dir) throws IOException {
		Path in = dir.resolve("in.jsonl");
		Files.writeString(in, "{\"id\":\"a\",\"text\":\"hello\"}\n");
		assertThat(run("", in.toString(), "--out", "-", "--lexical-only")).isZero();
		assertThat(outputLines()).singleElement().satisfies(l -> assertThat(l.get("id").asString()).isEqualTo("a"));
		assertThat(run("", in.toString(), "--out=-", "--lexical-only")).isZero();
		assertThat(outputLines()).hasSize(2);
		assertThat(Path.of("-")).doesNotExist();
		assertThat(dir.resolve("-")).doesNotExist();
	}

	@Test
	void acceptsOutWithAnEqualsSign(@TempDir Path dir) throws IOException {
		Path result = dir.resolve("out.jsonl");
		assertThat(run("{\"id\":\"a\",\"text\":\"hello\"}\n", "--out=" + result, "--lexical-only")).isZero();
		assertThat(Files.readAllLines(result)).singleElement().satisfies(l -> assertThat(l).startsWith("{\"id\":\"a\""));
		assertThat(run("", "--out=")).isEqualTo(2);
	}

	@Test
	void failsOnADirectoryAsInputWithoutCreatingTheOutputFile(@TempDir Path dir) {
		Path result = dir.resolve("out.jsonl");
		assertThat(run("", dir.toString(), "--out", result.toString(), "--lexical-only")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read input").contains("directory");
		assertThat(result).doesNotExist();
	}

	@Test
	void printsHelpWithEveryOption() {
		assertThat(run("", "analyze", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: analyze").contains("--out=FILE")
				.contains("--lexical-only").contains("UTF-8").contains("Exit status");
	}

	@Test
	void answersHelpForTheApplicationJarWithoutStartingTheServer() {
		assertThat(AnalyzeCommand.isHelp(new String[] { "--help" })).isTrue();
		assertThat(AnalyzeCommand.isHelp(new String[] { "-h" })).isTrue();
		assertThat(AnalyzeCommand.isHelp(new String[] { "--server.port=0" })).isFalse();
		assertThat(AnalyzeCommand.isHelp(new String[0])).isFalse();
		AnalyzeCommand.printApplicationHelp(new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("java -jar servicemind.jar analyze")
				.contains("web application");
	}
}
