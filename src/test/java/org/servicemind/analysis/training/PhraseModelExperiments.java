package org.servicemind.analysis.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.servicemind.analysis.LabelScores;
import org.servicemind.analysis.model.Embedder;

/**
 * Training variants of a phrase-model family, compared by 5-fold CV (grouped by text) on the training pool only; no
 * set outside the pool is read and no weights are written ({@link TrainPhraseModels} ships them).
 *
 * <p>Run from the project root: {@code PhraseModelExperiments [never-say|distortion] [--pw=W] [--l2=L] [--mil]
 * [--target=P] [--uncovered] [--uncovered-train] [--percat] [--textthr] [--without=SET,SET]}: {@code --pw} is the positive-class weight (default
 * {@link PhraseLogistic#POSITIVE_WEIGHT}); {@code --l2} fixes L2 (default: the grid of {@link TrainPhraseModels});
 * {@code --mil} replaces each whole-text positive (a labelled category located neither by a marked span nor by the
 * rules in a text of several sentences) by that text's sentence with the highest out-of-fold score of a first CV
 * round; {@code --target} is the sentence precision the threshold must keep (default
 * {@link TrainPhraseModels#TARGET_PRECISION}); {@code --uncovered} chooses each threshold on the sentences the rules
 * left unflagged only (the ones the engine's model reads); {@code --uncovered-train} also trains on those only;
 * {@code --percat} lets each category pick its own L2 from the grid; {@code --textthr} chooses each threshold on the
 * texts the model would add the category to ({@link AdditionThreshold}); {@code --without} drops training sets.
 * Prints per category the CV counts at the threshold, and text-level CV rules alone vs rules + model on the whole pool
 * and on the sets named {@code *dev7*} (new wording, unseen by the rules).
 */
final class PhraseModelExperiments {

	private PhraseModelExperiments() {
	}

	/** Options of one run. */
	record Options(double pw, double[] grid, boolean mil, double target, boolean uncovered, boolean uncoveredTrain,
			boolean perCategory, boolean textThreshold) {
	}

	/** Chooses the threshold of category {@code c} from its out-of-fold scores. */
	interface Thresholder {
		PrecisionThreshold of(double[] oof, int c);
	}

	/** Out-of-fold scores at the L2 of the grid with the most CV true positives, and the thresholds there. */
	record Cv(double l2, double[][] oof, PrecisionThreshold[] thresholds) {
	}

	public static void main(String[] args) throws IOException {
		List<String> list = List.of(args);
		PhraseFamily family = list.contains("distortion") ? PhraseFamily.DISTORTION : PhraseFamily.NEVER_SAY;
		double fixedL2 = value(list, "--l2=", Double.NaN);
		Options o = new Options(value(list, "--pw=", PhraseLogistic.POSITIVE_WEIGHT),
				Double.isNaN(fixedL2) ? TrainPhraseModels.L2 : new double[] { fixedL2 }, list.contains("--mil"),
				value(list, "--target=", TrainPhraseModels.TARGET_PRECISION),
				list.contains("--uncovered") || list.contains("--uncovered-train"), list.contains("--uncovered-train"),
				list.contains("--percat"), list.contains("--textthr"));
		Set<String> without = new HashSet<>();
		list.stream().filter(a -> a.startsWith("--without=")).forEach(a -> without.addAll(List.of(a.substring(10).split(","))));
		List<PhraseFamily.Item> items = new ArrayList<>();
		for (PhraseFamily.Item it : family.training()) {
			if (!without.contains(it.set())) {
				items.add(it);
			}
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
		float[][] pooled = TrainPhraseModels.pooledVectors(items, examples, new Embedder());
		List<TrainPhraseModels.Example> kept = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		for (int k = 0; k < examples.size(); k++) {
			if (pooled[k] != null) {
				kept.add(examples.get(k));
				vectors.add(pooled[k]);
			}
		}
		examples = kept;
		double[][] x = PhraseLogistic.Standardiser.of(vectors.toArray(new float[0][])).apply(vectors.toArray(new float[0][]));
		int[] fold = TrainPhraseModels.folds(examples, items);
		List<TrainPhraseModels.Example> all = examples;
		Thresholder thresholder = (oof, c) -> o.textThreshold()
				? AdditionThreshold.of(oof, all, items, spans, family.categories.get(c), o.target())
				: threshold(oof, all, c, o);
		Cv cv = crossValidate(x, examples, fold, o, thresholder);
		if (o.mil()) {
			examples = MultipleInstance.relabel(examples, cv.oof());
			List<TrainPhraseModels.Example> relabelled = examples;
			cv = crossValidate(x, examples, fold, o, (oof, c) -> o.textThreshold()
					? AdditionThreshold.of(oof, relabelled, items, spans, family.categories.get(c), o.target())
					: threshold(oof, relabelled, c, o));
		}
		System.out.printf(Locale.ROOT, "%s pool %d labelled texts, %d examples; pw=%.1f l2=%.3f mil=%b target=%.2f"
				+ " uncovered=%b uncovered-train=%b percat=%b without=%s%n", family.name, labelled, examples.size(),
				o.pw(), cv.l2(), o.mil(), o.target(), o.uncovered(), o.uncoveredTrain(), o.perCategory(), without);
		int tp = 0;
		int fp = 0;
		for (int c = 0; c < family.categories.size(); c++) {
			PrecisionThreshold t = cv.thresholds()[c];
			System.out.printf(Locale.ROOT, "  %-20s pos=%4d cv tp=%3d fp=%2d R=%.2f %s%n", family.categories.get(c),
					t.positives(), t.tp(), t.fp(), t.recall(), t.usable() ? "" : "(not shipped)");
			tp += t.usable() ? t.tp() : 0;
			fp += t.usable() ? t.fp() : 0;
		}
		System.out.printf(Locale.ROOT, "CV sentence tp=%d fp=%d%n", tp, fp);
		System.out.print(TrainPhraseModels.unionReport(family, items, labelled, spans, examples, cv.oof(),
				cv.thresholds(), new double[examples.size()], new PrecisionThreshold(Double.POSITIVE_INFINITY, 0, 0, 0)));
		LabelScores[] dev7 = textScores(family, items, labelled, spans, examples, cv, it -> it.set().contains("dev7"));
		System.out.print("CV on the dev7 sets, rules alone: " + dev7[0].report() + "CV on the dev7 sets, rules + model: "
				+ dev7[1].report());
	}

	/**
	 * CV over the L2 grid: the L2 with the most true positives summed over categories, or with {@code perCategory}
	 * each category's own best L2 (the reported L2 is then the first category's).
	 */
	static Cv crossValidate(double[][] x, List<TrainPhraseModels.Example> examples, int[] fold, Options o,
			Thresholder thresholder) {
		int cats = examples.get(0).label().length;
		double[][][] oof = new double[o.grid().length][cats][];
		PrecisionThreshold[][] t = new PrecisionThreshold[o.grid().length][cats];
		int bestGrid = 0;
		int bestTp = -1;
		for (int g = 0; g < o.grid().length; g++) {
			int tp = 0;
			for (int c = 0; c < cats; c++) {
				oof[g][c] = TrainPhraseModels.outOfFold(x, trainLabels(examples, c, o), fold, o.grid()[g], o.pw());
				t[g][c] = thresholder.of(oof[g][c], c);
				tp += t[g][c].usable() ? t[g][c].tp() : 0;
			}
			System.out.printf(Locale.ROOT, "  l2=%.3f cv tp %d%n", o.grid()[g], tp);
			if (tp > bestTp) {
				bestTp = tp;
				bestGrid = g;
			}
		}
		if (!o.perCategory()) {
			return new Cv(o.grid()[bestGrid], oof[bestGrid], t[bestGrid]);
		}
		double[][] bestOof = new double[cats][];
		PrecisionThreshold[] bestT = new PrecisionThreshold[cats];
		for (int c = 0; c < cats; c++) {
			int best = bestGrid;
			for (int g = 0; g < o.grid().length; g++) {
				if (t[g][c].tp() > t[best][c].tp()) {
					best = g;
				}
			}
			bestOof[c] = oof[best][c];
			bestT[c] = t[best][c];
			System.out.printf(Locale.ROOT, "  %d: l2=%.3f%n", c, o.grid()[best]);
		}
		return new Cv(o.grid()[bestGrid], bestOof, bestT);
	}

	/** @return the training labels of category {@code c}; rule-covered sentences left out with {@code uncoveredTrain} */
	static int[] trainLabels(List<TrainPhraseModels.Example> examples, int c, Options o) {
		int[] y = TrainPhraseModels.labels(examples, c);
		for (int k = 0; o.uncoveredTrain() && k < y.length; k++) {
			if (examples.get(k).ruleCovered()) {
				y[k] = -1;
			}
		}
		return y;
	}

	/** As {@link TrainPhraseModels#threshold}, at {@link Options#target}, on rule-uncovered sentences if asked. */
	static PrecisionThreshold threshold(double[] oof, List<TrainPhraseModels.Example> examples, int c, Options o) {
		List<double[]> scored = new ArrayList<>();
		int positives = 0;
		for (int k = 0; k < oof.length; k++) {
			TrainPhraseModels.Example e = examples.get(k);
			int y = e.label()[c];
			if (y >= 0 && !(o.uncovered() && (e.ruleCovered() || e.whole()))) {
				scored.add(new double[] { oof[k], y });
				positives += y;
			}
		}
		return PrecisionThreshold.best(scored, positives, o.target());
	}

	/**
	 * @return text-level CV scores over the labelled items {@code which} accepts: [rules alone, rules + the model on
	 *     the classifiable sentences the rules left unflagged]
	 */
	static LabelScores[] textScores(PhraseFamily family, List<PhraseFamily.Item> items, int labelled,
			List<List<PhraseFamily.Span>> spans, List<TrainPhraseModels.Example> examples, Cv cv,
			Predicate<PhraseFamily.Item> which) {
		List<Set<String>> model = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			model.add(new HashSet<>());
		}
		for (int k = 0; k < examples.size(); k++) {
			TrainPhraseModels.Example e = examples.get(k);
			if (e.whole() || e.ruleCovered()) {
				continue;
			}
			for (int c = 0; c < cv.oof().length; c++) {
				if (cv.thresholds()[c].usable() && cv.oof()[c][k] > cv.thresholds()[c].value()) {
					model.get(e.item()).add(family.categories.get(c));
				}
			}
		}
		return TrainPhraseModels.rulesAndUnion(items, labelled, spans, model, which);
	}

	private static double value(List<String> args, String prefix, double fallback) {
		return args.stream().filter(a -> a.startsWith(prefix)).findFirst()
				.map(a -> Double.parseDouble(a.substring(prefix.length()))).orElse(fallback);
	}
}
