package org.servicemind.analysis.training;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionFeatures;

/**
 * Trains the condescending and dismissive tone models from the project's own labelled sets under
 * {@code src/test/resources/analysis} ({@link #sets()}, original ServiceMind writing; a text that occurs twice is used
 * once): L2 logistic regression fitted by Newton's method ({@link NewtonLogistic}) on the embedding and the lexical
 * block of {@link EmotionFeatures} (no hashed buckets: too few examples), each class against the neutral lines.
 * Prints own-data cross-validation (5-fold over the pooled sets, and each set scored by a model trained on the
 * others). {@code -Dlambda=} overrides {@link #LAMBDA}. Run from the project root:
 *
 * <pre>
 * nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.servicemind.analysis.training.ToneTraining [--write]
 * </pre>
 */
public final class ToneTraining {

	static final Path DIR = Path.of("src/test/resources/analysis");

	/** The training sets of the shipped models, in order (earlier sets win when a text repeats). */
	static final List<String> SETS = List.of("tone-own.jsonl", "tone-news.jsonl", "tone-support.jsonl");

	/**
	 * @return {@link #SETS}, or the comma-separated file names of {@code -Dsets=} (experiments, e.g. round 10's second
	 *         step: {@code -Dsets=tone-own.jsonl,tone-news.jsonl,tone-support.jsonl,tone-more.jsonl}, not shipped)
	 */
	static List<String> sets() {
		String property = System.getProperty("sets");
		return property == null || property.isBlank() ? SETS : List.of(property.split(","));
	}

	/**
	 * L2 strength on the summed log-loss. Picked from 0.3, 1, 3 on the even rows of Unhealthy Conversations dev
	 * (tone logit alone and in the final combination); own-data cross-validation prefers 0.1 to 0.3 by less than 0.01
	 * AUC. See docs/analysis/emotions.md, round 10.
	 */
	static final double LAMBDA = 1.0;

	record Line(String set, String text, String label, float[] embedding, double[] lexical) {
	}

	public static void main(String[] args) throws IOException {
		boolean write = List.of(args).contains("--write");
		double lambda = Double.parseDouble(System.getProperty("lambda", String.valueOf(LAMBDA)));
		List<Line> lines = read();
		for (String label : List.of("condescending", "dismissive")) {
			List<Line> use = lines.stream().filter(l -> l.label().equals(label) || l.label().equals("neutral")).toList();
			boolean[] y = new boolean[use.size()];
			for (int i = 0; i < y.length; i++) {
				y[i] = use.get(i).label().equals(label);
			}
			for (boolean withEmbedding : new boolean[] { true, false }) {
				double[][] x = use.stream().map(l -> row(l, withEmbedding)).toArray(double[][]::new);
				report(label, withEmbedding, use, x, y, lambda);
				double[] w = NewtonLogistic.fit(x, y, lambda);
				if (write) {
					write(label, withEmbedding, w, lines.size(), lambda);
				}
			}
		}
	}

	static List<Line> read() throws IOException {
		List<Line> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Embedder embedder = new Embedder();
		EmotionFeatures features = new EmotionFeatures();
		for (String set : sets()) {
			List<Jsonl.Row> rows = Jsonl.read(DIR.resolve(set));
			float[][] emb = EmbeddingCache.embed(set, rows.stream().map(Jsonl.Row::text).toList(), embedder);
			for (int i = 0; i < rows.size(); i++) {
				String text = rows.get(i).text();
				if (seen.add(text)) {
					lines.add(new Line(set, text, rows.get(i).node().path("label").asText(), emb[i],
							features.sparse(text).lexical()));
				}
			}
		}
		return lines;
	}

	/** @return the embedding (when asked) followed by the lexical block */
	static double[] row(Line line, boolean withEmbedding) {
		int e = withEmbedding ? line.embedding().length : 0;
		double[] x = new double[e + EmotionFeatures.LEXICAL];
		for (int i = 0; i < e; i++) {
			x[i] = line.embedding()[i];
		}
		System.arraycopy(line.lexical(), 0, x, e, EmotionFeatures.LEXICAL);
		return x;
	}

	private static void report(String label, boolean withEmbedding, List<Line> use, double[][] x, boolean[] y,
			double lambda) {
		int folds = 5;
		int[] fold = new Random(3).ints(x.length, 0, folds).toArray();
		double[] out = new double[x.length];
		for (int f = 0; f < folds; f++) {
			fillHeldOut(x, y, lambda, out, fold, f);
		}
		StringBuilder sets = new StringBuilder();
		for (String set : sets()) {
			int[] part = use.stream().mapToInt(l -> l.set().equals(set) ? 1 : 0).toArray();
			double[] held = new double[x.length];
			fillHeldOut(x, y, lambda, held, part, 1);
			sets.append(String.format(Locale.ROOT, " %s %.3f", set, Metrics.auc(pick(held, part), pick(y, part))));
		}
		System.out.printf(Locale.ROOT, "%s emb=%s n=%d lambda %s: 5-fold AUC %.3f; each set held out:%s%n", label,
				withEmbedding, x.length, lambda, Metrics.auc(out, y), sets);
	}

	/** Trains on the rows whose {@code part} is not {@code held} and scores the others into {@code out}. */
	private static void fillHeldOut(double[][] x, boolean[] y, double lambda, double[] out, int[] part, int held) {
		List<double[]> tx = new ArrayList<>();
		List<Boolean> ty = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			if (part[i] != held) {
				tx.add(x[i]);
				ty.add(y[i]);
			}
		}
		boolean[] labels = new boolean[ty.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = ty.get(i);
		}
		double[] w = NewtonLogistic.fit(tx.toArray(double[][]::new), labels, lambda);
		for (int i = 0; i < x.length; i++) {
			if (part[i] == held) {
				out[i] = PhraseLogistic.logit(w, x[i]);
			}
		}
	}

	private static double[] pick(double[] v, int[] part) {
		return java.util.stream.IntStream.range(0, v.length).filter(i -> part[i] == 1).mapToDouble(i -> v[i]).toArray();
	}

	private static boolean[] pick(boolean[] v, int[] part) {
		boolean[] out = new boolean[(int) java.util.Arrays.stream(part).filter(p -> p == 1).count()];
		for (int i = 0, j = 0; i < v.length; i++) {
			if (part[i] == 1) {
				out[j++] = v[i];
			}
		}
		return out;
	}

	private static void write(String label, boolean withEmbedding, double[] fitted, int lines, double lambda)
			throws IOException {
		double[] w = new double[EmotionFeatures.DIMENSION + 1];
		w[0] = fitted[0];
		int e = withEmbedding ? Embedder.DIMENSION : 0;
		for (int i = 0; i < e; i++) {
			w[1 + i] = fitted[1 + i];
		}
		for (int i = 0; i < EmotionFeatures.LEXICAL; i++) {
			w[1 + EmotionFeatures.LEXICAL_OFFSET + i] = fitted[1 + e + i];
		}
		Path file = EmotionTraining.RESOURCES.resolve("tone-" + label + (withEmbedding ? "" : "-lexical") + ".weights");
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("# ServiceMind tone model '" + label + "'" + (withEmbedding ? "" : " (lexical only)")
					+ ": logistic regression, " + label + " vs neutral lines of the own sets");
			out.println("# Features: org.servicemind.analysis.model.EmotionFeatures (" + EmotionFeatures.DIMENSION
					+ " values; " + (withEmbedding ? "" : "embedding and ") + "hashed buckets unused, zero)");
			out.println("# Data: src/test/resources/analysis/" + String.join(", ", sets()) + " (" + lines
					+ " distinct original sentences written for ServiceMind; project licence). No third-party data.");
			out.println("# Newton's method to convergence, L2 " + lambda + " on the summed log-loss (bias unpenalised)");
			out.println("# Command: nice java" + (sets().equals(SETS) ? "" : " -Dsets=" + String.join(",", sets()))
					+ " -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)"
					+ " org.servicemind.analysis.training.ToneTraining --write");
			out.println("# Format: bias, then one weight per feature");
			for (double v : w) {
				out.println(v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v));
			}
		}
	}
}
