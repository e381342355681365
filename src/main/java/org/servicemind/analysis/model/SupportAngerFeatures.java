package org.servicemind.analysis.model;

import java.util.List;

/**
 * The lexical input of the support-mail anger head: {@link #COUNT} values per customer message, next to its 384-d
 * embedding. Values 0 to {@link #FROM_LEXICAL}{@code .length - 1} are copied from the {@link EmotionFeatures} lexical
 * block (anger and annoyance words, profanity, escalation, caps, punctuation, ...); the rest are counts
 * ({@code log(1+n)}) of the {@link SupportAngerLexicon} families (repetition, leaving, outside parties, sarcasm,
 * calm and mild wording, demands, contempt), sarcastic praise (praise words in a message that also complains),
 * excited positives (capitals or {@code !} with praise and no complaint), feeling words about someone else or
 * negated ("my son was cross", "not angry at all"), and clipped one- or two-word sentences ("Cancel. Everything.").
 * Stateless and thread-safe.
 */
public final class SupportAngerFeatures {

	/** Indices of the {@link EmotionFeatures} lexical block used by the head, in output order. */
	static final int[] FROM_LEXICAL = { EmotionFeatures.ANGER, EmotionFeatures.ANNOYANCE, EmotionFeatures.PROFANITY,
			EmotionFeatures.APOLOGY, EmotionFeatures.BLAME, EmotionFeatures.NEGATED_POSITIVE,
			EmotionFeatures.ESCALATION, EmotionFeatures.URGENCY, EmotionFeatures.INSULT, EmotionFeatures.GRATITUDE,
			EmotionFeatures.POSITIVE, EmotionFeatures.RHETORICAL, EmotionFeatures.CAPS_RATIO,
			EmotionFeatures.CAPS_WORDS, EmotionFeatures.EXCLAMATIONS, EmotionFeatures.QUESTIONS,
			EmotionFeatures.REPEATED_PUNCT, EmotionFeatures.SCARE_QUOTES, EmotionFeatures.LENGTH,
			EmotionFeatures.SECOND_PERSON, EmotionFeatures.SMILEY };

	private static final List<List<String>> LISTS = List.of(SupportAngerLexicon.REPEAT, SupportAngerLexicon.LEAVE,
			SupportAngerLexicon.EXTERNAL, SupportAngerLexicon.PRAISE, SupportAngerLexicon.SARCASM,
			SupportAngerLexicon.CALM, SupportAngerLexicon.MILD, SupportAngerLexicon.DEMAND,
			SupportAngerLexicon.CONTEMPT);

	private static final int REPEAT = 0, LEAVE = 1, EXTERNAL = 2, PRAISE = 3, SARCASM = 4, CALM = 5, MILD = 6,
			DEMAND = 7, CONTEMPT = 8;

	/** Number of values: the copied lexical ones, the families, and five derived values. */
	public static final int COUNT = FROM_LEXICAL.length + 9 + 5;

	private static final CueIndex CUES = new CueIndex(LISTS);

	private static final ThreadLocal<EmotionTokens> TOKENS = ThreadLocal.withInitial(EmotionTokens::new);

	private SupportAngerFeatures() {
	}

	/**
	 * The input vector of the support-mail anger head.
	 *
	 * @param text the message (null reads as empty)
	 * @param embedding its {@value Embedder#DIMENSION}-d embedding
	 * @return the embedding followed by the {@link #COUNT} values of {@link #of}
	 */
	public static double[] headInput(String text, float[] embedding) {
		return headInput(text, embedding, new EmotionFeatures().sparse(text).lexical());
	}

	static double[] headInput(String text, float[] embedding, double[] lexical) {
		double[] lex = of(text, lexical);
		double[] x = new double[Embedder.DIMENSION + COUNT];
		for (int i = 0; i < Embedder.DIMENSION; i++) {
			x[i] = embedding[i];
		}
		System.arraycopy(lex, 0, x, Embedder.DIMENSION, COUNT);
		return x;
	}

	/**
	 * @param text the message (null reads as empty; cut at {@link EmotionFeatures#MAX_CHARS})
	 * @param lexical its {@link EmotionFeatures} lexical block ({@link EmotionFeatures#LEXICAL} values)
	 * @return {@link #COUNT} values, each 0 or more (counts as {@code log(1+n)}, ratios in 0..1)
	 */
	static double[] of(String text, double[] lexical) {
		String t = text == null ? "" : text.length() > EmotionFeatures.MAX_CHARS
				? text.substring(0, EmotionFeatures.MAX_CHARS) : text;
		t = t.replace('\u2019', '\'').replace('\u2018', '\'');
		EmotionTokens tokens = TOKENS.get();
		tokens.tokenise(t, CUES);
		int[] counts = new int[LISTS.size()];
		CUES.count(tokens, counts);
		double[] out = new double[COUNT];
		int k = 0;
		for (int i : FROM_LEXICAL) {
			out[k++] = lexical[i];
		}
		for (int c : counts) {
			out[k++] = Math.log1p(c);
		}
		double complaint = lexical[EmotionFeatures.ANGER] + lexical[EmotionFeatures.ANNOYANCE]
				+ lexical[EmotionFeatures.NEGATED_POSITIVE] + lexical[EmotionFeatures.SCARE_QUOTES]
				+ lexical[EmotionFeatures.RHETORICAL] + Math.log1p(counts[REPEAT] + counts[CONTEMPT] + counts[DEMAND]);
		double praise = Math.log1p(counts[PRAISE]);
		out[k++] = Math.min(praise, complaint);
		double excitement = lexical[EmotionFeatures.CAPS_WORDS] + lexical[EmotionFeatures.EXCLAMATIONS];
		double positive = praise + lexical[EmotionFeatures.POSITIVE] + lexical[EmotionFeatures.GRATITUDE];
		out[k++] = complaint > 0 ? 0 : Math.min(excitement, positive);
		int[] feelings = feelings(tokens);
		out[k++] = Math.log1p(feelings[0]);
		out[k++] = Math.log1p(feelings[1]);
		out[k++] = clipped(t);
		return out;
	}

	/**
	 * @return {number of feeling words with someone else (or the writer's self, "at myself") as subject or object
	 *     within three tokens before or two after, number of negated feeling words ("not angry")}
	 */
	private static int[] feelings(EmotionTokens tokens) {
		int others = 0;
		int negated = 0;
		for (int i = 0; i < tokens.size; i++) {
			if (!SupportAngerLexicon.FEELINGS.contains(tokens.lowerString(i))) {
				continue;
			}
			boolean other = false;
			for (int j = Math.max(0, i - 3); j <= Math.min(tokens.size - 1, i + 2); j++) {
				other |= j != i && SupportAngerLexicon.OTHERS.contains(tokens.lowerString(j));
			}
			others += other ? 1 : 0;
			boolean not = false;
			for (int j = Math.max(0, i - 3); j < i; j++) {
				String w = tokens.lowerString(j);
				not |= w.equals("not") || w.equals("never") || w.equals("no") || w.endsWith("n't");
			}
			negated += not ? 1 : 0;
		}
		return new int[] { others, negated };
	}

	/** @return share of sentences (split at . ! ?) with one or two words, 0 when fewer than two such sentences (a lone
	 *     "Thanks." does not count) */
	private static double clipped(String t) {
		int sentences = 0;
		int shortOnes = 0;
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i <= t.length(); i++) {
			char c = i < t.length() ? t.charAt(i) : '.';
			boolean letter = Character.isLetterOrDigit(c);
			if (letter && !inWord) {
				words++;
			}
			inWord = letter || (inWord && c == '\'');
			if (c == '.' || c == '!' || c == '?') {
				if (words > 0) {
					sentences++;
					shortOnes += words <= 2 ? 1 : 0;
				}
				words = 0;
			}
		}
		return shortOnes < 2 ? 0 : (double) shortOnes / sentences;
	}
}
