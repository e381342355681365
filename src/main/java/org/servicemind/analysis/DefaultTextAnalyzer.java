package org.servicemind.analysis;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.servicemind.analysis.lexical.ClarityScorer;
import org.servicemind.analysis.lexical.CommitmentExtractor;
import org.servicemind.analysis.lexical.DetailPreferenceScorer;
import org.servicemind.analysis.lexical.EmojiTone;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.SelfTalk;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionScorer;
import org.servicemind.analysis.model.EmotionScores;
import org.servicemind.analysis.model.PhraseCategoryModel;
import org.servicemind.analysis.model.PolitenessModel;
import org.servicemind.analysis.model.SentimentModel;

/**
 * The engine: cleans and bounds the text ({@link PlainText}), embeds it once (model tier), runs every scorer, applies
 * the role rules (findings and commitments for agent text, distortions for journal text, detail preference for
 * customer text) and clamps every signal to its range. A scorer that fails yields its neutral value, so
 * {@link #analyze} never throws. Thread-safe when its parts are, which they are by contract. Blank and invisible
 * characters at the start of the cleaned text ({@link PlainText#leadingBlank}) are left out of the analysis, so " Calm
 * down." reads like "Calm down."; offsets of findings, commitments and distortions still count from the start of the
 * cleaned text.
 *
 * <p>A text without words ({@link PlainText#hasWord}: no letter or digit after HTML stripping, e.g. empty, only
 * whitespace, NBSP or zero-width characters, only punctuation or emoji, or markup that strips to nothing) is not
 * scored: it gets {@link #neutral} in both tiers, except that the tone of its emoji ({@link EmojiTone}), if it has any
 * of that table, sets its sentiment and its anger floor.
 *
 * <p>Emoji carry no weight in the word lexicon or the embedding, so their tone is added after scoring: sentiment
 * moves by {@value #EMOJI_WEIGHT} times the emoji valence (-1..1), and anger is at least {@link
 * EmojiTone.Tone#angerFloor()} (0.6 with one angry emoji, 0.75 with two).
 */
final class DefaultTextAnalyzer implements TextAnalyzer {

	/** Tone and anger scores of an agent reply from which its acknowledged feelings are taken out and scored again. */
	static final double RESCORE_FROM = 0.4;

	/** Share of the emoji valence added to the sentiment of a text with words. */
	static final double EMOJI_WEIGHT = 0.5;

	/** Characters handed to the embedder; the model reads only its first 256 word pieces anyway. */
	private static final int EMBED_CHARS = 2_000;

	private static final float[] NO_EMBEDDING = new float[0];

	private static final Embedder.Pooled NOT_EMBEDDED = new Embedder.Pooled(NO_EMBEDDING, new float[0][]);

	private static final EmotionScores NEUTRAL_EMOTIONS = new EmotionScores(0, 0, 0, 0, 0, 0);

	private final @Nullable Embedder embedder;

	private final Parts parts;

	/** The scorers, loaded once and shared. */
	record Parts(LexiconSentiment lexicon, SentimentModel sentiment, PolitenessModel politeness,
			EmotionScorer emotions, NeverSayGuard neverSay, CommitmentExtractor commitments, SelfTalkAnalyzer selfTalk,
			DetailPreferenceScorer detailPreference, ClarityScorer clarity) {
	}

	/** @param embedder the embedding model, or {@code null} for the lexical tier only */
	DefaultTextAnalyzer(@Nullable Embedder embedder, Parts parts) {
		this.embedder = embedder;
		this.parts = parts;
	}

	@Override
	public MessageAnalysis analyze(@Nullable String text, @Nullable AnalysisContext context) {
		AnalysisContext ctx = context != null ? context : AnalysisContext.of(Role.CUSTOMER);
		Role role = ctx.role() != null ? ctx.role() : Role.CUSTOMER;
		PlainText.Result plain = safe(() -> PlainText.of(text != null ? text : ""), new PlainText.Result("", false));
		int lead = PlainText.leadingBlank(plain.text());
		String t = plain.text().substring(lead);
		EmojiTone.Tone emoji = safe(() -> EmojiTone.of(t), EmojiTone.Tone.NONE);
		if (!PlainText.hasWord(t)) {
			MessageAnalysis neutral = neutral(embed("", List.of()).embedding(), plain.truncated());
			return emoji.emoji() == 0 ? neutral : withTone(neutral, emoji.valence(), emoji.angerFloor());
		}
		List<int[]> sentences = phraseSentences(t, role);
		Embedder.Pooled pooled = embed(t, sentences);
		float[] embedding = pooled.embedding();
		LexiconSentiment.Scores lex = safe(() -> parts.lexicon().score(t),
				new LexiconSentiment.Scores(0, 0, 0, 0, 0));
		double sentiment = signed(safe(() -> parts.sentiment().score(t, lex, embedding), 0.0));
		double politeness = unit(safe(() -> parts.politeness().score(t, lex, embedding), 0.5), 0.5);
		EmotionScores emotions = safe(() -> parts.emotions().score(t, embedding, role == Role.AGENT),
				NEUTRAL_EMOTIONS);
		if (emotions == null) {
			emotions = NEUTRAL_EMOTIONS;
		}
		if (role == Role.AGENT) {
			emotions = withoutAcknowledgedFeelings(t, emotions);
		}
		List<Finding> findings = role == Role.AGENT ? safeList(() -> parts.neverSay().scan(t)) : List.of();
		List<Commitment> commitments = role == Role.AGENT ? safeList(() -> parts.commitments().extract(t, ctx))
				: List.of();
		SelfTalk selfTalk = role == Role.JOURNAL ? safe(() -> parts.selfTalk().analyze(t), null) : null;
		if (selfTalk != null) {
			selfTalk = withPhraseModelDistortions(t, selfTalk, sentences, pooled.ranges());
		}
		double distortion = selfTalk != null ? unit(selfTalk.distortion(), 0) : 0;
		List<Distortion> distortions = selfTalk != null && selfTalk.distortions() != null
				? List.copyOf(selfTalk.distortions()) : List.of();
		if (role == Role.AGENT) {
			findings = withPhraseModelFindings(t, findings, sentences, pooled.ranges());
		}
		double detail = role == Role.CUSTOMER ? signed(safe(() -> parts.detailPreference().score(t), 0.0)) : 0;
		double clarity = unit(safe(() -> parts.clarity().clarity(t), 0.5), 0.5);
		double brevity = unit(safe(() -> parts.clarity().brevity(t, signed(ctx.customerDetailPreference())), 0.5),
				0.5);
		return new MessageAnalysis(signed(sentiment + EMOJI_WEIGHT * emoji.valence()),
				Math.max(unit(emotions.anger(), 0), emoji.angerFloor()), politeness, unit(emotions.empathy(), 0),
				unit(emotions.dismissive(), 0), unit(emotions.condescending(), 0), unit(emotions.hostile(), 0),
				unit(emotions.antagonize(), 0), clarity, brevity, detail, distortion,
				shifted(findings, lead, Finding::shifted), shifted(commitments, lead, Commitment::shifted),
				shifted(distortions, lead, Distortion::shifted), embedding, wordCount(t), plain.truncated());
	}

	/** @return {@code items} moved {@code by} chars on (back into the text before its blank start) by {@code shift} */
	private static <T> List<T> shifted(List<T> items, int by, BiFunction<T, Integer, T> shift) {
		return by == 0 ? items : items.stream().map(item -> shift.apply(item, by)).toList();
	}

	/** @return {@code a} with the given sentiment and anger */
	private static MessageAnalysis withTone(MessageAnalysis a, double sentiment, double anger) {
		return new MessageAnalysis(sentiment, anger, a.politeness(), a.empathy(), a.dismissive(), a.condescending(),
				a.hostile(), a.antagonize(), a.clarity(), a.brevity(), a.detailPreference(), a.distortion(), a.findings(),
				a.commitments(), a.distortions(), a.embedding(), a.wordCount(), a.truncated());
	}

	/**
	 * The analysis of a text without words: sentiment 0, anger, empathy and the four conversation-health scores 0
	 * (nothing expressed), politeness, clarity and brevity at their neutral 0.5, detail preference and distortion 0, no
	 * findings, commitments or distortions, word count 0; the embedding is that of the empty text in the model tier
	 * (the same for every such text), empty in the lexical tier.
	 */
	static MessageAnalysis neutral(float[] embedding, boolean truncated) {
		return new MessageAnalysis(0, 0, 0.5, 0, 0, 0, 0, 0, 0.5, 0.5, 0, 0, List.of(), List.of(), List.of(), embedding,
				0, truncated);
	}

	/**
	 * For an agent's reply: anger, dismissive, condescending, hostile and antagonize scored again on the reply without
	 * the phrases that name the customer's feelings or thank and praise the customer ({@link AcknowledgedFeelings};
	 * re-embedded in the model tier), keeping the lower score of each; empathy as first scored. A reply without such
	 * phrases, or whose five scores are all below {@link #RESCORE_FROM}, keeps {@code scores} (no second model run: most
	 * replies that thank the customer already score low, and the second run would double their cost).
	 */
	private EmotionScores withoutAcknowledgedFeelings(String text, EmotionScores scores) {
		if (Math.max(Math.max(scores.anger(), scores.dismissive()), Math.max(scores.condescending(),
				Math.max(scores.hostile(), scores.antagonize()))) < RESCORE_FROM) {
			return scores;
		}
		String rest = safe(() -> AcknowledgedFeelings.without(text), text);
		if (rest.equals(text)) {
			return scores;
		}
		EmotionScores other = NEUTRAL_EMOTIONS;
		if (PlainText.hasWord(rest)) {
			float[] embedding = embed(rest, List.of()).embedding();
			other = safe(() -> parts.emotions().score(rest, embedding, true), scores);
		}
		return new EmotionScores(Math.min(scores.anger(), other.anger()), scores.empathy(),
				Math.min(scores.dismissive(), other.dismissive()), Math.min(scores.condescending(), other.condescending()),
				Math.min(scores.hostile(), other.hostile()), Math.min(scores.antagonize(), other.antagonize()));
	}

	/**
	 * Phrase-model tier (PhraseTier): with an embedder, adds never-say findings that the sentence classifiers see in
	 * the sentences of an agent text the rules left unflagged; without one (lexical tier), returns {@code rules}. The
	 * sentence vectors come from the message's own embedding run, so the tier makes no model call.
	 */
	private List<Finding> withPhraseModelFindings(String text, List<Finding> rules, List<int[]> sentences,
			float[][] vectors) {
		if (sentences.isEmpty()) {
			return rules;
		}
		return safe(() -> PhraseTierHolder.TIER.findings(text, rules, PhraseCategoryModel.lookup(sentences, vectors)),
				rules);
	}

	/**
	 * Phrase-model tier for journal text (PhraseTier): with an embedder, adds the distortions the sentence classifiers
	 * see in sentences the self-talk rules left without one; without one (lexical tier), returns {@code rules}.
	 */
	private SelfTalk withPhraseModelDistortions(String text, SelfTalk rules, List<int[]> sentences, float[][] vectors) {
		if (sentences.isEmpty()) {
			return rules;
		}
		return safe(() -> PhraseTierHolder.TIER.selfTalk(text, rules, PhraseCategoryModel.lookup(sentences, vectors)),
				rules);
	}

	/**
	 * @return the sentences the phrase tier may classify: those of an agent or journal text, when there is an
	 *     embedder
	 */
	private List<int[]> phraseSentences(String text, Role role) {
		if (embedder == null || role != Role.AGENT && role != Role.JOURNAL) {
			return List.of();
		}
		List<int[]> all = safe(() -> PhraseCategoryModel.candidates(text), List.of());
		return all.stream().filter(s -> s[1] <= EMBED_CHARS).toList();
	}

	/** The phrase models, loaded on first use with an embedder. */
	private static final class PhraseTierHolder {

		static final PhraseTier TIER = PhraseTier.load();
	}

	/**
	 * @return the message embedding (empty without an embedder or on failure) and, from the same single model run, one
	 *     pooled vector per sentence range (empty on failure)
	 */
	private Embedder.Pooled embed(String text, List<int[]> sentences) {
		if (embedder == null) {
			return NOT_EMBEDDED;
		}
		Embedder e = embedder;
		String cut = text.length() > EMBED_CHARS ? text.substring(0, EMBED_CHARS) : text;
		Embedder.Pooled p = sentences.isEmpty() ? safe(() -> new Embedder.Pooled(e.embed(cut), new float[0][]), null)
				: safe(() -> e.embedPooled(cut, sentences), null);
		float[] v = p != null ? p.embedding() : null;
		if (v == null || v.length != Embedder.DIMENSION) {
			return NOT_EMBEDDED;
		}
		for (float x : v) {
			if (!Float.isFinite(x)) {
				return NOT_EMBEDDED;
			}
		}
		return p;
	}

	/**
	 * @return the number of words: maximal runs of letter or digit code points (apostrophes inside a word kept); 0
	 *     exactly when {@link PlainText#hasWord} is false
	 */
	static int wordCount(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			boolean part = Character.isLetterOrDigit(c) || inWord && (c == '\'' || c == '\u2019');
			if (part && !inWord) {
				words++;
			}
			inWord = part;
			i += Character.charCount(c);
		}
		return words;
	}

	private static double unit(double v, double neutral) {
		return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : neutral;
	}

	private static double signed(double v) {
		return Double.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
	}

	private static <T> T safe(Supplier<T> work, T fallback) {
		try {
			T value = work.get();
			return value != null ? value : fallback;
		}
		catch (RuntimeException | StackOverflowError ex) {
			return fallback;
		}
	}

	private static <T> List<T> safeList(Supplier<List<T>> work) {
		List<T> list = safe(work, List.of());
		try {
			return List.copyOf(list);
		}
		catch (NullPointerException ex) {
			return List.of();
		}
	}
}
