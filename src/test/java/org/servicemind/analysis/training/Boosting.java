package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Gradient-boosted regression trees (squared loss, exact splits, fixed depth, shrinkage, row subsampling with a fixed
 * seed). Trees are flat arrays: node i has feature f[i] (-1 for a leaf), threshold t[i] (go left when x &lt; t),
 * children 2i+1 / 2i+2, and leaf value v[i].
 */
final class Boosting {

	int depth = 3;

	int rounds = 200;

	double rate = 0.05;

	double subsample = 0.8;

	int minLeaf = 20;

	/** One tree of a full binary layout of {@code 2^(depth+1) - 1} nodes. */
	record Tree(int[] feature, double[] threshold, double[] value) {

		double predict(double[] x) {
			int i = 0;
			while (feature[i] >= 0) {
				i = x[feature[i]] < threshold[i] ? 2 * i + 1 : 2 * i + 2;
			}
			return value[i];
		}
	}

	/** The boosted model: base value plus the sum of the trees (already scaled by the rate). */
	record Model(double base, List<Tree> trees) {

		double predict(double[] x) {
			double s = base;
			for (Tree t : trees) {
				s += t.predict(x);
			}
			return s;
		}
	}

	Model train(double[][] x, double[] y, boolean[] use, long seed) {
		int n = 0;
		for (boolean u : use) {
			n += u ? 1 : 0;
		}
		int[] rows = new int[n];
		int c = 0;
		double base = 0;
		for (int i = 0; i < x.length; i++) {
			if (use[i]) {
				rows[c++] = i;
				base += y[i];
			}
		}
		base /= n;
		int d = x[0].length;
		Integer[][] sorted = new Integer[d][];
		for (int j = 0; j < d; j++) {
			final int fj = j;
			Integer[] o = new Integer[n];
			for (int i = 0; i < n; i++) {
				o[i] = rows[i];
			}
			Arrays.sort(o, (a, b) -> Double.compare(x[a][fj], x[b][fj]));
			sorted[j] = o;
		}
		double[] pred = new double[x.length];
		Arrays.fill(pred, base);
		double[] residual = new double[x.length];
		Random random = new Random(seed);
		List<Tree> trees = new ArrayList<>();
		int nodes = (1 << (depth + 1)) - 1;
		int[] node = new int[x.length];
		for (int r = 0; r < rounds; r++) {
			boolean[] in = new boolean[x.length];
			for (int i : rows) {
				residual[i] = y[i] - pred[i];
				in[i] = random.nextDouble() < subsample;
				node[i] = 0;
			}
			int[] feature = new int[nodes];
			double[] threshold = new double[nodes];
			double[] value = new double[nodes];
			Arrays.fill(feature, -1);
			for (int level = 0; level < depth; level++) {
				int first = (1 << level) - 1;
				int count = 1 << level;
				double[] sum = new double[count];
				int[] cnt = new int[count];
				for (int i : rows) {
					if (in[i] && node[i] >= first && node[i] < first + count) {
						sum[node[i] - first] += residual[i];
						cnt[node[i] - first]++;
					}
				}
				double[] bestGain = new double[count];
				int[] bestFeature = new int[count];
				double[] bestThreshold = new double[count];
				Arrays.fill(bestFeature, -1);
				for (int j = 0; j < d; j++) {
					double[] left = new double[count];
					int[] leftCnt = new int[count];
					double[] last = new double[count];
					Arrays.fill(last, Double.NaN);
					for (Integer i : sorted[j]) {
						int k = node[i] - first;
						if (!in[i] || k < 0 || k >= count) {
							continue;
						}
						double v = x[i][j];
						if (leftCnt[k] >= minLeaf && cnt[k] - leftCnt[k] >= minLeaf && v > last[k]) {
							double sl = left[k];
							double sr = sum[k] - sl;
							double gain = sl * sl / leftCnt[k] + sr * sr / (cnt[k] - leftCnt[k])
									- sum[k] * sum[k] / cnt[k];
							if (gain > bestGain[k]) {
								bestGain[k] = gain;
								bestFeature[k] = j;
								bestThreshold[k] = (v + last[k]) / 2;
							}
						}
						left[k] += residual[i];
						leftCnt[k]++;
						last[k] = v;
					}
				}
				for (int k = 0; k < count; k++) {
					feature[first + k] = bestFeature[k];
					threshold[first + k] = bestThreshold[k];
				}
				for (int i : rows) {
					int k = node[i];
					if (k >= first && k < first + count && feature[k] >= 0) {
						node[i] = x[i][feature[k]] < threshold[k] ? 2 * k + 1 : 2 * k + 2;
					}
				}
			}
			double[] sum = new double[nodes];
			int[] cnt = new int[nodes];
			for (int i : rows) {
				if (in[i]) {
					sum[node[i]] += residual[i];
					cnt[node[i]]++;
				}
			}
			for (int k = 0; k < nodes; k++) {
				value[k] = cnt[k] > 0 ? rate * sum[k] / cnt[k] : 0;
			}
			Tree tree = new Tree(feature, threshold, value);
			trees.add(tree);
			for (int i : rows) {
				pred[i] += tree.predict(x[i]);
			}
		}
		return new Model(base, trees);
	}
}
