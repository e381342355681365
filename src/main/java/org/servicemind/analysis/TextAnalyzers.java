package org.servicemind.analysis;

import org.servicemind.analysis.lexical.ClarityScorer;
import org.servicemind.analysis.lexical.CommitmentExtractor;
import org.servicemind.analysis.lexical.DetailPreferenceScorer;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionScorer;
import org.servicemind.analysis.model.PolitenessModel;
import org.servicemind.analysis.model.SentimentModel;

/**
 * Factories of the analysis engine. The lexicons, weights and the embedding model are loaded once per JVM, on first
 * use, and shared by every analyzer these factories return; the analyzers are thread-safe.
 */
public final class TextAnalyzers {

	private TextAnalyzers() {
	}

	/**
	 * Both tiers: lexical rules plus the 384-d sentence embedding and the small trained models (sentiment, politeness,
	 * emotions). About a few hundred messages per second per core.
	 */
	public static TextAnalyzer standard() {
		return new DefaultTextAnalyzer(EmbedderHolder.EMBEDDER, PartsHolder.PARTS);
	}

	/**
	 * The lexical tier only (no embedding; the embedding in every result is empty): microseconds per message. Model
	 * signals fall back to their lexical estimates (sentiment: the VADER-style compound score; politeness: the
	 * strategy-feature model; emotions: whatever {@link EmotionScorer} derives without an embedding).
	 */
	public static TextAnalyzer lexicalOnly() {
		return new DefaultTextAnalyzer(null, PartsHolder.PARTS);
	}

	private static final class PartsHolder {

		static final DefaultTextAnalyzer.Parts PARTS = new DefaultTextAnalyzer.Parts(new LexiconSentiment(),
				new SentimentModel(), new PolitenessModel(), new EmotionScorer(), new NeverSayGuard(),
				new CommitmentExtractor(), new SelfTalkAnalyzer(), new DetailPreferenceScorer(), new ClarityScorer());
	}

	private static final class EmbedderHolder {

		static final Embedder EMBEDDER = new Embedder();
	}
}
