package org.servicemind.analysis.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.LinearModel;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * Training variants of the never-say phrase model, compared by 5-fold CV on the training pool only, and by the
 * resulting in-memory model on never-say-check and never-say-unseen (never trained on; the out-of-sample guard). No
 * weights are written: {@link TrainPhraseModels} ships them.
 *
 * <p>Run from the project root: {@code NeverSayModelExperiments [--dev6] [--pw=W] [--l2=L] [--mil]}: {@code --dev6}
 * adds never-say-dev6.jsonl to the pool; {@code --pw} is the positive-class weight (default
 * {@link PhraseLogistic#POSITIVE_WEIGHT}); {@code --l2} fixes L2 (default: the grid of {@link TrainPhraseModels});
 * {@code --mil} replaces each whole-text positive (a labelled category the rules do not locate in a text of several
 * sentences) by that text's sentence with the highest out-of-fold score of a first CV round, so every positive is
 * a sentence like the ones the engine classifies.
 */
final class NeverSayModelExperiments {

	private NeverSayModelExperiments() {
	}

	public static void main(String[] args) throws IOException {
		List<String> list = List.of(args);
		double pw = value(list, "--pw=", PhraseLogistic.POSITIVE_WEIGHT);
		double fixedL2 = value(list, "--l2=", Double.NaN);
		boolean mil = list.contains("--mil");
		PhraseFamily family = PhraseFamily.NEVER_SAY;
		List<PhraseFamily.Item> items = new ArrayList<>(family.training());
		if (list.contains("--dev6")) {
			items.addAll(family.read("never-say-dev6.jsonl"));
		}
		int labelled = items.size();
		items.addAll(family.extraNegatives());
		List<List<PhraseFamily.Span>> spans = new ArrayList<>();
		List<TrainPhraseModels.Example> examples = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<PhraseFamily.Span> s = family.ruleSpans(items.get(i).text());
			spans.add(s);
			examples.addAll(PhraseExamples.of(family, i, items.get(i), s));
		}
		Embedder embedder = new Embedder();
		float[][] pooled = TrainPhraseModels.pooledVectors(items, examples, embedder);
		List<TrainPhraseModels.Example> kept = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		for (int k = 0; k < examples.size(); k++) {
			if (pooled[k] != null) {
				kept.add(examples.get(k));
				vectors.add(pooled[k]);
			}
		}
		examples = kept;
		float[][] emb = vectors.toArray(new float[0][]);
		PhraseLogistic.Standardiser std = PhraseLogistic.Standardiser.of(emb);
		double[][] x = std.apply(emb);
		int[] fold = TrainPhraseModels.folds(examples, items);
		double[] grid = Double.isNaN(fixedL2) ? TrainPhraseModels.L2 : new double[] { fixedL2 };
		Cv cv = crossValidate(x, examples, fold, grid, pw);
		if (mil) {
			examples = MultipleInstance.relabel(examples, cv.oof());
			cv = crossValidate(x, examples, fold, grid, pw);
		}
		System.out.printf(Locale.ROOT, "pool %d labelled texts, %d examples; pw=%.1f l2=%.3f mil=%b%n", labelled,
				examples.size(), pw, cv.l2(), mil);
		int tp = 0;
		int fp = 0;
		for (int c = 0; c < family.categories.size(); c++) {
			PrecisionThreshold t = cv.thresholds()[c];
			System.out.printf(Locale.ROOT, "  %-20s pos=%3d cv tp=%3d fp=%2d %s%n", family.categories.get(c), t.positives(),
					t.tp(), t.fp(), t.usable() ? "" : "(not shipped)");
			tp += t.usable() ? t.tp() : 0;
			fp += t.usable() ? t.fp() : 0;
		}
		System.out.printf(Locale.ROOT, "CV sentence tp=%d fp=%d%n", tp, fp);
		System.out.print(TrainPhraseModels.unionReport(family, items, labelled, spans, examples, cv.oof(),
				cv.thresholds(), new double[examples.size()], new PrecisionThreshold(Double.POSITIVE_INFINITY, 0, 0, 0)));
		Map<String, LinearModel> models = new LinkedHashMap<>();
		for (int c = 0; c < family.categories.size(); c++) {
			if (cv.thresholds()[c].usable()) {
				double[] w = PhraseLogistic.train(x, TrainPhraseModels.labels(examples, c), cv.l2(), pw);
				models.put(family.categories.get(c), std.unstandardise(w, cv.thresholds()[c].value()).model());
			}
		}
		PhraseCategoryModel model = new PhraseCategoryModel(models);
		for (String set : List.of("never-say-check.jsonl", "never-say-unseen.jsonl")) {
			List<PhraseFamily.Item> guard = family.read(set);
			PhraseModelEvaluation.Result r = PhraseModelEvaluation.evaluate(family, guard, model,
					PooledCache.of(guard.stream().map(PhraseFamily.Item::text).toList(), embedder));
			System.out.print(set + " rules + model: " + r.union().report());
		}
	}

	/** Out-of-fold scores at the L2 of the grid with the most CV true positives, and the thresholds there. */
	record Cv(double l2, double[][] oof, PrecisionThreshold[] thresholds) {
	}

	static Cv crossValidate(double[][] x, List<TrainPhraseModels.Example> examples, int[] fold, double[] grid,
			double pw) {
		int cats = examples.get(0).label().length;
		Cv best = null;
		int bestTp = -1;
		for (double l2 : grid) {
			double[][] oof = new double[cats][];
			PrecisionThreshold[] t = new PrecisionThreshold[cats];
			int tp = 0;
			for (int c = 0; c < cats; c++) {
				oof[c] = outOfFold(x, TrainPhraseModels.labels(examples, c), fold, l2, pw);
				t[c] = TrainPhraseModels.threshold(oof[c], examples, c);
				tp += t[c].usable() ? t[c].tp() : 0;
			}
			System.out.printf(Locale.ROOT, "  l2=%.3f cv tp %d%n", l2, tp);
			if (tp > bestTp) {
				bestTp = tp;
				best = new Cv(l2, oof, t);
			}
		}
		return best;
	}

	static double[] outOfFold(double[][] x, int[] y, int[] fold, double l2, double pw) {
		double[] oof = new double[x.length];
		for (int f = 0; f < TrainPhraseModels.FOLDS; f++) {
			int[] train = y.clone();
			for (int k = 0; k < train.length; k++) {
				if (fold[k] == f) {
					train[k] = -1;
				}
			}
			double[] w = PhraseLogistic.train(x, train, l2, pw);
			for (int k = 0; k < x.length; k++) {
				if (fold[k] == f) {
					oof[k] = PhraseLogistic.logit(w, x[k]);
				}
			}
		}
		return oof;
	}

	private static double value(List<String> args, String prefix, double fallback) {
		return args.stream().filter(a -> a.startsWith(prefix)).findFirst()
				.map(a -> Double.parseDouble(a.substring(prefix.length()))).orElse(fallback);
	}
}
