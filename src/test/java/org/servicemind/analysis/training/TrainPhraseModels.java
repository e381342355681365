package org.servicemind.analysis.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;
import org.servicemind.analysis.LabelScores;

/**
 * Trains the sentence-level phrase models ({@link PhraseCategoryModel}) on ServiceMind's own labelled sets (not
 * never-say-blind4, -blind5, -blind6, never-say-check or never-say-unseen, nor journal-blind5 or journal-blind6). The
 * examples are a text's sentences ({@link PhraseExamples}): a sentence is positive for a labelled category when the
 * set's marked span of that category ({@code spans}) overlaps it, the text's other sentences being negatives for it;
 * a set without marked spans falls back on the rule tier's span of that category; when the rules do not locate a
 * labelled category, the text's only sentence, or else the whole text, is the positive example, and the text's other
 * sentences are left out for that category. Every sentence of a text without the category is a negative. One-vs-rest
 * logistic regression (
 * {@link PhraseLogistic}) on the standardised 384-d sentence vector pooled from the model run on the whole text
 * ({@link Embedder#embedPooled}, exactly as the engine computes it; a whole-text example pools every word piece); L2 strength and, per category, the threshold are chosen by
 * 5-fold cross-validation grouped by text: the lowest out-of-fold score at which the sentence-level precision is still
 * at least {@link #TARGET_PRECISION} with at least {@link #MIN_TRUE_POSITIVES} true positives. Prints the CV figures,
 * and the text-level CV of rules alone vs rules plus model (the model only reads sentences the rules left unflagged).
 *
 * <p>Run from the project root: {@code TrainPhraseModels [never-say|distortion ...] [--l2=L] [--pw=W]
 * [--text-threshold] [--target=P] [--write]}: {@code --l2} fixes L2 instead of the grid, {@code --pw} is the
 * positive-class weight (default {@link PhraseLogistic#POSITIVE_WEIGHT}), {@code --text-threshold} chooses each
 * threshold on the texts the model tier would add the category to ({@link AdditionThreshold}) instead of on
 * sentences, {@code --target} the CV precision the threshold keeps (default {@link #TARGET_PRECISION}),
 * {@code --marked-only} leaves a labelled text's unmarked sentences out for its labels instead of making them
 * negatives ({@link PhraseExamples#of(List, int, PhraseFamily.Item, List, boolean)}). Both families ship
 * weights. The distortion family trains on every in-repo journal set except journal-blind5 and journal-blind6, which
 * only {@code PhraseModelEvaluation} scores; the engine runs it on journal text ({@code PhraseTier}).
 */
final class TrainPhraseModels {

	static final double TARGET_PRECISION = 0.9;

	static final int MIN_TRUE_POSITIVES = 3;

	static final double[] L2 = { 0.003, 0.01, 0.03, 0.1, 0.3 };

	static final int FOLDS = 5;

	private TrainPhraseModels() {
	}

	/** One classified unit: a sentence of an item, or a whole item when a labelled category was not located. */
	record Example(int item, int start, int end, boolean whole, boolean ruleCovered, int[] label) {
	}

	/**
	 * How one family is trained.
	 *
	 * @param grid the L2 strengths tried (the one with the most CV true positives summed over categories is kept)
	 * @param positiveWeight weight of a positive example relative to a negative one
	 * @param textThreshold thresholds chosen on the texts the model tier would add a category to
	 *     ({@link AdditionThreshold}) instead of on sentences
	 */
	record Settings(double[] grid, double positiveWeight, boolean textThreshold, double target, boolean markedOnly,
			String flags) {

		static Settings of(List<String> args) {
			double[] grid = args.stream().filter(a -> a.startsWith("--l2=")).findFirst()
					.map(a -> new double[] { Double.parseDouble(a.substring(5)) }).orElse(L2);
			double pw = args.stream().filter(a -> a.startsWith("--pw=")).findFirst()
					.map(a -> Double.parseDouble(a.substring(5))).orElse(PhraseLogistic.POSITIVE_WEIGHT);
			double target = args.stream().filter(a -> a.startsWith("--target=")).findFirst()
					.map(a -> Double.parseDouble(a.substring(9))).orElse(TARGET_PRECISION);
			String flags = String.join(" ", args.stream().filter(a -> a.startsWith("--l2=") || a.startsWith("--pw=")
					|| a.startsWith("--target=") || a.equals("--text-threshold") || a.equals("--marked-only")).toList());
			return new Settings(grid, pw, args.contains("--text-threshold"), target, args.contains("--marked-only"),
					flags.isEmpty() ? "" : " " + flags);
		}

		String describe() {
			return String.format(Locale.ROOT, "L2 grid %s, positive weight %.1f, thresholds at CV precision %.2f on %s%s",
					java.util.Arrays.toString(grid), positiveWeight, target, textThreshold
							? "the texts the model would add the category to (additions to the rules)" : "sentences",
					markedOnly ? "; unmarked sentences of a labelled text left out for its labels" : "");
		}
	}

	public static void main(String[] args) throws IOException {
		List<String> list = List.of(args);
		boolean write = list.contains("--write");
		Settings settings = Settings.of(list);
		Embedder embedder = new Embedder();
		for (PhraseFamily family : PhraseFamily.values()) {
			if (list.stream().anyMatch(a -> !a.startsWith("--")) && !list.contains(family.name)) {
				continue;
			}
			train(family, embedder, write, settings);
		}
	}

	static void train(PhraseFamily family, Embedder embedder, boolean write, Settings settings) throws IOException {
		List<PhraseFamily.Item> items = new ArrayList<>(family.training());
		int labelled = items.size();
		items.addAll(family.extraNegatives());
		List<List<PhraseFamily.Span>> spans = new ArrayList<>();
		List<Example> examples = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<PhraseFamily.Span> s = family.ruleSpans(items.get(i).text());
			spans.add(s);
			examples.addAll(PhraseExamples.of(family.categories, i, items.get(i), s, !settings.markedOnly()));
		}
		float[][] pooled = pooledVectors(items, examples, embedder);
		List<Example> kept = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		for (int k = 0; k < examples.size(); k++) {
			if (pooled[k] != null) {
				kept.add(examples.get(k));
				vectors.add(pooled[k]);
			}
		}
		System.out.printf(Locale.ROOT, "%s: %d examples, %d without a pooled vector (past the model's window) left out%n",
				family.name, examples.size(), examples.size() - kept.size());
		examples = kept;
		float[][] emb = vectors.toArray(new float[0][]);
		PhraseLogistic.Standardiser std = PhraseLogistic.Standardiser.of(emb);
		double[][] x = std.apply(emb);
		int[] fold = folds(examples, items);
		int cats = family.categories.size();
		double bestL2 = settings.grid()[0];
		double[][] bestOof = null;
		int bestRecall = -1;
		List<Example> all = examples;
		java.util.function.BiFunction<double[], Integer, PrecisionThreshold> chooser = (oof, c) -> settings
				.textThreshold() ? AdditionThreshold.of(oof, all, items, spans, family.categories.get(c), settings.target())
						: threshold(oof, all, c, settings.target());
		for (double l2 : settings.grid()) {
			double[][] oof = new double[cats][];
			int recall = 0;
			for (int c = 0; c < cats; c++) {
				oof[c] = outOfFold(x, labels(examples, c), fold, l2, settings.positiveWeight());
				recall += chooser.apply(oof[c], c).tp();
			}
			System.out.printf(Locale.ROOT, "%s l2=%.3f: true positives at P>=%.2f summed over categories %d%n",
					family.name, l2, settings.target(), recall);
			if (recall > bestRecall) {
				bestRecall = recall;
				bestL2 = l2;
				bestOof = oof;
			}
		}
		PrecisionThreshold[] thresholds = new PrecisionThreshold[cats];
		StringBuilder cv = new StringBuilder();
		for (int c = 0; c < cats; c++) {
			thresholds[c] = chooser.apply(bestOof[c], c);
			PrecisionThreshold t = thresholds[c];
			String line = String.format(Locale.ROOT, "%-20s pos=%3d cv tp=%3d fp=%2d P=%.2f R=%.2f %s", family.categories.get(c),
					t.positives(), t.tp(), t.fp(), t.precision(), t.recall(), t.usable() ? "" : "(not shipped)");
			System.out.println(line);
			cv.append(line.strip()).append('\n');
		}
		int[] anyLabels = anyLabels(examples);
		double[] anyOof = outOfFold(x, anyLabels, fold, bestL2, settings.positiveWeight());
		PrecisionThreshold anyThreshold = argmaxThreshold(anyOof, bestOof, examples);
		System.out.printf(Locale.ROOT, "any-category detector + argmax: cv tp=%d fp=%d P=%.2f R=%.2f%n", anyThreshold.tp(),
				anyThreshold.fp(), anyThreshold.precision(), anyThreshold.recall());
		// the engine ships no any-category detector: the text-level CV counts the per-category models only
		String union = unionReport(family, items, labelled, spans, examples, bestOof, thresholds, anyOof,
				new PrecisionThreshold(Double.POSITIVE_INFINITY, 0, 0, 0));
		System.out.print(union);
		if (write) {
			for (int c = 0; c < cats; c++) {
				Path file = Path.of("src/main/resources" + PhraseCategoryModel.resource(family.name, family.categories.get(c)));
				if (!thresholds[c].usable()) {
					java.nio.file.Files.deleteIfExists(file);
					continue;
				}
				double[] w = PhraseLogistic.train(x, labels(examples, c), bestL2, settings.positiveWeight());
				Ridge.Weights weights = std.unstandardise(w, thresholds[c].value());
				WeightsFile.write(file, header(family, c, bestL2, thresholds[c], examples.size(), settings), weights);
			}
		}
	}

	/**
	 * @return per example, its vector pooled from the one model run of its whole item text, as the engine computes it
	 *     ({@link Embedder#embedPooled}, cached once per dataset file by {@link PooledCache}, so adding a set computes
	 *     only that set); {@code null} when the example has no word piece in the model's window
	 */
	static float[][] pooledVectors(List<PhraseFamily.Item> items, List<Example> examples, Embedder embedder) {
		Map<String, List<Integer>> bySet = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			bySet.computeIfAbsent(items.get(i).set(), k -> new ArrayList<>()).add(i);
		}
		PooledCache.Vectors[] cached = new PooledCache.Vectors[items.size()];
		for (List<Integer> indices : bySet.values()) {
			List<PooledCache.Vectors> v = PooledCache.of(indices.stream().map(i -> items.get(i).text()).toList(),
					embedder);
			for (int j = 0; j < indices.size(); j++) {
				cached[indices.get(j)] = v.get(j);
			}
		}
		float[][] out = new float[examples.size()][];
		for (int k = 0; k < examples.size(); k++) {
			Example e = examples.get(k);
			out[k] = cached[e.item()].of(e.start(), e.end());
		}
		return out;
	}

	static int[] labels(List<Example> examples, int c) {
		int[] y = new int[examples.size()];
		for (int k = 0; k < y.length; k++) {
			y[k] = examples.get(k).label()[c];
		}
		return y;
	}

	/** @return 1 when the example shows some category, 0 when it shows none, -1 when unknown */
	static int[] anyLabels(List<Example> examples) {
		int[] y = new int[examples.size()];
		for (int k = 0; k < y.length; k++) {
			int any = 0;
			for (int l : examples.get(k).label()) {
				if (l == 1) {
					any = 1;
					break;
				}
				if (l < 0) {
					any = -1;
				}
			}
			y[k] = any;
		}
		return y;
	}

	static int argmax(double[][] oof, int k) {
		int best = 0;
		for (int c = 1; c < oof.length; c++) {
			if (oof[c][k] > oof[best][k]) {
				best = c;
			}
		}
		return best;
	}

	/** the lowest detector score at which "detector fires and the argmax category is right" keeps the precision */
	static PrecisionThreshold argmaxThreshold(double[] any, double[][] oof, List<Example> examples) {
		List<double[]> scored = new ArrayList<>();
		int positives = 0;
		for (int k = 0; k < any.length; k++) {
			int y = examples.get(k).label()[argmax(oof, k)];
			boolean some = false;
			for (int l : examples.get(k).label()) {
				some |= l == 1;
			}
			positives += some ? 1 : 0;
			if (y >= 0) {
				scored.add(new double[] { any[k], y });
			}
		}
		return PrecisionThreshold.best(scored, positives);
	}

	static double[] outOfFold(double[][] x, int[] y, int[] fold, double l2, double positiveWeight) {
		double[] oof = new double[x.length];
		for (int f = 0; f < FOLDS; f++) {
			int[] train = y.clone();
			for (int k = 0; k < train.length; k++) {
				if (fold[k] == f) {
					train[k] = -1;
				}
			}
			double[] w = PhraseLogistic.train(x, train, l2, positiveWeight);
			for (int k = 0; k < x.length; k++) {
				if (fold[k] == f) {
					oof[k] = PhraseLogistic.logit(w, x[k]);
				}
			}
		}
		return oof;
	}

	static PrecisionThreshold threshold(double[] oof, List<Example> examples, int c, double target) {
		List<double[]> scored = new ArrayList<>();
		int positives = 0;
		for (int k = 0; k < oof.length; k++) {
			int y = examples.get(k).label()[c];
			if (y >= 0) {
				scored.add(new double[] { oof[k], y });
				positives += y;
			}
		}
		return PrecisionThreshold.best(scored, positives, target);
	}

	/** Text-level CV: rules alone vs rules plus the model on sentences the rules left unflagged. */
	static String unionReport(PhraseFamily family, List<PhraseFamily.Item> items, int labelled,
			List<List<PhraseFamily.Span>> spans,
			List<Example> examples, double[][] oof, PrecisionThreshold[] thresholds, double[] any, PrecisionThreshold anyThreshold) {
		List<Set<String>> model = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			model.add(new HashSet<>());
		}
		for (int k = 0; k < examples.size(); k++) {
			Example e = examples.get(k);
			String text = items.get(e.item()).text();
			if (e.whole() || e.ruleCovered() || !PhraseCategoryModel.classifiable(text, new int[] { e.start(), e.end() })) {
				continue;
			}
			for (int c = 0; c < oof.length; c++) {
				if (thresholds[c].usable() && oof[c][k] > thresholds[c].value()) {
					model.get(e.item()).add(family.categories.get(c));
				}
			}
			if (anyThreshold.usable() && any[k] > anyThreshold.value()) {
				model.get(e.item()).add(family.categories.get(argmax(oof, k)));
			}
		}
		int extraFlagged = 0;
		for (int i = labelled; i < items.size(); i++) {
			extraFlagged += model.get(i).isEmpty() ? 0 : 1;
		}
		LabelScores[] scores = rulesAndUnion(items, labelled, spans, model, item -> true);
		LabelScores rules = scores[0];
		LabelScores union = scores[1];
		return "CV on the labelled training sets (" + labelled + " texts), rules alone: " + rules.report()
				+ "CV rules + model: " + union.report() + "CV extra clean texts flagged by the model: " + extraFlagged + "/"
				+ (items.size() - labelled) + "\n";
	}

	/**
	 * @return the scores of the rules alone and of rules plus model on the first {@code labelled} items that
	 *     {@code which} accepts: a text's rule categories are those of its {@code spans}, the model adds {@code model}'s
	 */
	static LabelScores[] rulesAndUnion(List<PhraseFamily.Item> items, int labelled, List<List<PhraseFamily.Span>> spans,
			List<Set<String>> model, java.util.function.Predicate<PhraseFamily.Item> which) {
		LabelScores rules = new LabelScores();
		LabelScores union = new LabelScores();
		for (int i = 0; i < labelled; i++) {
			if (!which.test(items.get(i))) {
				continue;
			}
			Set<String> r = new HashSet<>();
			spans.get(i).forEach(s -> r.add(s.category()));
			Set<String> u = new HashSet<>(r);
			u.addAll(model.get(i));
			rules.add(items.get(i).gold(), r);
			union.add(items.get(i).gold(), u);
		}
		return new LabelScores[] { rules, union };
	}

	private static List<String> header(PhraseFamily family, int c, double l2, PrecisionThreshold t, int n,
			Settings settings) {
		return List.of(String.format(Locale.ROOT, "Phrase model (org.servicemind.analysis.model.PhraseCategoryModel), family %s,"
				+ " category %s: logistic regression, L2 %.3f on the standardised features, threshold folded into the bias"
				+ " (score > 0 fires)", family.name, family.categories.get(c), l2),
				"features: 384-d vector of one sentence pooled from the all-MiniLM-L6-v2-q run on its whole text (mean of the"
						+ " sentence's token vectors, L2-normalised; Embedder.embedPooled)",
				"data: " + n + " sentence examples (positive where a span the set marks, or else a rule span, of the category"
						+ " overlaps the sentence) from src/test/resources/analysis/" + String.join(", ", family.trainingSets)
						+ (family == PhraseFamily.NEVER_SAY ? ", plus as negatives only the rule-clean replies of"
								+ " commitments.jsonl and empathy-pairs.jsonl (more)" : "")
						+ (family == PhraseFamily.NEVER_SAY
								? " (ServiceMind's own sets; never-say-blind4, -blind5, -blind6, -check and -unseen are not used)"
								: " (ServiceMind's own sets; journal-blind5 and journal-blind6 are not used)"),
				"data licence: original writing for ServiceMind, same licence as the project",
				"training command (project root): ./mvnw -B -o -q test-compile && java -cp target/classes:target/test-classes:"
						+ "$(cat target/cp.txt) org.servicemind.analysis.training.TrainPhraseModels " + family.name
						+ settings.flags() + " --write (" + settings.describe() + ")",
				String.format(Locale.ROOT, "5-fold CV (grouped by text), %s at the threshold: tp=%d fp=%d of %d positives,"
						+ " precision %.3f, recall %.3f", settings.textThreshold()
								? "texts the model adds the category to (those the rules did not flag with it)"
								: "sentence level", t.tp(), t.fp(), t.positives(), t.precision(), t.recall()),
				"first line below: bias; then one weight per embedding dimension");
	}

	/**
	 * Cross-validation fold of each example, 0..{@link #FOLDS}-1, from its text's set and id, so every sentence of one
	 * text lands in the same fold.
	 */
	static int[] folds(List<Example> examples, List<PhraseFamily.Item> items) {
		int[] fold = new int[examples.size()];
		for (int k = 0; k < fold.length; k++) {
			PhraseFamily.Item it = items.get(examples.get(k).item());
			fold[k] = Math.floorMod((it.set() + "/" + it.id()).hashCode() * 0x9E3779B1, FOLDS);
		}
		return fold;
	}
}
