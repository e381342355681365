package org.servicemind.analysis.model;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * 384-d sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX, shipped in the LangChain4j artifact; runs
 * in-process, nothing is downloaded). Vectors are L2-normalised. Thread-safe; load once and share.
 */
public final class Embedder {

	/** Dimension of every vector. */
	public static final int DIMENSION = 384;

	private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

	/** @return the 384-d embedding of {@code text} (the model reads at most its first ~256 word pieces) */
	public float[] embed(String text) {
		return model.embed(text.isBlank() ? "." : text).content().vector();
	}
}
