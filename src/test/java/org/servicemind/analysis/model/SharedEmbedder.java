package org.servicemind.analysis.model;

/** One {@link Embedder} per test JVM: loading the ONNX model takes a second or two. */
final class SharedEmbedder {

	private static Embedder instance;

	private SharedEmbedder() {
	}

	static synchronized Embedder get() {
		if (instance == null) {
			instance = new Embedder();
		}
		return instance;
	}
}
