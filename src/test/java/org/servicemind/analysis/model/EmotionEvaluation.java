package org.servicemind.analysis.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.servicemind.analysis.training.EmbeddingCache;
import org.servicemind.analysis.training.Jsonl;
import org.servicemind.analysis.training.Metrics;

/**
 * The figures of docs/analysis/emotions.md: ROC-AUC on goemotions/dev and unhealthy/dev (score.py definitions),
 * Spearman on the own anger set, pairwise accuracy on the own empathy pairs. Embeddings are cached under /tmp.
 * Run: {@code java -cp ... org.servicemind.analysis.model.EmotionEvaluation [../shared/datasets]}.
 */
final class EmotionEvaluation {

	static final Path DATASETS = Path.of("../shared/datasets");

	static final Path OWN = Path.of("src/test/resources/analysis");

	private final Embedder embedder;

	private final EmotionScorer scorer = new EmotionScorer();

	EmotionEvaluation(Embedder embedder) {
		this.embedder = embedder;
	}

	static boolean datasetsPresent() {
		return Files.isRegularFile(DATASETS.resolve("goemotions/dev.jsonl"))
				&& Files.isRegularFile(DATASETS.resolve("unhealthy/dev.jsonl"));
	}

	List<EmotionScores> score(String name, List<String> texts, boolean withEmbedding) throws IOException {
		return score(name, texts, withEmbedding, false);
	}

	/** As above; {@code replies} scores the texts as agent replies (the reply-empathy head applies). */
	List<EmotionScores> score(String name, List<String> texts, boolean withEmbedding, boolean replies)
			throws IOException {
		float[][] emb = withEmbedding ? EmbeddingCache.embed(name, texts, embedder) : null;
		List<EmotionScores> out = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			out.add(scorer.score(texts.get(i), withEmbedding ? emb[i] : new float[0], replies));
		}
		String emit = System.getProperty("emit");
		if (emit != null && withEmbedding && name.endsWith("-dev")) {
			List<Jsonl.Row> rows = Jsonl.read(DATASETS.resolve(name.replace("-dev", "") + "/dev.jsonl"));
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < out.size(); i++) {
				EmotionScores e = out.get(i);
				lines.add(String.format(Locale.ROOT,
						"{\"id\": \"%s\", \"anger\": %.6f, \"empathy\": %.6f, \"dismissive\": %.6f,"
								+ " \"condescending\": %.6f, \"hostile\": %.6f, \"antagonize\": %.6f}",
						rows.get(i).id(), e.anger(), e.empathy(), e.dismissive(), e.condescending(), e.hostile(),
						e.antagonize()));
			}
			Files.write(Path.of(emit + "-" + name + ".jsonl"), lines);
		}
		return out;
	}

	/** @return auc_anger, auc_empathy on goemotions/dev */
	double[] goemotions(boolean withEmbedding) throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(DATASETS.resolve("goemotions/dev.jsonl"));
		List<EmotionScores> s = score("goemotions-dev", rows.stream().map(Jsonl.Row::text).toList(), withEmbedding);
		boolean[] angry = new boolean[rows.size()];
		boolean[] caring = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			angry[i] = rows.get(i).label("anger") == 1 || rows.get(i).label("annoyance") == 1;
			caring[i] = rows.get(i).label("caring") == 1 || rows.get(i).label("remorse") == 1;
		}
		return new double[] { Metrics.auc(values(s, EmotionScores::anger), angry),
				Metrics.auc(values(s, EmotionScores::empathy), caring) };
	}

	/** @return auc of dismissive, condescending, hostile, antagonize on unhealthy/dev */
	double[] unhealthy(boolean withEmbedding) throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(DATASETS.resolve("unhealthy/dev.jsonl"));
		List<EmotionScores> s = score("unhealthy-dev", rows.stream().map(Jsonl.Row::text).toList(), withEmbedding);
		List<ToDoubleFunction<EmotionScores>> fields = List.of(EmotionScores::dismissive,
				EmotionScores::condescending, EmotionScores::hostile, EmotionScores::antagonize);
		List<String> names = List.of("dismissive", "condescending", "hostile", "antagonize");
		double[] out = new double[4];
		for (int k = 0; k < 4; k++) {
			boolean[] y = new boolean[rows.size()];
			for (int i = 0; i < y.length; i++) {
				y[i] = rows.get(i).label(names.get(k)) == 1;
			}
			out[k] = Metrics.auc(values(s, fields.get(k)), y);
		}
		return out;
	}

	/** @return Spearman between the anger score and the 0..3 rating of anger-support.jsonl */
	double angerSpearman(boolean withEmbedding) throws IOException {
		return angerSpearman("anger-support", withEmbedding);
	}

	/** @return Spearman between the anger score and the 0..3 rating of the own set {@code set}.jsonl */
	double angerSpearman(String set, boolean withEmbedding) throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(OWN.resolve(set + ".jsonl"));
		List<EmotionScores> s = score("own-" + set, rows.stream().map(Jsonl.Row::text).toList(), withEmbedding);
		double[] gold = rows.stream().mapToDouble(r -> r.label("anger")).toArray();
		if (Boolean.getBoolean("verbose")) {
			for (int i = 0; i < rows.size(); i++) {
				System.out.printf(Locale.ROOT, "anger %d %.3f %s%n", (int) gold[i], s.get(i).anger(), rows.get(i).text());
			}
		}
		return Metrics.spearman(values(s, EmotionScores::anger), gold);
	}

	/**
	 * @return the mean anger score (with embedding) of the messages rated 0, 1, 2 and 3 in the own anger sets
	 *     anger-support, anger-indirect and anger-dev6 pooled
	 */
	double[] angerLevelMeans() throws IOException {
		return angerLevelMeans(true);
	}

	/** @return mean anger per 0..3 rating over the three own rated sets, with or without the embedding */
	double[] angerLevelMeans(boolean withEmbedding) throws IOException {
		double[] sum = new double[4];
		int[] n = new int[4];
		for (String set : List.of("anger-support", "anger-indirect", "anger-dev6")) {
			List<Jsonl.Row> rows = Jsonl.read(OWN.resolve(set + ".jsonl"));
			List<EmotionScores> s = score("own-" + set, rows.stream().map(Jsonl.Row::text).toList(), withEmbedding);
			for (int i = 0; i < rows.size(); i++) {
				int level = (int) rows.get(i).label("anger");
				sum[level] += s.get(i).anger();
				n[level]++;
			}
		}
		for (int k = 0; k < 4; k++) {
			sum[k] /= Math.max(1, n[k]);
		}
		return sum;
	}

	/** @return share of empathy-pairs.jsonl where "more" scores strictly higher empathy than "less" */
	double empathyPairAccuracy(boolean withEmbedding) throws IOException {
		List<Jsonl.Row> rows = Jsonl.read(OWN.resolve("empathy-pairs.jsonl"));
		List<String> more = rows.stream().map(r -> r.node().path("more").asText()).toList();
		List<String> less = rows.stream().map(r -> r.node().path("less").asText()).toList();
		List<EmotionScores> a = score("own-empathy-more", more, withEmbedding, true);
		List<EmotionScores> b = score("own-empathy-less", less, withEmbedding, true);
		int right = 0;
		for (int i = 0; i < rows.size(); i++) {
			right += a.get(i).empathy() > b.get(i).empathy() ? 1 : 0;
			if (Boolean.getBoolean("verbose") && a.get(i).empathy() <= b.get(i).empathy()) {
				System.out.printf(Locale.ROOT, "miss %.3f <= %.3f: %s | %s%n", a.get(i).empathy(), b.get(i).empathy(),
						more.get(i), less.get(i));
			}
		}
		return (double) right / rows.size();
	}

	private static double[] values(List<EmotionScores> s, ToDoubleFunction<EmotionScores> f) {
		return s.stream().mapToDouble(f).toArray();
	}

	public static void main(String[] args) throws IOException {
		EmotionEvaluation e = new EmotionEvaluation(new Embedder());
		for (boolean emb : Boolean.getBoolean("fullOnly") ? new boolean[] { true } : new boolean[] { true, false }) {
			String tier = emb ? "embedding+lexical" : "lexical only";
			System.out.printf(Locale.ROOT, "[%s] own anger Spearman %.3f, empathy pairs %.3f%n", tier,
					e.angerSpearman(emb), e.empathyPairAccuracy(emb));
			if (datasetsPresent() && !Boolean.getBoolean("ownOnly")) {
				double[] g = e.goemotions(emb);
				double[] u = e.unhealthy(emb);
				System.out.printf(Locale.ROOT,
						"[%s] goemotions auc_anger %.4f auc_empathy %.4f; unhealthy dismissive %.4f condescending %.4f"
								+ " hostile %.4f antagonize %.4f%n",
						tier, g[0], g[1], u[0], u[1], u[2], u[3]);
			}
		}
	}
}
