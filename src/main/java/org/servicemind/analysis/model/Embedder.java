package org.servicemind.analysis.model;

/**
 * 384-d sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX, shipped in the LangChain4j artifact; runs
 * in-process, nothing is downloaded). Vectors are L2-normalised. Each call runs on the calling thread only.
 * Thread-safe; load once and share.
 */
public final class Embedder {

	/** Dimension of every vector. */
	public static final int DIMENSION = 384;

	private final SingleThreadedMiniLm model = new SingleThreadedMiniLm();

	/**
	 * @return the 384-d embedding of {@code text} (the model reads at most its first 126 word pieces)
	 * @throws IllegalArgumentException when the text yields no word piece (e.g. only control characters)
	 * @throws IllegalStateException when the ONNX runtime fails
	 */
	public float[] embed(String text) {
		return model.embed(text.isBlank() ? "." : text);
	}
}
