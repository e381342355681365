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

	/**
	 * The embedding of {@link #embed} (identical, bit for bit) together with per-range vectors pooled from the same
	 * model run, so the ranges cost no extra model call: each is the L2-normalised mean of the model's token vectors
	 * (last hidden state) of the word pieces inside the range. A range gets {@code null} when no word piece the
	 * model read lies inside it (e.g. past its first 126 word pieces).
	 *
	 * @param ranges {@code start} up to, not including, {@code end} character ranges of {@code text}
	 * @throws IllegalArgumentException when the text yields no word piece (e.g. only control characters)
	 * @throws IllegalStateException when the ONNX runtime fails
	 */
	public Pooled embedPooled(String text, java.util.List<int[]> ranges) {
		return text.isBlank() ? new Pooled(model.embed("."), new float[ranges.size()][])
				: model.embedPooled(text, ranges);
	}

	/**
	 * One model run's vectors.
	 *
	 * @param embedding the 384-d embedding of the whole text, as {@link #embed} returns it
	 * @param ranges one 384-d L2-normalised vector per requested range, or {@code null} for a range without word pieces
	 */
	public record Pooled(float[] embedding, float[][] ranges) {
	}
}
