package org.servicemind.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class SingleThreadedMiniLmTests {

	/** Texts written for this test: plain, punctuated, accented, non-Latin, special-token look-alikes, long. */
	private static final List<String> TEXTS = List.of(".", "ok", "Thanks!!! :)",
			"My parcel hasn't arrived and the tracking page shows nothing since Tuesday.",
			"I do not think the refund went through; could you check order #A-20931?",
			"Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9 \u2014 \u00dcber stra\u00dfe",
			"\u65e5\u672c\u8a9e\u3067\u3059 and \ud55c\uad6d\uc5b4",
			"emoji \ud83d\ude00\ud83d\udc4d in the middle", "[SEP] typed by hand [CLS] and [UNK] too",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			"The export failed again. ".repeat(40),
			"Unbelievably uncharacteristically overcomplicated internationalisation ".repeat(12),
			"line one\nline two\ttabbed   spaced", "12.5% off, \u20ac30 or $40 \u2013 2026-12-01T10:00Z");

	private static SingleThreadedMiniLm model;

	private static Reference reference;

	@BeforeAll
	static void load() throws Exception {
		model = new SingleThreadedMiniLm();
		reference = new Reference();
	}

	@Test
	void reproducesTheLangChainEncoderBitForBit() {
		for (String text : TEXTS) {
			assertThat(model.embed(text)).as(text).containsExactly(reference.vector(text));
		}
	}

	@Test
	void reproducesTheLangChainEncoderOnDatasetTexts() throws IOException {
		Path file = Path.of("../shared/datasets/vader/dev.jsonl");
		Assumptions.assumeTrue(Files.isRegularFile(file),
				"skipped: ../shared/datasets/vader/dev.jsonl not found next to the project");
		ObjectMapper mapper = JsonMapper.builder().build();
		int compared = 0;
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			String line;
			while ((line = reader.readLine()) != null && compared < 300) {
				if (line.isBlank()) {
					continue;
				}
				String text = mapper.readTree(line).get("text").stringValue();
				assertThat(model.embed(text)).as(text).containsExactly(reference.vector(text));
				compared++;
			}
		}
		assertThat(compared).isEqualTo(300);
	}

	@Test
	void returnsUnitVectorsOf384Dimensions() {
		float[] v = model.embed("Could you please reset my password?");
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		assertThat(v).hasSize(Embedder.DIMENSION);
		assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
	}

	@Test
	void readsAtMost128WordPiecesIncludingTheSpecialTokens() {
		assertThat(model.wordPieceIds("word ".repeat(500))).hasSize(128);
		assertThat(model.wordPieceIds("two words")).hasSize(4);
	}

	@Test
	void skipsTheSecondTokenisationOnlyForPrintableAscii() {
		assertThat(SingleThreadedMiniLm.roundTripsByConstruction("Refund #12, please!\n\tThanks ~ [SEP]")).isTrue();
		assertThat(SingleThreadedMiniLm.roundTripsByConstruction("caf\u00e9")).isFalse();
		assertThat(SingleThreadedMiniLm.roundTripsByConstruction("it\u2019s")).isFalse();
		assertThat(SingleThreadedMiniLm.roundTripsByConstruction("bell\u0007")).isFalse();
	}

	@Test
	void rejectsTextWithoutWordPieces() {
		assertThatThrownBy(() -> model.embed("\u0007\u0008")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> model.embed(" \t ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givesTheSameVectorsOnSeveralThreadsAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<float[]>> futures = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String text : TEXTS) {
					futures.add(pool.submit(() -> model.embed(text)));
				}
			}
			for (int i = 0; i < futures.size(); i++) {
				String text = TEXTS.get(i % TEXTS.size());
				assertThat(futures.get(i).get()).as(text).containsExactly(reference.vector(text));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The encoder the engine used before (LangChain4j's, mean pooling, same session settings): the oracle. */
	private static final class Reference extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		Reference() throws Exception {
			super(Runnable::run);
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			try (InputStream model = SingleThreadedMiniLmTests.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
					InputStream tokenizer = SingleThreadedMiniLmTests.class
						.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
					OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
			}
		}

		float[] vector(String text) {
			return embed(text).content().vector();
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return Embedder.DIMENSION;
		}
	}
}
