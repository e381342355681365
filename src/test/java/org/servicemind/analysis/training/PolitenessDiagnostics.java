package org.servicemind.analysis.training;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.model.Embedder;

/**
 * Diagnostics of the politeness CV (not part of the product), same folds and shipped setting as
 * {@link TrainPoliteness}. First argument: {@code communities} prints the Stack Exchange figures split into Stack
 * Overflow and the other sites, with the other sites' items weighted 1, 0.3 and 0 in training; {@code dump [dir]}
 * writes the feature matrix, labels and folds (default /tmp/polite) for exploratory runs outside Java.
 */
final class PolitenessDiagnostics {

	private PolitenessDiagnostics() {
	}

	public static void main(String[] args) {
		TrainPoliteness.Data d = TrainPoliteness.load(new Embedder());
		String which = args.length > 0 ? args[0] : "communities";
		if (which.equals("dump")) {
			dumpMatrix(d, args.length > 1 ? args[1] : "/tmp/polite");
		}
		else {
			communities(d);
		}
	}

	/**
	 * Splits the Stack Exchange figures of the shipped setting into Stack Overflow and the other sites, and repeats
	 * them with the other sites' items left out of (or down-weighted in) training: shows where acc_se is lost.
	 */
	static void communities(TrainPoliteness.Data d) {
		List<String> community = Jsonl.read("politeness/dev.jsonl").stream()
				.map(r -> r.path("community").asString("")).toList();
		int n = d.y().length;
		boolean[] all = new boolean[n];
		Arrays.fill(all, true);
		double[] f = TrainPoliteness.factors(d.full()[0].length, PolitenessFeatures.NAMES.length, 0.1, 10);
		for (double other : new double[] { 1, 0.3, 0 }) {
			double[] w = new double[n];
			for (int i = 0; i < n; i++) {
				boolean rest = "se".equals(d.domain().get(i)) && !"Stack Overflow".equals(community.get(i));
				w[i] = rest ? Math.max(other, 1e-9) : 1;
			}
			double[] raw = new CrossValidation(d.full(), d.score(), d.domain(), d.ids(), all, w).predict(3, f);
			StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "other sites weight=%s", other));
			for (boolean so : new boolean[] { true, false }) {
				List<Double> s = new ArrayList<>();
				List<Boolean> p = new ArrayList<>();
				int items = 0;
				for (int i = 0; i < n; i++) {
					if (!"se".equals(d.domain().get(i)) || "Stack Overflow".equals(community.get(i)) != so) {
						continue;
					}
					items++;
					if (d.quartile()[i]) {
						s.add(raw[i]);
						p.add(d.y()[i] > 0);
					}
				}
				double[] sa = s.stream().mapToDouble(Double::doubleValue).toArray();
				boolean[] pa = new boolean[p.size()];
				for (int i = 0; i < pa.length; i++) {
					pa[i] = p.get(i);
				}
				double[] scores = new double[items];
				double[] preds = new double[scores.length];
				int j = 0;
				for (int i = 0; i < n; i++) {
					if ("se".equals(d.domain().get(i)) && "Stack Overflow".equals(community.get(i)) == so) {
						preds[j] = raw[i];
						scores[j++] = d.score()[i];
					}
				}
				sb.append(String.format(Locale.ROOT, " | %s quartile n=%d acc=%.4f auc=%.4f r(all items)=%.3f",
						so ? "Stack Overflow" : "other sites", sa.length, Metrics.accuracy(sa, pa, 0),
						Metrics.auc(sa, pa), pearson(preds, scores)));
			}
			double[] e = TrainPoliteness.evaluate(d, raw);
			System.out.println(sb.append(String.format(Locale.ROOT, " | acc_wiki=%.4f acc_se=%.4f", e[0], e[1])));
		}
	}

	private static double pearson(double[] a, double[] b) {
		double ma = Arrays.stream(a).average().orElse(0);
		double mb = Arrays.stream(b).average().orElse(0);
		double sab = 0;
		double saa = 0;
		double sbb = 0;
		for (int i = 0; i < a.length; i++) {
			sab += (a[i] - ma) * (b[i] - mb);
			saa += (a[i] - ma) * (a[i] - ma);
			sbb += (b[i] - mb) * (b[i] - mb);
		}
		return sab / Math.sqrt(saa * sbb);
	}

	/**
	 * Writes the full feature matrix (big-endian doubles, row-major, file x.bin) and one line per item (id, domain,
	 * quartile label or -, clipped score, fold; file meta.tsv) into {@code dir}, for exploratory runs outside Java.
	 */
	static void dumpMatrix(TrainPoliteness.Data d, String dir) {
		int[] fold = PolitenessExperiments.foldsOf(d);
		try {
			Files.createDirectories(Path.of(dir));
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
					Files.newOutputStream(Path.of(dir, "x.bin"))))) {
				for (double[] row : d.full()) {
					for (double v : row) {
						out.writeDouble(v);
					}
				}
			}
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < fold.length; i++) {
				sb.append(d.ids().get(i)).append('\t').append(d.domain().get(i)).append('\t')
						.append(d.quartile()[i] ? String.valueOf((int) d.y()[i]) : "-").append('\t')
						.append(d.score()[i]).append('\t').append(fold[i]).append('\n');
			}
			Files.writeString(Path.of(dir, "meta.tsv"), sb);
			System.out.println("dumped " + fold.length + " x " + d.full()[0].length + " to " + dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
