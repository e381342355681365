package org.servicemind.analysis.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PolitenessModel;
import tools.jackson.databind.JsonNode;

/**
 * Trains the politeness models on ../shared/datasets/politeness/dev.jsonl (CC BY 4.0). Ridge regression on all
 * items (target: the normalised politeness score, clipped); reports domain-stratified 5-fold CV accuracy (polite when the
 * score is at least 0.5, as score.py) and ROC-AUC per domain for a range of penalties, then (with
 * {@code --write}) fits all dev items and writes both weight resources under src/main/resources.
 */
final class TrainPoliteness {

	static final double[] LAMBDAS = { 0.03, 0.1, 0.3, 1 };

	private TrainPoliteness() {
	}

	/** The politeness dev split: features with and without the embedding, labels, domains. */
	record Data(double[][] full, double[][] lexical, double[] y, boolean[] quartile, List<String> domain,
			List<String> ids, double[] score) {
	}

	static Data load(Embedder embedder) {
		List<JsonNode> rows = Jsonl.read("politeness/dev.jsonl");
		List<String> texts = rows.stream().map(r -> r.path("text").asString("")).toList();
		float[][] emb = EmbeddingCache.embed(texts, embedder);
		LexiconSentiment lexicon = new LexiconSentiment();
		int n = rows.size();
		double[][] full = new double[n][];
		double[][] lex = new double[n][];
		double[] y = new double[n];
		double[] score = new double[n];
		boolean[] quartile = new boolean[n];
		List<String> domain = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			JsonNode r = rows.get(i);
			lex[i] = PolitenessFeatures.extract(texts.get(i), lexicon.score(texts.get(i)));
			full[i] = PolitenessModel.features(lex[i], emb[i]);
			JsonNode polite = r.path("polite");
			quartile[i] = polite.isNumber();
			score[i] = Math.max(-1.5, Math.min(1.5, r.path("score").asDouble()));
			y[i] = quartile[i] ? (polite.asInt() == 1 ? 1 : -1) : 0;
			domain.add(r.path("domain").asString());
			ids.add(r.path("id").asString());
		}
		return new Data(full, lex, y, quartile, domain, ids, score);
	}

	/** @return {acc_wiki, acc_se, auc_wiki, auc_se} of raw ridge outputs (polite when raw ≥ 0) on quartile items */
	static double[] evaluate(Data d, double[] raw) {
		double[] out = new double[4];
		String[] domains = { "wiki", "se" };
		for (int k = 0; k < 2; k++) {
			List<Double> s = new ArrayList<>();
			List<Boolean> p = new ArrayList<>();
			for (int i = 0; i < raw.length; i++) {
				if (d.quartile()[i] && domains[k].equals(d.domain().get(i))) {
					s.add(1 / (1 + Math.exp(-PolitenessModel.SLOPE * raw[i])));
					p.add(d.y()[i] > 0);
				}
			}
			double[] sa = s.stream().mapToDouble(Double::doubleValue).toArray();
			boolean[] pa = new boolean[p.size()];
			for (int i = 0; i < pa.length; i++) {
				pa[i] = p.get(i);
			}
			out[k] = Metrics.accuracy(sa, pa, 0.5);
			out[2 + k] = Metrics.auc(sa, pa);
		}
		return out;
	}

	/** @return {lambda, factor, acc_wiki, acc_se, auc_wiki, auc_se} of the best setting by acc_wiki + acc_se */
	static double[] cv(Data d, double[][] x, int lexical, String label) {
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		CrossValidation cv = new CrossValidation(x, d.score(), d.domain(), d.ids(), all);
		double[] best = null;
		for (double lambda : LAMBDAS) {
			for (double factor : lexical > 0 ? new double[] { 1, 0.1 } : new double[] { 1 }) {
				double[] e = evaluate(d, cv.predict(lambda, lexical, factor));
				System.out.printf(Locale.ROOT,
						"%s cv lambda=%-5s lexical=%-4s acc_wiki=%.4f acc_se=%.4f auc_wiki=%.4f auc_se=%.4f%n", label,
						lambda, factor, e[0], e[1], e[2], e[3]);
				if (best == null || e[0] + e[1] > best[2] + best[3]) {
					best = new double[] { lambda, factor, e[0], e[1], e[2], e[3] };
				}
			}
		}
		return best;
	}

	public static void main(String[] args) {
		Data d = load(new Embedder());
		int k = PolitenessFeatures.NAMES.length;
		double[] lex = cv(d, d.lexical(), 0, "lexical");
		double[] full = cv(d, d.full(), k, "full   ");
		if (List.of(args).contains("--write")) {
			write(d, d.lexical(), lex, 0, PolitenessModel.LEXICAL_RESOURCE, k + " politeness-strategy features");
			write(d, d.full(), full, k, PolitenessModel.RESOURCE,
					k + " politeness-strategy features + 384-d all-MiniLM-L6-v2-q embedding");
		}
	}

	static void write(Data d, double[][] x, double[] best, int lexical, String resource, String features) {
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		Ridge.Weights w = Ridge.fit(x, d.score(), all).solve(best[0], lexical, best[1]);
		int n = all.length;
		WeightsFile.write(Path.of("src/main/resources" + resource), List.of(
				"Politeness model (org.servicemind.analysis.model.PolitenessModel): ridge regression, lambda=" + best[0]
						+ (lexical > 0 ? ", penalty of strategy features x" + best[1] : ""),
				"features: " + features + " (PolitenessFeatures.NAMES order)",
				"target: normalised politeness score, clipped to -1.5..1.5, of all " + n
						+ " items of ../shared/datasets/politeness/dev.jsonl (wiki and se)",
				String.format(Locale.ROOT,
						"5-fold CV (domain-stratified) on the quartile items: acc_wiki=%.4f acc_se=%.4f auc_wiki=%.4f auc_se=%.4f",
						best[2], best[3], best[4], best[5]),
				"data licence: Stanford Politeness Corpus, CC BY 4.0 (Danescu-Niculescu-Mizil et al., ACL 2013)",
				"training command (project root): ./mvnw -B -o -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.servicemind.analysis.training.TrainPoliteness --write",
				"  where target/cp.txt comes from ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test",
				"first line below: bias; then one weight per feature"), w);
		System.out.println("wrote " + resource + " " + Arrays.toString(best));
	}
}
