package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AsciiWordPiecesTests {

	private static final String JSON = "/all-minilm-l6-v2-q-tokenizer.json";

	/** Texts written for this test: special tokens, over-long words, truncation inside a word, odd spacing. */
	private static final List<String> TEXTS = List.of("Hi!", "hello[SEP]world", "[CLS][SEP]", "[sep] [Sep] [UNK]x",
			"a ##b", "x".repeat(100), "x".repeat(101), "Zz".repeat(60), "internationalisation ".repeat(40),
			"word ".repeat(125) + "[SEP] more", "word ".repeat(126) + "[MASK]", "ab" + "qzxj".repeat(30) + " next",
			"a\tb\r\nc", "!!!???", "[", "[MASK", "Order #A-2093 (EUR 30.50) isn't here; e-mail me @ 9pm?",
			"Can't LOGIN since 2026-11-30T08:00Z ~ tried 3x_4");

	private static HuggingFaceTokenizer library;

	private static AsciiWordPieces pieces;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream a = AsciiWordPiecesTests.class.getResourceAsStream(JSON);
				InputStream b = AsciiWordPiecesTests.class.getResourceAsStream(JSON)) {
			library = HuggingFaceTokenizer.newInstance(a, Map.of("padding", "false"));
			pieces = new AsciiWordPieces(b);
		}
	}

	@Test
	void matchesTheTokenizerLibraryOnAsciiText() {
		for (String text : TEXTS) {
			assertThat(AsciiWordPieces.handles(text)).as(text).isTrue();
			assertThat(pieces.ids(text)).as(text).containsExactly(library.encode(text, true, false).getIds());
		}
	}

	@Test
	void matchesTheTokenizerLibraryOnDatasetTexts() throws IOException {
		Path file = Path.of("../shared/datasets/goemotions/dev.jsonl");
		Assumptions.assumeTrue(Files.isRegularFile(file),
				"skipped: ../shared/datasets/goemotions/dev.jsonl not found next to the project");
		ObjectMapper mapper = JsonMapper.builder().build();
		int compared = 0;
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String text = mapper.readTree(line).get("text").stringValue();
				if (AsciiWordPieces.handles(text)) {
					assertThat(pieces.ids(text)).as(text).containsExactly(library.encode(text, true, false).getIds());
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(1_000);
	}

	@Test
	void truncatesTo128IdsWithClsAndSep() {
		long[] ids = pieces.ids("word ".repeat(300));
		assertThat(ids).hasSize(AsciiWordPieces.MAX_IDS);
		assertThat(ids[0]).isEqualTo(101);
		assertThat(ids[ids.length - 1]).isEqualTo(102);
	}

	@Test
	void handlesOnlyPrintableAsciiAndAsciiWhitespace() {
		assertThat(AsciiWordPieces.handles("Refund #12, please!\n\tThanks ~ [SEP]")).isTrue();
		assertThat(AsciiWordPieces.handles("caf\u00e9")).isFalse();
		assertThat(AsciiWordPieces.handles("it\u2019s")).isFalse();
		assertThat(AsciiWordPieces.handles("bell\u0007")).isFalse();
		assertThat(AsciiWordPieces.handles("form\u000cfeed")).isFalse();
	}
}
