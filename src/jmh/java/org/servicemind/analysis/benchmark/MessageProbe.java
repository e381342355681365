package org.servicemind.analysis.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;
import org.servicemind.analysis.lexical.CommitmentExtractor;
import org.servicemind.analysis.lexical.DetailPreferenceScorer;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;

/**
 * Thread-CPU µs per message of each rule family and of the whole lexical tier, for each of the eight benchmark
 * messages on its own (each message repeated {@code n} times in a row, second of two rounds reported). Every family
 * runs on every message, though the engine runs only the role's: agent = never-say and commitments, journal =
 * self-talk, customer = detail preference. Usage: {@code MessageProbe [n]}, default 3,000.
 */
public final class MessageProbe {

	/** keeps the results alive so the JIT cannot drop the work */
	private static volatile int blackhole;

	private MessageProbe() {
	}

	public static void main(String[] args) {
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		NeverSayGuard neverSay = new NeverSayGuard();
		CommitmentExtractor commitments = new CommitmentExtractor();
		SelfTalkAnalyzer selfTalk = new SelfTalkAnalyzer();
		DetailPreferenceScorer detail = new DetailPreferenceScorer();
		TextAnalyzer lexical = TextAnalyzers.lexicalOnly();
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
		String[] names = { "neverSay", "commit", "selfTalk", "detail", "lexicalTier" };
		for (int round = 0; round < 2; round++) {
			for (int m = 0; m < AnalysisBenchmark.MESSAGES.length; m++) {
				String text = AnalysisBenchmark.MESSAGES[m];
				AnalysisContext context = AnalysisContext.of(AnalysisBenchmark.ROLES[m],
						Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "msg %d %-8s", m,
						AnalysisBenchmark.ROLES[m]));
				for (int k = 0; k < names.length; k++) {
					long start = bean.getCurrentThreadCpuTime();
					int sink = 0;
					for (int i = 0; i < n; i++) {
						sink += switch (k) {
							case 0 -> neverSay.scan(text).size();
							case 1 -> commitments.extract(text, context).size();
							case 2 -> selfTalk.analyze(text).distortions().size();
							case 3 -> (int) detail.score(text);
							default -> lexical.analyze(text, context).hashCode() & 1;
						};
					}
					double micros = (bean.getCurrentThreadCpuTime() - start) / 1e3 / n;
					blackhole += sink;
					line.append(String.format(Locale.ROOT, " %s=%6.1fus", names[k], micros));
				}
				if (round == 1) {
					System.out.println(line);
				}
			}
		}
	}
}
