package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionFeatures;

/**
 * Trains the shipped emotion weights from GoEmotions {@code train.jsonl} (CC BY 4.0) and prints dev figures.
 * Run from the project root (embeddings are cached under /tmp/servicemind-emb):
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.servicemind.analysis.training.EmotionTraining ../shared/datasets [--write]
 * </pre>
 *
 * Unhealthy Conversations (CC BY-NC-SA) is only scored here, never trained on.
 */
public final class EmotionTraining {

	/** A model to train: its weight file name and which GoEmotions labels are positive. */
	record Target(String name, List<String> labels) {
	}

	static final List<Target> TARGETS = List.of(new Target("anger", List.of("anger", "annoyance")),
			new Target("empathy", List.of("caring", "remorse")),
			new Target("disapproval", List.of("disapproval", "disgust")),
			new Target("amusement", List.of("amusement")));

	static final Path RESOURCES = Path.of("src/main/resources/org/servicemind/analysis/model");

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
		boolean write = List.of(args).contains("--write");
		Embedder embedder = new Embedder();
		EmotionFeatures features = new EmotionFeatures();
		List<Jsonl.Row> train = Jsonl.read(data.resolve("goemotions/train.jsonl"));
		List<Jsonl.Row> dev = Jsonl.read(data.resolve("goemotions/dev.jsonl"));
		List<Jsonl.Row> unhealthy = Jsonl.read(data.resolve("unhealthy/dev.jsonl"));
		List<LogisticTrainer.Example> trainX = examples("goemotions-train", train, embedder, features);
		List<LogisticTrainer.Example> devX = examples("goemotions-dev", dev, embedder, features);
		List<LogisticTrainer.Example> unX = examples("unhealthy-dev", unhealthy, embedder, features);
		double rate = Double.parseDouble(System.getProperty("rate", "0.05"));
		double l2d = Double.parseDouble(System.getProperty("l2d", "1e-5"));
		double l2h = Double.parseDouble(System.getProperty("l2h", "1e-5"));
		int epochs = Integer.getInteger("epochs", 6);
		for (Target target : TARGETS) {
			boolean[] y = labels(train, target);
			boolean[] yDev = labels(dev, target);
			for (boolean withEmbedding : new boolean[] { true, false }) {
				LogisticTrainer trainer = new LogisticTrainer();
				trainer.rate = rate;
				trainer.l2Dense = l2d;
				trainer.l2Hashed = l2h;
				trainer.epochs = epochs;
				trainer.useEmbedding = withEmbedding;
				double[] w = trainer.train(trainX, y, 42);
				double aucDev = Metrics.auc(trainer.logits(w, devX), yDev);
				double[] un = trainer.logits(w, unX);
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s emb=%-5s dev_auc=%.4f",
						target.name(), withEmbedding, aucDev));
				for (String attr : List.of("dismissive", "condescending", "hostile", "antagonize", "sarcastic")) {
					line.append(String.format(Locale.ROOT, " %s=%.3f", attr,
							Metrics.auc(un, unhealthy.stream().map(r -> r.label(attr) == 1).collect(toBooleans()))));
				}
				System.out.println(line);
				if (write) {
					String file = target.name() + (withEmbedding ? "" : "-lexical") + ".weights";
					writeWeights(RESOURCES.resolve(file), w, target, withEmbedding, aucDev, trainer);
				}
			}
		}
	}

	static java.util.stream.Collector<Boolean, ?, boolean[]> toBooleans() {
		return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
			boolean[] out = new boolean[l.size()];
			for (int i = 0; i < out.length; i++) {
				out[i] = l.get(i);
			}
			return out;
		});
	}

	static boolean[] labels(List<Jsonl.Row> rows, Target target) {
		Predicate<Jsonl.Row> positive = r -> {
			for (var label : r.node().path("labels")) {
				if (target.labels().contains(label.asText())) {
					return true;
				}
			}
			return false;
		};
		return rows.stream().map(positive::test).collect(toBooleans());
	}

	static List<LogisticTrainer.Example> examples(String name, List<Jsonl.Row> rows, Embedder embedder,
			EmotionFeatures features) throws IOException {
		float[][] emb = EmbeddingCache.embed(name, rows.stream().map(Jsonl.Row::text).toList(), embedder);
		List<LogisticTrainer.Example> out = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			out.add(new LogisticTrainer.Example(emb[i], features.sparse(rows.get(i).text())));
		}
		return out;
	}

	static void writeWeights(Path file, double[] w, Target target, boolean withEmbedding, double aucDev,
			LogisticTrainer trainer) throws IOException {
		Files.createDirectories(file.getParent());
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("# ServiceMind emotion model '" + target.name() + "'" + (withEmbedding ? "" : " (lexical only)")
					+ ": logistic regression, positive = GoEmotions " + String.join(" or ", target.labels()));
			out.println("# Features: org.servicemind.analysis.model.EmotionFeatures (" + EmotionFeatures.DIMENSION
					+ " values: embedding " + (withEmbedding ? "used" : "zero weights") + ", "
					+ EmotionFeatures.LEXICAL + " lexical, " + EmotionFeatures.BUCKETS + " hashed buckets)");
			out.println("# Data: GoEmotions train.tsv (43,410 Reddit comments; Demszky et al., ACL 2020,"
					+ " github.com/google-research/google-research goemotions/), licence CC BY 4.0; reformatted to JSONL.");
			out.println("# No Unhealthy Conversations data was used for these weights.");
			out.println(String.format(Locale.ROOT,
					"# AdaGrad rate %s, L2 dense %s, L2 hashed %s, %d epochs, seed 42; goemotions/dev ROC-AUC %.4f",
					trainer.rate, trainer.l2Dense, trainer.l2Hashed, trainer.epochs, aucDev));
			out.println("# Command: nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)"
					+ " org.servicemind.analysis.training.EmotionTraining ../shared/datasets --write"
					+ " (see docs/analysis/emotions.md)");
			out.println("# Format: bias, then one weight per feature");
			for (double v : w) {
				out.println(v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v));
			}
		}
	}
}
