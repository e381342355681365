package org.servicemind.analysis.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.lexical.PolitenessNgrams;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PolitenessModel;
import tools.jackson.databind.JsonNode;

/**
 * Trains the politeness models on ../shared/datasets/politeness/dev.jsonl (CC BY 4.0). Ridge regression on all
 * items (target: the normalised politeness score, clipped) over strategy features, hashed n-grams and (full model)
 * the embedding, with separate penalty multipliers for the strategy and the n-gram block; reports domain-stratified
 * 5-fold CV accuracy (polite when the score is at least 0.5, as score.py) and ROC-AUC per domain for a range of
 * penalties, then (with
 * {@code --write}) fits all dev items and writes both weight resources under src/main/resources.
 */
final class TrainPoliteness {

	static final double[] LAMBDAS = { 0.1, 0.3, 1, 3 };

	static final double[] STRATEGY_FACTORS = { 1, 0.1 };

	static final double[] NGRAM_FACTORS = { 1, 3, 10 };

	private TrainPoliteness() {
	}

	/** The politeness dev split: lexical features (strategies + n-grams) with and without the embedding, labels, domains. */
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
			lex[i] = PolitenessModel.lexicalFeatures(texts.get(i), lexicon.score(texts.get(i)));
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

	/**
	 * @param strategies number of leading strategy features; the next {@link PolitenessNgrams#BUCKETS} are n-grams
	 * @return {lambda, strategy factor, n-gram factor, acc_wiki, acc_se, auc_wiki, auc_se} of the best setting by
	 *         acc_wiki + acc_se
	 */
	static double[] cv(Data d, double[][] x, int strategies, String label) {
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		CrossValidation cv = new CrossValidation(x, d.score(), d.domain(), d.ids(), all);
		double[] best = null;
		for (double lambda : LAMBDAS) {
			for (double factor : STRATEGY_FACTORS) {
				for (double ngram : NGRAM_FACTORS) {
					double[] e = evaluate(d, cv.predict(lambda, factors(x[0].length, strategies, factor, ngram)));
					System.out.printf(Locale.ROOT, "%s cv lambda=%-4s strategies=%-4s ngrams=%-4s acc_wiki=%.4f "
							+ "acc_se=%.4f auc_wiki=%.4f auc_se=%.4f%n", label, lambda, factor, ngram, e[0], e[1], e[2],
							e[3]);
					if (best == null || e[0] + e[1] > best[3] + best[4]) {
						best = new double[] { lambda, factor, ngram, e[0], e[1], e[2], e[3] };
					}
				}
			}
		}
		return best;
	}

	/** @return penalty multipliers: strategies x factor, n-grams x ngram, the rest (embedding) x 1 */
	static double[] factors(int d, int strategies, double factor, double ngram) {
		double[] f = new double[d];
		Arrays.fill(f, 1);
		Arrays.fill(f, 0, strategies, factor);
		Arrays.fill(f, strategies, strategies + PolitenessNgrams.BUCKETS, ngram);
		return f;
	}

	public static void main(String[] args) {
		Data d = load(new Embedder());
		int k = PolitenessFeatures.NAMES.length;
		double[] lex = cv(d, d.lexical(), k, "lexical");
		double[] full = cv(d, d.full(), k, "full   ");
		String ngrams = PolitenessNgrams.BUCKETS + " hashed word n-grams (PolitenessNgrams)";
		if (List.of(args).contains("--write")) {
			write(d, d.lexical(), lex, k, PolitenessModel.LEXICAL_RESOURCE,
					k + " politeness-strategy features + " + ngrams);
			write(d, d.full(), full, k, PolitenessModel.RESOURCE,
					k + " politeness-strategy features + " + ngrams + " + 384-d all-MiniLM-L6-v2-q embedding");
		}
	}

	static void write(Data d, double[][] x, double[] best, int lexical, String resource, String features) {
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		Ridge.Weights w = Ridge.fit(x, d.score(), all).solve(best[0], factors(x[0].length, lexical, best[1], best[2]));
		int n = all.length;
		WeightsFile.write(Path.of("src/main/resources" + resource), List.of(
				"Politeness model (org.servicemind.analysis.model.PolitenessModel): ridge regression, lambda=" + best[0]
						+ ", penalty of strategy features x" + best[1] + ", of n-gram buckets x" + best[2],
				"features: " + features + " (PolitenessFeatures.NAMES order)",
				"target: normalised politeness score, clipped to -1.5..1.5, of all " + n
						+ " items of ../shared/datasets/politeness/dev.jsonl (wiki and se)",
				String.format(Locale.ROOT,
						"5-fold CV (domain-stratified) on the quartile items: acc_wiki=%.4f acc_se=%.4f auc_wiki=%.4f auc_se=%.4f",
						best[3], best[4], best[5], best[6]),
				"data licence: Stanford Politeness Corpus, CC BY 4.0 (Danescu-Niculescu-Mizil et al., ACL 2013)",
				"training command (project root): ./mvnw -B -o -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.servicemind.analysis.training.TrainPoliteness --write",
				"  where target/cp.txt comes from ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test",
				"first line below: bias; then one weight per feature"), w);
		System.out.println("wrote " + resource + " " + Arrays.toString(best));
	}
}
