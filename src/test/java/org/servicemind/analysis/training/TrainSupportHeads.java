package org.servicemind.analysis.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SupportAngerFeatures;

/**
 * Trains the two support-mail heads of the emotion scorer on ServiceMind's own labelled sets, each written by a
 * different author: a ridge regression of the 0..3 anger rating of customer messages on the 384-d embedding and the
 * {@link SupportAngerFeatures} ({@code anger-support.jsonl}, {@code anger-indirect.jsonl} and {@code anger-dev6.jsonl},
 * three authors), and a ridge "preference" direction of reply empathy fitted
 * on the embedding differences of reply pairs (more minus less empathetic, target +1, mirrored pair -1;
 * {@code empathy-pairs.jsonl} and {@code empathy-indirect.jsonl}). Before writing, it prints cross-author checks: the anger
 * head trained on all files but one and scored on that one (Spearman of the head alone), the empathy head trained on
 * one file and scored on the other (pairwise accuracy of the head alone).
 *
 * <p>Run from the project root: {@code TrainSupportHeads [--write] [--empathy]} ({@code --write} writes
 * {@code anger-support.weights} next to the other emotion weights, with {@code --empathy} also
 * {@code empathy-reply.weights}: re-embedding can shift that head slightly, so it is rewritten only on request).
 */
final class TrainSupportHeads {

	static final Path OWN = Path.of("src/test/resources/analysis");

	static final Path OUT = Path.of("src/main/resources/org/servicemind/analysis/model");

	/** Ridge penalty (per standardised feature, times n), picked from 0.1, 0.3, 1, 3, 10 by the cross-author check. */
	static final double LAMBDA = 1.0;

	/**
	 * Ridge penalty of the anger head, picked with {@link #ANGER_LEXICAL_FACTOR} from 0.3, 1, 3, 10, 30 and 0.1, 0.3, 1
	 * by leave-one-set-out and 5-fold cross-validation on the three anger sets.
	 */
	static final double ANGER_LAMBDA = 3.0;

	/** Factor on the anger head's penalty for the {@link SupportAngerFeatures} values (the embedding has 1). */
	static final double ANGER_LEXICAL_FACTOR = 0.1;

	/** The anger sets, one author each. */
	static final List<String> ANGER_SETS = List.of("anger-support.jsonl", "anger-indirect.jsonl", "anger-dev6.jsonl");

	/** Trains on one author's files only (0 or 1; for the cross-author choice of the shares), both when unset. */
	static final int AUTHOR = Integer.getInteger("author", -1);

	/** Leaves one anger set (index in {@link #ANGER_SETS}) out of the written anger head; all are used when unset. */
	static final int LEAVE_OUT = Integer.getInteger("leaveOut", -1);

	private TrainSupportHeads() {
	}

	public static void main(String[] args) throws IOException {
		boolean write = List.of(args).contains("--write");
		Embedder embedder = new Embedder();
		List<List<Jsonl.Row>> anger = new ArrayList<>();
		for (String name : ANGER_SETS) {
			anger.add(Jsonl.read(OWN.resolve(name)));
		}
		List<List<Jsonl.Row>> pairs = List.of(Jsonl.read(OWN.resolve("empathy-pairs.jsonl")),
				Jsonl.read(OWN.resolve("empathy-indirect.jsonl")));
		List<double[][]> angerX = new ArrayList<>();
		List<double[]> angerY = new ArrayList<>();
		for (List<Jsonl.Row> rows : anger) {
			angerX.add(headInputs(rows.stream().map(Jsonl.Row::text).toList(), embedder));
			angerY.add(rows.stream().mapToDouble(r -> r.label("anger")).toArray());
		}
		List<double[][]> more = new ArrayList<>();
		List<double[][]> less = new ArrayList<>();
		for (List<Jsonl.Row> rows : pairs) {
			more.add(vectors(rows.stream().map(r -> r.node().path("more").asText()).toList(), embedder));
			less.add(vectors(rows.stream().map(r -> r.node().path("less").asText()).toList(), embedder));
		}
		for (int out = 0; out < anger.size(); out++) {
			Ridge.Weights a = angerHead(without(angerX, out), without(angerY, out));
			System.out.printf(Locale.ROOT, "anger head trained without %s, scored on it: Spearman %.3f (n %d)%n",
					ANGER_SETS.get(out), Metrics.spearman(scores(a, angerX.get(out)), angerY.get(out)),
					angerY.get(out).length);
		}
		for (int from = 0; from < 2; from++) {
			int to = 1 - from;
			Ridge.Weights e = empathyHead(java.util.Collections.singletonList(more.get(from)),
					java.util.Collections.singletonList(less.get(from)));
			System.out.printf(Locale.ROOT, "empathy head trained on author %d, scored on author %d: pairwise %.3f (n %d)%n",
					from, to, pairwise(e, more.get(to), less.get(to)), more.get(to).length);
		}
		if (write) {
			int lo = AUTHOR < 0 ? 0 : AUTHOR;
			int hi = AUTHOR < 0 ? 2 : AUTHOR + 1;
			Ridge.Weights a = angerHead(without(angerX, LEAVE_OUT), without(angerY, LEAVE_OUT));
			Ridge.Weights e = empathyHead(more.subList(lo, hi), less.subList(lo, hi));
			List<String> data = List.of("Data: src/test/resources/analysis/anger-support.jsonl, anger-indirect.jsonl, "
					+ "anger-dev6.jsonl, empathy-pairs.jsonl, empathy-indirect.jsonl (original ServiceMind writing; "
					+ "project licence). No third-party data.",
					"Command: java -cp $CP org.servicemind.analysis.training.TrainSupportHeads --write (ridge, lambda "
							+ LAMBDA + " (anger head " + ANGER_LAMBDA + ", lexical values x" + ANGER_LEXICAL_FACTOR
							+ "), standardised features)");
			WeightsFile.write(OUT.resolve("anger-support.weights"), header("ServiceMind support-mail anger head: "
					+ "ridge regression of the 0..3 anger rating on the all-MiniLM-L6-v2-q embedding followed by the "
					+ SupportAngerFeatures.COUNT + " SupportAngerFeatures values", data), a);
			System.out.println("wrote anger-support.weights");
			if (List.of(args).contains("--empathy")) {
				WeightsFile.write(OUT.resolve("empathy-reply.weights"), header("ServiceMind reply-empathy head: ridge "
						+ "direction on embedding differences of reply pairs (more minus less empathetic), centred on "
						+ "the training replies", data), e);
				System.out.println("wrote empathy-reply.weights");
			}
		}
	}

	private static List<String> header(String title, List<String> data) {
		List<String> out = new ArrayList<>();
		out.add(title);
		out.addAll(data);
		return out;
	}

	static Ridge.Weights angerHead(List<double[][]> x, List<double[]> y) {
		List<double[]> rows = new ArrayList<>();
		List<Double> target = new ArrayList<>();
		for (int f = 0; f < x.size(); f++) {
			for (int i = 0; i < x.get(f).length; i++) {
				rows.add(x.get(f)[i]);
				target.add(y.get(f)[i]);
			}
		}
		double[][] xs = rows.toArray(double[][]::new);
		double[] ys = target.stream().mapToDouble(Double::doubleValue).toArray();
		boolean[] use = new boolean[xs.length];
		java.util.Arrays.fill(use, true);
		double[] factors = new double[xs[0].length];
		for (int j = 0; j < factors.length; j++) {
			factors[j] = j < Embedder.DIMENSION ? 1 : ANGER_LEXICAL_FACTOR;
		}
		return Ridge.fit(xs, ys, use).solve(ANGER_LAMBDA, factors);
	}

	private static <T> List<T> without(List<T> all, int out) {
		List<T> kept = new ArrayList<>(all);
		if (out >= 0) {
			kept.remove(out);
		}
		return kept;
	}

	private static double[][] headInputs(List<String> texts, Embedder embedder) {
		float[][] v = EmbeddingCache.embed(texts, embedder);
		double[][] out = new double[v.length][];
		for (int i = 0; i < v.length; i++) {
			out[i] = SupportAngerFeatures.headInput(texts.get(i), v[i]);
		}
		return out;
	}

	/** The pair direction, with its bias set so the mean score of all the training replies is 0. */
	static Ridge.Weights empathyHead(List<double[][]> more, List<double[][]> less) {
		List<double[]> rows = new ArrayList<>();
		List<Double> target = new ArrayList<>();
		List<double[]> replies = new ArrayList<>();
		for (int f = 0; f < more.size(); f++) {
			for (int i = 0; i < more.get(f).length; i++) {
				double[] d = new double[Embedder.DIMENSION];
				double[] m = new double[Embedder.DIMENSION];
				for (int j = 0; j < d.length; j++) {
					d[j] = more.get(f)[i][j] - less.get(f)[i][j];
					m[j] = -d[j];
				}
				rows.add(d);
				target.add(1.0);
				rows.add(m);
				target.add(-1.0);
				replies.add(more.get(f)[i]);
				replies.add(less.get(f)[i]);
			}
		}
		Ridge.Weights w = solve(rows, target);
		double mean = 0;
		for (double[] r : replies) {
			mean += dot(w.weights(), r);
		}
		return new Ridge.Weights(-mean / replies.size(), w.weights());
	}

	private static Ridge.Weights solve(List<double[]> rows, List<Double> target) {
		double[][] x = rows.toArray(double[][]::new);
		double[] y = target.stream().mapToDouble(Double::doubleValue).toArray();
		boolean[] use = new boolean[x.length];
		java.util.Arrays.fill(use, true);
		return Ridge.fit(x, y, use).solve(LAMBDA);
	}

	static double pairwise(Ridge.Weights w, double[][] more, double[][] less) {
		int right = 0;
		for (int i = 0; i < more.length; i++) {
			right += dot(w.weights(), more[i]) > dot(w.weights(), less[i]) ? 1 : 0;
		}
		return (double) right / more.length;
	}

	private static double[] scores(Ridge.Weights w, double[][] x) {
		double[] out = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			out[i] = w.bias() + dot(w.weights(), x[i]);
		}
		return out;
	}

	private static double dot(double[] w, double[] x) {
		double s = 0;
		for (int j = 0; j < x.length; j++) {
			s += w[j] * x[j];
		}
		return s;
	}

	private static double[][] vectors(List<String> texts, Embedder embedder) {
		float[][] v = EmbeddingCache.embed(texts, embedder);
		double[][] out = new double[v.length][];
		for (int i = 0; i < v.length; i++) {
			out[i] = new double[v[i].length];
			for (int j = 0; j < v[i].length; j++) {
				out[i][j] = v[i][j];
			}
		}
		return out;
	}
}
