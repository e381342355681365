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

import org.servicemind.analysis.model.EmbeddingMlp;
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
		double[][] devLinear = new double[TARGETS.size()][];
		double[][] unLinear = new double[TARGETS.size()][];
		for (Target target : TARGETS) {
			if (Boolean.getBoolean("linearOnly") && TARGETS.indexOf(target) > 1) {
				continue;
			}
			boolean[] y = labels(train, target);
			boolean[] yDev = labels(dev, target);
			for (boolean withEmbedding : new boolean[] { true, false }) {
				LogisticTrainer trainer = new LogisticTrainer();
				trainer.rate = rate;
				trainer.l2Dense = l2d;
				trainer.l2Hashed = l2h;
				trainer.epochs = withEmbedding ? Integer.getInteger("epochs." + target.name(), embeddingEpochs(target, epochs))
						: epochs;
				trainer.useEmbedding = withEmbedding;
				double[] w = trainer.train(trainX, y, 42);
				double[] devLogits = trainer.logits(w, devX);
				double aucDev = Metrics.auc(devLogits, yDev);
				double[] un = trainer.logits(w, unX);
				if (withEmbedding) {
					devLinear[TARGETS.indexOf(target)] = devLogits;
					unLinear[TARGETS.indexOf(target)] = un;
				}
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
				if (withEmbedding && target.name().equals("anger")) {
					toneAnger(target, trainX, y, devX, yDev, trainer, epochs, write);
				}
			}
		}
		if (!Boolean.getBoolean("linearOnly")) {
			mlp(train, dev, unhealthy, devLinear, unLinear, write);
		}
	}

	/**
	 * Epochs of the embedding-tier model of {@code target}: anger 15, empathy 10 (chosen 2026-12-02 by 3-fold
	 * cross-validation on goemotions/train, where 10 and 15 beat 6 in every fold for anger and 10 for empathy; dev broke the
	 * anger tie), the others {@code epochs}. The lexical-only models keep {@code epochs}. Override: {@code -Depochs.NAME=}.
	 */
	static int embeddingEpochs(Target target, int epochs) {
		return switch (target.name()) {
			case "anger" -> 15;
			case "empathy" -> 10;
			default -> epochs;
		};
	}

	/**
	 * Trains {@code anger-tone.weights}: the embedding-tier anger model with {@code epochs} (6) epochs, as before
	 * 2026-12-02, which the conversation-health formulas of {@code EmotionScorer} read (they were picked on it).
	 */
	static void toneAnger(Target anger, List<LogisticTrainer.Example> trainX, boolean[] y,
			List<LogisticTrainer.Example> devX, boolean[] yDev, LogisticTrainer like, int epochs, boolean write)
			throws IOException {
		LogisticTrainer trainer = new LogisticTrainer();
		trainer.rate = like.rate;
		trainer.l2Dense = like.l2Dense;
		trainer.l2Hashed = like.l2Hashed;
		trainer.epochs = epochs;
		double[] w = trainer.train(trainX, y, 42);
		double aucDev = Metrics.auc(trainer.logits(w, devX), yDev);
		System.out.println(String.format(Locale.ROOT, "anger-tone   emb=true  dev_auc=%.4f", aucDev));
		if (write) {
			writeWeights(RESOURCES.resolve("anger-tone.weights"), w, new Target("anger-tone", anger.labels()), true,
					aucDev, trainer);
		}
	}

	static final List<String> EMOTIONS = List.of("admiration", "amusement", "anger", "annoyance", "approval",
			"caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
			"excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride",
			"realization", "relief", "remorse", "sadness", "surprise", "neutral");

	/** Heads: the {@link #TARGETS} groups first, then every GoEmotions label as an auxiliary task. */
	static boolean[][] mlpLabels(List<Jsonl.Row> rows) {
		List<Target> heads = new ArrayList<>(TARGETS);
		EMOTIONS.forEach(e -> heads.add(new Target(e, List.of(e))));
		boolean[][] y = new boolean[rows.size()][heads.size()];
		for (int k = 0; k < heads.size(); k++) {
			boolean[] col = labels(rows, heads.get(k));
			for (int i = 0; i < rows.size(); i++) {
				y[i][k] = col[i];
			}
		}
		return y;
	}

	static void mlp(List<Jsonl.Row> train, List<Jsonl.Row> dev, List<Jsonl.Row> unhealthy, double[][] devLinear,
			double[][] unLinear, boolean write) throws IOException {
		float[][] trainE = EmbeddingCache.embed("goemotions-train", train.stream().map(Jsonl.Row::text).toList(), null);
		float[][] devE = EmbeddingCache.embed("goemotions-dev", dev.stream().map(Jsonl.Row::text).toList(), null);
		float[][] unE = EmbeddingCache.embed("unhealthy-dev", unhealthy.stream().map(Jsonl.Row::text).toList(), null);
		MlpTrainer trainer = new MlpTrainer();
		trainer.hidden = Integer.getInteger("hidden", 128);
		trainer.epochs = Integer.getInteger("mlpEpochs", 6);
		trainer.rate = Double.parseDouble(System.getProperty("mlpRate", "1e-3"));
		trainer.decay = Double.parseDouble(System.getProperty("mlpDecay", "1e-5"));
		EmbeddingMlp net = trainer.train(trainE, mlpLabels(train), 7);
		double[][] devM = new double[devE.length][];
		for (int i = 0; i < devE.length; i++) {
			devM[i] = net.logits(devE[i]);
		}
		double[][] unM = new double[unE.length][];
		for (int i = 0; i < unE.length; i++) {
			unM[i] = net.logits(unE[i]);
		}
		for (int k = 0; k < TARGETS.size(); k++) {
			boolean[] yDev = labels(dev, TARGETS.get(k));
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "mlp %-12s", TARGETS.get(k).name()));
			for (double beta : new double[] { 0, 0.25, 0.4, 0.5, 0.6, 0.75, 1, 1000 }) {
				double[] s = new double[devE.length];
				for (int i = 0; i < s.length; i++) {
					s[i] = devLinear[k][i] + beta * devM[i][k];
				}
				line.append(String.format(Locale.ROOT, " beta%s=%.4f", beta, Metrics.auc(s, yDev)));
			}
			System.out.println(line);
		}
		StringBuilder un = new StringBuilder("mlp heads on unhealthy:");
		for (int k = 0; k < TARGETS.size() + EMOTIONS.size(); k++) {
			String name = k < TARGETS.size() ? TARGETS.get(k).name() : EMOTIONS.get(k - TARGETS.size());
			double[] s = new double[unE.length];
			for (int i = 0; i < s.length; i++) {
				s[i] = unM[i][k];
			}
			un.append(String.format(Locale.ROOT, "%n  %-14s", name));
			for (String attr : List.of("dismissive", "condescending", "hostile", "antagonize")) {
				un.append(String.format(Locale.ROOT, " %s=%.3f", attr,
						Metrics.auc(s, unhealthy.stream().map(r -> r.label(attr) == 1).collect(toBooleans()))));
			}
		}
		System.out.println(un);
		if (write) {
			writeMlp(RESOURCES.resolve("emotion-mlp.weights"), net, trainer);
		}
	}

	static void writeMlp(Path file, EmbeddingMlp net, MlpTrainer trainer) throws IOException {
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("# ServiceMind emotion MLP over the all-MiniLM-L6-v2-q embedding: " + trainer.hidden
					+ " ReLU units; heads " + TARGETS.stream().map(Target::name).toList() + " then the 28 GoEmotions"
					+ " labels " + EMOTIONS);
			out.println("# Data: GoEmotions train.tsv (43,410 Reddit comments; Demszky et al., ACL 2020,"
					+ " github.com/google-research/google-research goemotions/), licence CC BY 4.0; reformatted to JSONL.");
			out.println("# No Unhealthy Conversations data was used for these weights.");
			out.println(String.format(Locale.ROOT, "# Adam rate %s, weight decay %s, batch %d, %d epochs, seed 7",
					trainer.rate, trainer.decay, trainer.batch, trainer.epochs));
			out.println("# Command: nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)"
					+ " org.servicemind.analysis.training.EmotionTraining ../shared/datasets --write"
					+ " (see docs/analysis/emotions.md)");
			out.println("# Format: hidden, inputs, heads, W1 (row-major), b1, W2 (row-major), b2");
			double[][] p = net.parameters();
			out.println(trainer.hidden);
			out.println(org.servicemind.analysis.model.Embedder.DIMENSION);
			out.println(net.heads());
			for (double[] block : p) {
				for (double v : block) {
					out.println(v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v));
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
