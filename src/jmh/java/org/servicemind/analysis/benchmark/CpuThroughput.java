package org.servicemind.analysis.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;
import org.servicemind.analysis.lexical.CommitmentExtractor;
import org.servicemind.analysis.lexical.DetailPreferenceScorer;
import org.servicemind.analysis.lexical.ClarityScorer;
import org.servicemind.analysis.lexical.LexiconSentiment;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.PolitenessFeatures;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionScorer;
import org.servicemind.analysis.model.PolitenessModel;

/**
 * Messages per CPU-second of one thread (thread CPU time, so the figure holds on a machine shared with other
 * work, where JMH's wall-clock throughput understates it), for the lexical tier, its parts and the full analysis.
 * The ONNX runtime may use further threads for one embedding, so process CPU time (all threads, including JIT and
 * GC) is reported too: it is the conservative per-core figure.
 */
public final class CpuThroughput {

	private CpuThroughput() {
	}

	public static void main(String[] args) {
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		AnalysisContext[] contexts = new AnalysisContext[8];
		for (int i = 0; i < 8; i++) {
			contexts[i] = AnalysisContext.of(AnalysisBenchmark.ROLES[i]);
		}
		TextAnalyzer lexical = TextAnalyzers.lexicalOnly();
		LexiconSentiment lexicon = new LexiconSentiment();
		LexiconSentiment.Scores scores = lexicon.score(AnalysisBenchmark.MESSAGES[0]);
		RoleRules rules = new RoleRules();
		LexiconSentiment.Scores[] messageScores = new LexiconSentiment.Scores[8];
		for (int i = 0; i < 8; i++) {
			messageScores[i] = lexicon.score(AnalysisBenchmark.MESSAGES[i]);
		}
		EmotionScorer emotions = new EmotionScorer();
		PolitenessModel politeness = new PolitenessModel();
		ClarityScorer clarity = new ClarityScorer();
		float[] noEmbedding = new float[0];
		Embedder embedder = new Embedder();
		TextAnalyzer standard = TextAnalyzers.standard();
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		for (int round = 0; round < 2; round++) {
			boolean report = round == 1;
			measure(bean, "lexical tier", n, i -> lexical.analyze(AnalysisBenchmark.MESSAGES[i & 7], contexts[i & 7]),
					report);
			measure(bean, "  lexicon sentiment", n, i -> lexicon.score(AnalysisBenchmark.MESSAGES[i & 7]), report);
			measure(bean, "  politeness features", n,
					i -> PolitenessFeatures.extract(AnalysisBenchmark.MESSAGES[i & 7], scores), report);
			measure(bean, "  role rules", n, i -> rules.apply(AnalysisBenchmark.MESSAGES[i & 7], contexts[i & 7]),
					report);
			measure(bean, "  emotions (lexical)", n,
					i -> emotions.score(AnalysisBenchmark.MESSAGES[i & 7], noEmbedding), report);
			measure(bean, "  politeness (lexical)", n, i -> politeness.score(AnalysisBenchmark.MESSAGES[i & 7],
					messageScores[i & 7], noEmbedding), report);
			measure(bean, "  clarity and brevity", n, i -> clarity.clarity(AnalysisBenchmark.MESSAGES[i & 7])
					+ clarity.brevity(AnalysisBenchmark.MESSAGES[i & 7], 0), report);
			measure(bean, "embedding only", n / 200, i -> embedder.embed(AnalysisBenchmark.MESSAGES[i & 7]), report);
			measure(bean, "full analysis", n / 200, i -> standard.analyze(AnalysisBenchmark.MESSAGES[i & 7],
					contexts[i & 7]), report);
		}
	}

	/** The rule families the engine runs by role: never-say and commitments (agent), self-talk, detail. */
	private static final class RoleRules {

		private final NeverSayGuard neverSay = new NeverSayGuard();

		private final CommitmentExtractor commitments = new CommitmentExtractor();

		private final SelfTalkAnalyzer selfTalk = new SelfTalkAnalyzer();

		private final DetailPreferenceScorer detail = new DetailPreferenceScorer();

		Object apply(String text, AnalysisContext context) {
			return switch (context.role()) {
				case AGENT -> neverSay.scan(text).size() + commitments.extract(text, context).size();
				case JOURNAL -> selfTalk.analyze(text);
				default -> detail.score(text);
			};
		}
	}

	private static void measure(ThreadMXBean bean, String name, int n, java.util.function.IntFunction<Object> work,
			boolean report) {
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
		long cpu0 = bean.getCurrentThreadCpuTime();
		long process0 = os.getProcessCpuTime();
		long wall0 = System.nanoTime();
		int sink = 0;
		for (int i = 0; i < n; i++) {
			sink += work.apply(i).hashCode() & 1;
		}
		double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
		double process = (os.getProcessCpuTime() - process0) / 1e9;
		double wall = (System.nanoTime() - wall0) / 1e9;
		if (report) {
			System.out.printf(Locale.ROOT,
					"%-24s %8d msgs  %9.0f msgs/thread-CPU-s  %9.0f msgs/process-CPU-s  %9.0f msgs/wall-s  (%d)%n", name,
					n, n / cpu, n / process, n / wall, sink);
		}
	}
}
