package org.servicemind.analysis.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.servicemind.analysis.training.EmbeddingCache;
import org.servicemind.analysis.training.Jsonl;

/**
 * Writes, per message of labelled JSONL files, the inputs of the support-mail anger head for experiments outside the
 * JVM: {@code SupportAngerDump OUTDIR name=file.jsonl ...} writes {@code OUTDIR/name.tsv} with the label (the
 * {@code anger} rating, or for GoEmotions files anger or annoyance as 0/1), the general anger logit
 * ({@link EmotionScorer#generalAngerLogit}), the 384 embedding values and the {@link SupportAngerFeatures}.
 * Embeddings are cached by {@link EmbeddingCache}.
 */
final class SupportAngerDump {

	private SupportAngerDump() {
	}

	public static void main(String[] args) throws IOException {
		Embedder embedder = new Embedder();
		EmotionScorer scorer = new EmotionScorer();
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		for (int a = 1; a < args.length; a++) {
			String[] parts = args[a].split("=", 2);
			List<Jsonl.Row> rows = Jsonl.read(Path.of(parts[1]));
			List<String> texts = rows.stream().map(Jsonl.Row::text).toList();
			float[][] emb = EmbeddingCache.embed(parts[0], texts, embedder);
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(parts[0] + ".tsv")))) {
				for (int i = 0; i < rows.size(); i++) {
					Jsonl.Row r = rows.get(i);
					double label = r.node().has("anger") && !r.node().has("annoyance") ? r.label("anger")
							: (r.label("anger") == 1 || r.label("annoyance") == 1 ? 1 : 0);
					EmotionScorer.Signals s = scorer.signals(texts.get(i), emb[i]);
					StringBuilder b = new StringBuilder();
					b.append(label).append('\t').append(String.format(Locale.ROOT, "%.6f", EmotionScorer.generalAngerLogit(s)));
					for (float v : emb[i]) {
						b.append('\t').append(v);
					}
					for (double v : SupportAngerFeatures.of(texts.get(i), s.lexical())) {
						b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
					}
					w.println(b);
				}
			}
			System.err.println("wrote " + parts[0]);
		}
	}
}
