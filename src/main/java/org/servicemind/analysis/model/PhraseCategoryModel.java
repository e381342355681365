package org.servicemind.analysis.model;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Sentence-level one-vs-rest classifiers that complement the rule tiers: for each category, a logistic model over the
 * 384-d vector of one sentence, pooled from the message's own {@link Embedder} run ({@link Embedder#embedPooled}: mean
 * of the sentence's token vectors, L2-normalised). The decision threshold is folded into the bias, so a sentence shows a
 * category when its {@link #score} is above 0; thresholds were chosen by 5-fold cross-validation on ServiceMind's own
 * labelled sets: for distortions at a sentence-level precision of at least 0.9, for never-say (since round 7) at a
 * precision of at least 0.8 of the texts the model adds a category to beyond the rules (see the header of each
 * weights file and {@code training/TrainPhraseModels}). A category whose classifier reached no such threshold ships
 * no weights and is never reported.
 *
 * <p>Two families: {@link #NEVER_SAY} (categories of agent replies, as in {@code NeverSayGuard}) and
 * {@link #DISTORTION} (types of cognitive distortions in journal text, as in {@code SelfTalkAnalyzer}). Weights live
 * in {@code /org/servicemind/analysis/model/phrase-<family>-<category>.weights} in the {@link LinearModel} format.
 * Thread-safe and immutable.
 */
public final class PhraseCategoryModel {

	/** Family of never-say categories in agent replies. */
	public static final String NEVER_SAY = "never-say";

	/** Family of cognitive distortion types in journal text. */
	public static final String DISTORTION = "distortion";

	/** Never-say categories a model may exist for. */
	public static final List<String> NEVER_SAY_CATEGORIES = List.of("blaming_policy", "calm_down", "not_my_job",
			"you_should_have", "as_i_said", "sarcasm", "belittling", "vague_dont_know", "nothing_i_can_do",
			"you_are_mistaken", "no_offense", "dismissive");

	/** Distortion types a model may exist for. */
	public static final List<String> DISTORTION_TYPES = List.of("all_or_nothing", "catastrophising", "labelling",
			"mind_reading", "fortune_telling", "personalisation", "should_statements", "overgeneralisation",
			"mental_filter", "emotional_reasoning");

	/** Sentences with fewer words (runs of letters) are not classified (greetings, sign-offs, "Thanks.", dates). */
	public static final int MIN_WORDS = 3;

	/** Sentences classified per text at most. */
	public static final int MAX_SENTENCES = 12;

	/**
	 * A sentence the model assigns to a category.
	 *
	 * @param category the category or distortion type
	 * @param start offset of the sentence (inclusive)
	 * @param end offset of the sentence (exclusive)
	 * @param score logit above the threshold, always {@code > 0}
	 */
	public record Hit(String category, int start, int end, double score) {
	}

	private final Map<String, LinearModel> models;

	/** @param models one 384-d linear model per category, threshold folded into the bias; iteration order is kept */
	public PhraseCategoryModel(Map<String, LinearModel> models) {
		for (Map.Entry<String, LinearModel> e : models.entrySet()) {
			if (e.getValue().dimension() != Embedder.DIMENSION) {
				throw new IllegalArgumentException("model of " + e.getKey() + " has " + e.getValue().dimension()
						+ " weights, expected " + Embedder.DIMENSION);
			}
		}
		this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
	}

	/** @return the never-say model with every category that ships weights */
	public static PhraseCategoryModel neverSay() {
		return load(NEVER_SAY, NEVER_SAY_CATEGORIES);
	}

	/** @return the distortion model with every type that ships weights */
	public static PhraseCategoryModel distortions() {
		return load(DISTORTION, DISTORTION_TYPES);
	}

	/**
	 * @return a model with the categories of {@code family} whose resource exists (missing ones are skipped)
	 * @throws UncheckedIOException when a resource exists but is malformed
	 */
	public static PhraseCategoryModel load(String family, List<String> categories) {
		Map<String, LinearModel> found = new LinkedHashMap<>();
		for (String category : categories) {
			String resource = resource(family, category);
			if (PhraseCategoryModel.class.getResource(resource) != null) {
				found.put(category, LinearModel.load(resource));
			}
		}
		return new PhraseCategoryModel(found);
	}

	/** @return the classpath resource of one category's weights */
	public static String resource(String family, String category) {
		return "/org/servicemind/analysis/model/phrase-" + family + "-" + category + ".weights";
	}

	/** @return the categories this model can report, in load order */
	public Set<String> categories() {
		return models.keySet();
	}

	/** @return logit minus threshold of {@code category} for one sentence embedding; {@code NaN} when unknown */
	public double score(String category, float[] embedding) {
		LinearModel model = models.get(category);
		return model == null ? Double.NaN : model.score(toDouble(embedding));
	}

	/** @return the categories whose score on {@code embedding} is above 0, in load order */
	public List<String> categoriesOf(float[] embedding) {
		double[] x = toDouble(embedding);
		List<String> out = new ArrayList<>(2);
		models.forEach((category, model) -> {
			if (model.score(x) > 0) {
				out.add(category);
			}
		});
		return out;
	}

	/**
	 * Whether the model reads a sentence: it has at least {@link #MIN_WORDS} words, is not a quoted line ({@code >})
	 * and is not a question (its last character is not {@code ?}): the labelled sets the model learned from hold
	 * almost no questions (fewer than 1 in 30 texts), so its scores on them are not trustworthy.
	 *
	 * @param s a {@code start} up to, not including, {@code end} range from {@link #sentences}
	 */
	public static boolean classifiable(String text, int[] s) {
		return s[1] > s[0] && text.charAt(s[0]) != '>' && text.charAt(s[1] - 1) != '?'
				&& words(text, s[0], s[1]) >= MIN_WORDS;
	}

	/**
	 * @return the {@link #classifiable} sentences of {@code text}, in order: the ranges whose vectors {@link #find}
	 *     may ask for (pool them with {@link Embedder#embedPooled})
	 */
	public static List<int[]> candidates(String text) {
		List<int[]> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		for (int[] s : sentences(text)) {
			if (classifiable(text, s)) {
				out.add(s);
			}
		}
		return out;
	}

	/**
	 * Classifies the sentences of {@code text} that do not overlap a range in {@code covered} (typically the spans the
	 * rules already reported) and are {@link #classifiable}; at most {@link #MAX_SENTENCES} sentences are looked up.
	 *
	 * @param covered {@code start} up to, not including, {@code end} ranges; may be empty
	 * @param vectorOf the 384-d vector of one {@code start} up to, not including, {@code end} sentence range (normally pooled from the message's
	 *     own model run, see {@link Embedder#embedPooled}); a sentence whose vector is {@code null} or not 384-d is
	 *     skipped
	 * @return one hit per sentence and category above threshold, ordered by offset; empty when the model has no
	 *     categories (then nothing is looked up)
	 */
	public List<Hit> find(String text, List<int[]> covered, Function<int[], float[]> vectorOf) {
		if (models.isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		int looked = 0;
		for (int[] s : candidates(text)) {
			if (looked >= MAX_SENTENCES) {
				break;
			}
			if (overlaps(s, covered)) {
				continue;
			}
			float[] v = vectorOf.apply(s);
			looked++;
			if (v == null || v.length != Embedder.DIMENSION) {
				continue;
			}
			double[] x = toDouble(v);
			for (Map.Entry<String, LinearModel> e : models.entrySet()) {
				double score = e.getValue().score(x);
				if (score > 0) {
					hits.add(new Hit(e.getKey(), s[0], s[1], score));
				}
			}
		}
		return hits;
	}

	/**
	 * @return a lookup for {@link #find}: the vector of {@code ranges[i]} is {@code vectors[i]}; any other range has
	 *     {@code null}
	 */
	public static Function<int[], float[]> lookup(List<int[]> ranges, float[][] vectors) {
		return s -> {
			for (int i = 0; i < ranges.size() && i < vectors.length; i++) {
				int[] r = ranges.get(i);
				if (r[0] == s[0] && r[1] == s[1]) {
					return vectors[i];
				}
			}
			return null;
		};
	}

	/**
	 * Splits text into sentences: a sentence ends at a line break, or at {@code .}, {@code !} or {@code ?} (runs
	 * included) followed by white space or the end. Ranges are trimmed of white space; blank ones are dropped.
	 *
	 * @return {@code start} up to, not including, {@code end} ranges in order
	 */
	public static List<int[]> sentences(String text) {
		List<int[]> out = new ArrayList<>();
		int start = 0;
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			int end = -1;
			if (c == '\n' || c == '\r') {
				end = i;
			}
			else if (c == '.' || c == '!' || c == '?') {
				int j = i;
				while (j + 1 < n && ".!?".indexOf(text.charAt(j + 1)) >= 0) {
					j++;
				}
				if (j + 1 == n || Character.isWhitespace(text.charAt(j + 1))) {
					end = j + 1;
				}
				i = j;
			}
			if (end >= 0) {
				add(out, text, start, end);
				start = end;
			}
			i++;
		}
		add(out, text, start, n);
		return out;
	}

	private static void add(List<int[]> out, String text, int from, int to) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		if (e > s) {
			out.add(new int[] { s, e });
		}
	}

	private static boolean overlaps(int[] s, List<int[]> covered) {
		for (int[] c : covered) {
			if (c[0] < s[1] && s[0] < c[1]) {
				return true;
			}
		}
		return false;
	}

	private static int words(String text, int from, int to) {
		int count = 0;
		boolean in = false;
		for (int i = from; i < to; i++) {
			boolean letter = Character.isLetter(text.charAt(i));
			if (letter && !in) {
				count++;
			}
			in = letter;
		}
		return count;
	}

	private static double[] toDouble(float[] v) {
		double[] x = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			x[i] = v[i];
		}
		return x;
	}
}
