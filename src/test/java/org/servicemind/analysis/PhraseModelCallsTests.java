package org.servicemind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
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

/** The phrase-model tier costs no model call: every message makes exactly one embedding call, whatever its role. */
class PhraseModelCallsTests {

	private static final Embedder REAL = new Embedder();

	private static final String AGENT = "Thanks for the photos. We looked at the order again today. It is whatever it is,"
			+ " I guess. The courier has the parcel now. You will hear from them tomorrow.";

	private static final String JOURNAL = "The meeting went badly again. Everyone thinks I am useless at this job."
			+ " Tomorrow will surely be a disaster too. I had lunch with a friend.";

	@Test
	void makesExactlyOneModelCallPerMessage() {
		Embedder embedder = spy(REAL);
		DefaultTextAnalyzer analyzer = new DefaultTextAnalyzer(embedder, new DefaultTextAnalyzer.Parts(
				new LexiconSentiment(), new SentimentModel(), new PolitenessModel(), new EmotionScorer(),
				new NeverSayGuard(), new CommitmentExtractor(), new SelfTalkAnalyzer(), new DetailPreferenceScorer(),
				new ClarityScorer()));
		for (Role role : Role.values()) {
			String text = role == Role.JOURNAL ? JOURNAL : AGENT;
			clearInvocations(embedder);
			MessageAnalysis a = analyzer.analyze(text, AnalysisContext.of(role));
			int pooled = org.mockito.Mockito.mockingDetails(embedder).getInvocations().size();
			assertThat(pooled).as(role.name()).isEqualTo(1);
			assertThat(a.embedding()).as(role.name()).containsExactly(REAL.embed(text));
		}
		clearInvocations(embedder);
		analyzer.analyze(AGENT, AnalysisContext.of(Role.AGENT));
		verify(embedder, times(1)).embedPooled(anyString(), anyList());
		verify(embedder, never()).embed(any());
	}
}
