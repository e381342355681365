package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.servicemind.analysis.model.LinearModel;

/** Grouped, stratified k-fold cross-validation of ridge models, for honest figures on the dev splits. */
final class CrossValidation {

	static final int FOLDS = 5;

	private final double[][] x;

	private final double[] y;

	private final int[] fold;

	private final Ridge.Fit[] fits = new Ridge.Fit[FOLDS];

	/**
	 * @param stratum e.g. the domain; each stratum's groups are dealt round-robin to the folds
	 * @param group items of one group (e.g. one review) stay in one fold
	 */
	CrossValidation(double[][] x, double[] y, List<String> stratum, List<String> group, boolean[] trainable) {
		this(x, y, stratum, group, trainable, null);
	}

	/** As above, training row {@code i} weighted {@code weight[i]} (null: all 1). */
	CrossValidation(double[][] x, double[] y, List<String> stratum, List<String> group, boolean[] trainable,
			double[] weight) {
		this.x = x;
		this.y = y;
		this.fold = assign(stratum, group);
		for (int f = 0; f < FOLDS; f++) {
			boolean[] use = new boolean[x.length];
			for (int i = 0; i < x.length; i++) {
				use[i] = trainable[i] && fold[i] != f;
			}
			fits[f] = Ridge.fit(x, y, use, weight);
		}
	}

	/** @return the fold (0..FOLDS-1) of every row */
	int[] folds() {
		return fold.clone();
	}

	/** @return out-of-fold predictions with penalty {@code lambda} */
	double[] predict(double lambda) {
		return predict(lambda, 0, 1);
	}

	/** @return out-of-fold predictions; the first {@code k} features' penalty is multiplied by {@code factor} */
	double[] predict(double lambda, int k, double factor) {
		double[] factors = new double[x[0].length];
		for (int i = 0; i < factors.length; i++) {
			factors[i] = i < k ? factor : 1;
		}
		return predict(lambda, factors);
	}

	/** @return out-of-fold predictions; feature {@code i}'s penalty is multiplied by {@code factors[i]} */
	double[] predict(double lambda, double[] factors) {
		double[] out = new double[x.length];
		for (int f = 0; f < FOLDS; f++) {
			LinearModel model = fits[f].solve(lambda, factors).model();
			for (int i = 0; i < x.length; i++) {
				if (fold[i] == f) {
					out[i] = model.score(x[i]);
				}
			}
		}
		return out;
	}

	private static int[] assign(List<String> stratum, List<String> group) {
		Map<String, List<String>> groupsByStratum = new HashMap<>();
		for (int i = 0; i < stratum.size(); i++) {
			List<String> groups = groupsByStratum.computeIfAbsent(stratum.get(i), k -> new ArrayList<>());
			if (!groups.contains(group.get(i))) {
				groups.add(group.get(i));
			}
		}
		Map<String, Integer> foldOfGroup = new HashMap<>();
		Function<String, Integer> hash = g -> g.hashCode() * 0x9E3779B1;
		for (List<String> groups : groupsByStratum.values()) {
			groups.sort(Comparator.comparing(hash).thenComparing(Comparator.naturalOrder()));
			for (int k = 0; k < groups.size(); k++) {
				foldOfGroup.put(groups.get(k), k % FOLDS);
			}
		}
		int[] folds = new int[stratum.size()];
		for (int i = 0; i < folds.length; i++) {
			folds[i] = foldOfGroup.get(group.get(i));
		}
		return folds;
	}
}
