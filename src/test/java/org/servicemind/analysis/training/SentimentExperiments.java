package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.PolitenessNgrams;
import org.servicemind.analysis.model.EmotionSignalsProbe;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.SentimentModel;
import tools.jackson.databind.JsonNode;

/**
 * Exploratory 5-fold CV runs for the sentiment model (not part of the product), same folds as {@link TrainSentiment};
 * the base features are the shipped ones ({@link SentimentModel#features}, which since sent11 include the
 * compound-times-shape block that the {@code inter} block below first tried). Arguments: feature blocks with their penalty factor, e.g. {@code heads=1 style=0.1}; blocks: {@code emo} (six
 * emotion linear logits), {@code heads} (32 emotion MLP heads), {@code style} (text-shape features), {@code inter}
 * (compound times the style features), {@code ngrams} (1,024 hashed uni/bigrams). Prints one line per lambda.
 */
final class SentimentExperiments {

	private SentimentExperiments() {
	}

	public static void main(String[] args) {
		List<JsonNode> rows = Jsonl.read("vader/dev.jsonl");
		List<String> texts = rows.stream().map(r -> r.path("text").asString("")).toList();
		float[][] emb = EmbeddingCache.embed(texts, new Embedder());
		LexiconSentiment lexicon = new LexiconSentiment();
		int n = rows.size();
		double[] y = new double[n];
		List<String> domain = new ArrayList<>();
		List<String> group = new ArrayList<>();
		Map<String, double[][]> blocks = new LinkedHashMap<>();
		double[][] base = new double[n][];
		for (int i = 0; i < n; i++) {
			JsonNode r = rows.get(i);
			base[i] = SentimentModel.features(texts.get(i), lexicon.score(texts.get(i)), emb[i]);
			y[i] = r.path("mean_sentiment").asDouble() / 4;
			String id = r.path("id").asString();
			domain.add(r.path("domain").asString());
			int cut = id.lastIndexOf('_');
			group.add(cut > 0 ? id.substring(0, cut) : id);
		}
		List<String> names = new ArrayList<>();
		List<Double> factors = new ArrayList<>();
		double[] lambdas = { 0.5, 0.7, 1, 1.5 };
		double[] weight = null;
		String mlp = null;
		for (String a : args) {
			String[] kv = a.split("=");
			if (kv[0].equals("mlp")) {
				mlp = kv[1];
				continue;
			}
			if (kv[0].startsWith("w_")) {
				weight = weight != null ? weight : filled(n, 1);
				for (int i = 0; i < n; i++) {
					if (domain.get(i).equals(kv[0].substring(2))) {
						weight[i] = Double.parseDouble(kv[1]);
					}
				}
				continue;
			}
			if (kv[0].equals("lambdas")) {
				lambdas = Arrays.stream(kv[1].split(",")).mapToDouble(Double::parseDouble).toArray();
				continue;
			}
			names.add(kv[0]);
			factors.add(Double.parseDouble(kv[1]));
		}
		for (String name : names) {
			double[][] b = new double[n][];
			for (int i = 0; i < n; i++) {
				b[i] = block(name, texts.get(i), emb[i], base[i]);
			}
			blocks.put(name, b);
		}
		int width = base[0].length + blocks.values().stream().mapToInt(b -> b[0].length).sum();
		double[][] x = new double[n][width];
		for (int i = 0; i < n; i++) {
			System.arraycopy(base[i], 0, x[i], 0, base[i].length);
			int at = base[i].length;
			for (double[][] b : blocks.values()) {
				System.arraycopy(b[i], 0, x[i], at, b[i].length);
				at += b[i].length;
			}
		}
		TrainSentiment.Data d = new TrainSentiment.Data(x, y, domain, group);
		boolean[] all = new boolean[n];
		Arrays.fill(all, true);
		CrossValidation cv = new CrossValidation(x, y, domain, group, all, weight);
		double[] net = mlp == null ? null : mlpOutOfFold(x, y, cv.folds(), weight, mlp);
		if (net != null) {
			System.out.println("mlp " + mlp + " alone " + TrainSentiment.format(TrainSentiment.perDomain(d, net)));
		}
		for (double lexical : new double[] { 0.01 }) {
			for (double lambda : lambdas) {
				double[] f = Arrays.copyOf(TrainSentiment.factors(lexical), width);
				Arrays.fill(f, base[0].length, width, 1);
				int at = base[0].length;
				int k = 0;
				for (double[][] b : blocks.values()) {
					for (int j = 0; j < b[0].length; j++) {
						f[at + j] = factors.get(k);
					}
					at += b[0].length;
					k++;
				}
				double[] ridge = cv.predict(lambda, f);
				for (double share : net == null ? new double[] { 0 } : new double[] { 0, 0.3, 0.5, 0.7 }) {
					double[] pred = new double[n];
					for (int i = 0; i < n; i++) {
						double p = net == null ? ridge[i] : (1 - share) * ridge[i] + share * net[i];
						pred[i] = Math.max(-1, Math.min(1, p));
					}
					double[] r = TrainSentiment.perDomain(d, pred);
					double margin = Double.MAX_VALUE;
					for (int j = 0; j < r.length; j++) {
						margin = Math.min(margin, r[j] - TrainSentiment.TARGETS[j]);
					}
					System.out.printf(Locale.ROOT, "%s lambda=%-4s mlpshare=%s %s margin=%.4f%n", String.join(" ", args),
							lambda, share, TrainSentiment.format(r), margin);
				}
			}
		}
	}

	/** @return out-of-fold outputs of MLPs ({@code hidden,epochs,decay,seeds}) averaged over seeds */
	static double[] mlpOutOfFold(double[][] x, double[] y, int[] fold, double[] weight, String spec) {
		String[] p = spec.split(",");
		RegressionMlp trainer = new RegressionMlp();
		trainer.hidden = Integer.parseInt(p[0]);
		trainer.epochs = Integer.parseInt(p[1]);
		trainer.decay = Double.parseDouble(p[2]);
		int seeds = Integer.parseInt(p[3]);
		if (p.length > 4) {
			trainer.rate = Double.parseDouble(p[4]);
		}
		double[] out = new double[x.length];
		for (int f = 0; f < CrossValidation.FOLDS; f++) {
			boolean[] use = new boolean[x.length];
			for (int i = 0; i < x.length; i++) {
				use[i] = fold[i] != f;
			}
			for (int s = 0; s < seeds; s++) {
				org.servicemind.analysis.model.EmbeddingMlp m = trainer.train(x, y, use, weight, 11 + s);
				for (int i = 0; i < x.length; i++) {
					if (fold[i] == f) {
						out[i] += RegressionMlp.predict(m, x[i]) / seeds;
					}
				}
			}
		}
		return out;
	}

	static double[] filled(int n, double v) {
		double[] a = new double[n];
		Arrays.fill(a, v);
		return a;
	}

	static double[] block(String name, String text, float[] emb, double[] base) {
		switch (name) {
			case "emo":
				return Arrays.copyOf(EmotionSignalsProbe.logits(text, emb), 6);
			case "heads": {
				double[] l = EmotionSignalsProbe.logits(text, emb);
				return Arrays.copyOfRange(l, 6, l.length);
			}
			case "style":
				return style(text);
			case "inter": {
				double[] s = style(text);
				double[] out = new double[s.length];
				for (int j = 0; j < s.length; j++) {
					out[j] = base[0] * s[j];
				}
				return out;
			}
			case "embshort": {
				double[] out = new double[emb.length];
				double g = 1 / Math.log(2 + base[7] * 0 + text.split("\\s+").length);
				for (int j = 0; j < emb.length; j++) {
					out[j] = emb[j] * g;
				}
				return out;
			}
			case "ngrams":
				return PolitenessNgrams.extract(text);
			default:
				throw new IllegalArgumentException(name);
		}
	}

	/** Text-shape features: length, punctuation, capitals, social-media marks. */
	static double[] style(String text) {
		String[] words = text.trim().split("\\s+");
		int caps = 0;
		int elongated = 0;
		int mentions = 0;
		int tags = 0;
		int urls = 0;
		for (String w : words) {
			if (w.length() > 1 && w.chars().anyMatch(Character::isLetter)
					&& w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
				caps++;
			}
			if (w.matches(".*(\\p{L})\\1\\1.*")) {
				elongated++;
			}
			if (w.startsWith("@")) {
				mentions++;
			}
			if (w.startsWith("#")) {
				tags++;
			}
			if (w.startsWith("http") || w.startsWith("www.")) {
				urls++;
			}
		}
		long excl = text.chars().filter(c -> c == '!').count();
		long quest = text.chars().filter(c -> c == '?').count();
		long emoji = text.codePoints().filter(c -> c >= 0x1F300 || (c >= 0x2600 && c <= 0x27BF)).count();
		int emoticons = 0;
		for (String w : words) {
			if (w.matches("[:;=8][-o']?[()\\[\\]dDpP/\\\\|*]+|[()\\[\\]dDpP/\\\\|*]+[-o']?[:;=]|<3")) {
				emoticons++;
			}
		}
		double nw = words.length;
		return new double[] { Math.log1p(nw), Math.log1p(excl), Math.log1p(quest), caps / nw, Math.log1p(elongated),
				mentions > 0 ? 1 : 0, tags > 0 ? 1 : 0, urls > 0 ? 1 : 0, Math.log1p(emoji + emoticons),
				text.matches("(?is).*\\bbut\\b.*") ? 1 : 0, text.equals(text.toLowerCase(Locale.ROOT)) ? 1 : 0 };
	}
}
