package org.servicemind.analysis.training;

import org.servicemind.analysis.model.Embedder;

/** Warms the embedding cache of the vader and politeness dev splits (run before training to see progress). */
final class CacheEmbeddings {

	private CacheEmbeddings() {
	}

	public static void main(String[] args) {
		Embedder embedder = new Embedder();
		for (String file : args.length > 0 ? args : new String[] { "politeness/dev.jsonl", "vader/dev.jsonl" }) {
			long t0 = System.nanoTime();
			var texts = Jsonl.read(file).stream().map(n -> n.path("text").asString("")).toList();
			EmbeddingCache.embed(texts, embedder);
			System.err.printf("%s: %d texts in %.1f s%n", file, texts.size(), (System.nanoTime() - t0) / 1e9);
		}
	}
}
