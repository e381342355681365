package org.servicemind.analysis.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.servicemind.analysis.training.EmbeddingCache;
import org.servicemind.analysis.training.Jsonl;

/**
 * Development aid, not part of the build's checks: writes the inputs of the conversation-health combination of
 * {@link EmotionScorer} for every line of a JSONL file, one tab-separated row per line, so that combinations can be
 * explored outside the JVM. Columns: the seven model signals (the anger logit the conversation-health formulas read,
 * {@code toneAnger}; empathy, disapproval, amusement, condescending and dismissive tone logits, support-anger head), the 32 MLP head logits, the 33 lexical values of
 * {@link EmotionFeatures}, then the 384 embedding values (of the text, also with {@code -Dlexical=true}). Args: {@code name=in.jsonl=out.tsv} ...
 */
final class ToneSignalsDump {

	/** {@code -Dlexical=true}: the signals of the lexical-only tier (no embedding; MLP heads zero). */
	private static final boolean LEXICAL = Boolean.getBoolean("lexical");

	public static void main(String[] args) throws IOException {
		Embedder embedder = new Embedder();
		EmotionScorer scorer = new EmotionScorer();
		for (String arg : args) {
			String[] p = arg.split("=", 3);
			List<Jsonl.Row> rows = Jsonl.read(Path.of(p[1]));
			List<String> texts = rows.stream().map(Jsonl.Row::text).toList();
			float[][] emb = EmbeddingCache.embed(p[0], texts, embedder);
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(p[2]), StandardCharsets.UTF_8))) {
				for (int i = 0; i < rows.size(); i++) {
					EmotionScorer.Signals s = scorer.signals(texts.get(i), LEXICAL ? new float[0] : emb[i]);
					StringBuilder b = new StringBuilder();
					for (double v : new double[] { s.toneAnger(), s.empathy(), s.disapproval(), s.amusement(),
							s.toneCondescending(), s.toneDismissive(), s.supportAnger() }) {
						b.append(String.format(Locale.ROOT, "%.6g\t", v));
					}
					for (int k = 0; k < 32; k++) {
						b.append(String.format(Locale.ROOT, "%.6g\t", s.head(k)));
					}
					for (double v : s.lexical()) {
						b.append(String.format(Locale.ROOT, "%.6g\t", v));
					}
					for (float v : emb[i]) {
						b.append(String.format(Locale.ROOT, "%.6g\t", v));
					}
					out.println(b.substring(0, b.length() - 1));
				}
			}
		}
	}
}
