package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionFeatures;

/**
 * Trains the condescending and dismissive tone models from the project's own labelled set
 * {@code src/test/resources/analysis/tone-own.jsonl} (original ServiceMind writing): logistic regression on the
 * embedding and the lexical block only (no hashed buckets: too few examples), strong L2. Each class is trained
 * against the neutral lines. Run from the project root:
 *
 * <pre>
 * nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.servicemind.analysis.training.ToneTraining [--write]
 * </pre>
 */
public final class ToneTraining {

	static final Path SET = Path.of("src/test/resources/analysis/tone-own.jsonl");

	public static void main(String[] args) throws IOException {
		boolean write = List.of(args).contains("--write");
		List<Jsonl.Row> rows = Jsonl.read(SET);
		Embedder embedder = new Embedder();
		float[][] emb = EmbeddingCache.embed("own-tone", rows.stream().map(Jsonl.Row::text).toList(), embedder);
		EmotionFeatures features = new EmotionFeatures();
		for (String label : List.of("condescending", "dismissive")) {
			List<LogisticTrainer.Example> x = new ArrayList<>();
			List<Boolean> y = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				String l = rows.get(i).node().path("label").asText();
				if (l.equals(label) || l.equals("neutral")) {
					x.add(new LogisticTrainer.Example(emb[i], features.sparse(rows.get(i).text())));
					y.add(l.equals(label));
				}
			}
			boolean[] labels = new boolean[y.size()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = y.get(i);
			}
			for (boolean withEmbedding : new boolean[] { true, false }) {
				LogisticTrainer trainer = new LogisticTrainer();
				trainer.useHashed = false;
				trainer.useEmbedding = withEmbedding;
				trainer.l2Dense = 1e-2;
				trainer.rate = 0.05;
				trainer.epochs = 40;
				double[] w = trainer.train(x, labels, 11);
				double train = Metrics.auc(trainer.logits(w, x), labels);
				System.out.printf(Locale.ROOT, "%s emb=%s training-set AUC %.3f (n=%d)%n", label, withEmbedding, train,
						x.size());
				if (write) {
					Path file = EmotionTraining.RESOURCES
							.resolve("tone-" + label + (withEmbedding ? "" : "-lexical") + ".weights");
					try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
						out.println("# ServiceMind tone model '" + label + "'" + (withEmbedding ? "" : " (lexical only)")
								+ ": logistic regression, " + label + " vs neutral lines of the own set");
						out.println("# Features: org.servicemind.analysis.model.EmotionFeatures (" + EmotionFeatures.DIMENSION
								+ " values; hashed buckets unused, zero)");
						out.println("# Data: src/test/resources/analysis/tone-own.jsonl (" + rows.size()
								+ " original sentences written for ServiceMind; project licence)."
								+ " No third-party data.");
						out.println("# AdaGrad rate 0.05, L2 1e-2, 40 epochs, seed 11");
						out.println("# Command: nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)"
								+ " org.servicemind.analysis.training.ToneTraining --write");
						out.println("# Format: bias, then one weight per feature");
						for (double v : w) {
							out.println(v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v));
						}
					}
				}
			}
		}
	}
}
