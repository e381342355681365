package org.servicemind.analysis.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SentimentModel;
import tools.jackson.databind.JsonNode;

/**
 * Trains the sentiment model on ../shared/datasets/vader/dev.jsonl (MIT): reports the domain-stratified, grouped
 * 5-fold cross-validated Pearson r per domain for a range of ridge penalties, then (with {@code --write}) fits the
 * chosen penalty on all of dev and writes {@value SentimentModel#RESOURCE} under src/main/resources. Run from the
 * project root (see docs/analysis-quality.md for the command).
 */
final class TrainSentiment {

	static final String[] DOMAINS = { "tweets", "amazon", "movies", "nyt" };

	static final double[] LAMBDAS = { 0.3, 0.5, 0.7, 1 };

	/** The targets per domain (tweets, amazon, movies, nyt). */
	static final double[] TARGETS = { 0.88, 0.69, 0.67, 0.56 };

	static final double[] LEXICAL_PENALTY = { 0.1, 0.03, 0.01 };

	private TrainSentiment() {
	}

	/** The vader dev split as features and targets. */
	record Data(double[][] x, double[] y, List<String> domain, List<String> group) {
	}

	static Data load(Embedder embedder) {
		List<JsonNode> rows = Jsonl.read("vader/dev.jsonl");
		List<String> texts = rows.stream().map(r -> r.path("text").asString("")).toList();
		float[][] emb = EmbeddingCache.embed(texts, embedder);
		LexiconSentiment lexicon = new LexiconSentiment();
		double[][] x = new double[rows.size()][];
		double[] y = new double[rows.size()];
		List<String> domain = new ArrayList<>();
		List<String> group = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			JsonNode r = rows.get(i);
			x[i] = SentimentModel.features(lexicon.score(texts.get(i)), emb[i]);
			y[i] = r.path("mean_sentiment").asDouble() / 4;
			String id = r.path("id").asString();
			domain.add(r.path("domain").asString());
			int cut = id.lastIndexOf('_');
			group.add(cut > 0 ? id.substring(0, cut) : id);
		}
		return new Data(x, y, domain, group);
	}

	/** @return Pearson r of {@code pred} against gold per domain, in the order of {@link #DOMAINS} */
	static double[] perDomain(Data d, double[] pred) {
		double[] r = new double[DOMAINS.length];
		for (int k = 0; k < DOMAINS.length; k++) {
			String dom = DOMAINS[k];
			List<Integer> idx = new ArrayList<>();
			for (int i = 0; i < pred.length; i++) {
				if (dom.equals(d.domain().get(i))) {
					idx.add(i);
				}
			}
			r[k] = Metrics.pearson(idx.stream().mapToDouble(i -> pred[i]).toArray(),
					idx.stream().mapToDouble(i -> d.y()[i]).toArray());
		}
		return r;
	}

	/** The chosen setting and its cross-validated r per domain. */
	record Best(double lambda, double factor, double[] r) {

		double mean() {
			return (r[0] + r[1] + r[2] + r[3]) / 4;
		}
	}

	/** @return the setting whose smallest margin over the per-domain targets is largest, by 5-fold CV */
	static Best search(Data d, boolean print) {
		boolean[] all = new boolean[d.y().length];
		Arrays.fill(all, true);
		CrossValidation cv = new CrossValidation(d.x(), d.y(), d.domain(), d.group(), all);
		Best best = null;
		double bestMargin = Double.NEGATIVE_INFINITY;
		for (double lambda : LAMBDAS) {
			for (double factor : LEXICAL_PENALTY) {
				double[] pred = cv.predict(lambda, SentimentModel.LEXICAL_FEATURES, factor);
				for (int i = 0; i < pred.length; i++) {
					pred[i] = Math.max(-1, Math.min(1, pred[i]));
				}
				double[] r = perDomain(d, pred);
				double margin = Double.MAX_VALUE;
				for (int k = 0; k < r.length; k++) {
					margin = Math.min(margin, r[k] - TARGETS[k]);
				}
				if (print) {
					System.out.printf(Locale.ROOT, "cv lambda=%-6s lexical=%-5s %s margin=%.4f%n", lambda, factor,
							format(r), margin);
				}
				if (margin > bestMargin) {
					bestMargin = margin;
					best = new Best(lambda, factor, r);
				}
			}
		}
		return best;
	}

	public static void main(String[] args) {
		Data d = load(new Embedder());
		double[] lex = new double[d.x().length];
		for (int i = 0; i < lex.length; i++) {
			lex[i] = d.x()[i][0];
		}
		System.out.println("lexicon only      " + format(perDomain(d, lex)));
		Best best = search(d, true);
		if (List.of(args).contains("--write")) {
			boolean[] all = new boolean[d.y().length];
			Arrays.fill(all, true);
			Ridge.Weights w = Ridge.fit(d.x(), d.y(), all).solve(best.lambda(), SentimentModel.LEXICAL_FEATURES,
					best.factor());
			WeightsFile.write(Path.of("src/main/resources" + SentimentModel.RESOURCE), List.of(
					"Sentiment model (org.servicemind.analysis.model.SentimentModel): ridge regression, lambda="
							+ best.lambda() + ", penalty of lexicon features x" + best.factor(),
					"features: " + SentimentModel.LEXICAL_FEATURES
							+ " VADER-style lexicon features (LexiconSentiment) + 384-d all-MiniLM-L6-v2-q embedding",
					"target: mean_sentiment / 4 of ../shared/datasets/vader/dev.jsonl, all " + d.y().length + " items",
					"data licence: VADER ground truth, MIT (C.J. Hutto, E. Gilbert, ICWSM 2014)",
					"training command (project root): ./mvnw -B -o -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.servicemind.analysis.training.TrainSentiment --write",
					"  where target/cp.txt comes from ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test",
					String.format(Locale.ROOT, "5-fold CV (domain-stratified, documents grouped) r: %s mean=%.4f",
							format(best.r()), best.mean()),
					"first line below: bias; then one weight per feature"), w);
			System.out.println("wrote weights " + best.lambda() + " x" + best.factor() + " " + format(best.r()));
		}
	}

	static String format(double[] r) {
		return String.format(Locale.ROOT, "tweets=%.4f amazon=%.4f movies=%.4f nyt=%.4f", r[0], r[1], r[2], r[3]);
	}
}
