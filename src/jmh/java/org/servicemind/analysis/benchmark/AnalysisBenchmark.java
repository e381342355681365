package org.servicemind.analysis.benchmark;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.MessageAnalysis;
import org.servicemind.analysis.Role;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;

/**
 * Single-thread throughput of the analysis engine on 50-word messages (customer, agent and journal texts written
 * for this benchmark): the lexical tier alone and the full analysis with embeddings. Results in
 * docs/benchmarks/analysis.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalysisBenchmark {

	/** Eight original messages of 50 words each. */
	static final String[] MESSAGES = {
			"Hi team, I ordered the blue kettle two weeks ago and it still has not arrived. The tracking page has said "
					+ "out for delivery since Monday and nobody answers the phone. Could you please tell me where it "
					+ "is, or refund me so I can buy one somewhere else? Thanks, Dana",
			"This is the third time I am writing about the same broken login. Every time your support closes the "
					+ "ticket without fixing anything. I pay for the premium plan and I cannot even open my account. "
					+ "Fix it today or I cancel and tell everyone I know about this.",
			"Thanks for your patience, Marco. I am sorry the export failed twice; that must be frustrating before a "
					+ "deadline. I have asked our engineers to rerun it and I will call you back tomorrow morning with "
					+ "the file. If anything changes before then, I will email you right away.",
			"As I already said, this is company policy and there is nothing I can do about it. You should have read "
					+ "the terms before you signed up. Please calm down and check the help centre, the answer is "
					+ "there if you look properly. I am closing this ticket now.",
			"Could you explain in detail how the sync between the mobile app and the web dashboard works? I would "
					+ "like to understand why some records appear twice and which side wins when both are edited. A "
					+ "short diagram or a link to documentation would help my team a lot.",
			"Today was awful. I messed up one refund and now everyone on the team probably thinks I am useless. I "
					+ "always make these mistakes and I will never be good at this job. My lead did not say anything, "
					+ "which surely means she is disappointed in me again.",
			"Quick question: does the starter plan include phone support, or only email? We are a small shop with "
					+ "three people and mostly need help during setup. If phone support costs extra, how much is it "
					+ "per month? Just a short answer is fine, no need for the full brochure, thanks.",
			"Good news: the payment issue is fixed and your invoice for March has been corrected. You will see the "
					+ "credit of twelve euros on your next statement. I have also turned on reminders for you. Is "
					+ "there anything else I can help with today? Have a lovely weekend, Priya." };

	static final Role[] ROLES = { Role.CUSTOMER, Role.CUSTOMER, Role.AGENT, Role.AGENT, Role.CUSTOMER, Role.JOURNAL,
			Role.CUSTOMER, Role.AGENT };

	private TextAnalyzer lexical;

	private TextAnalyzer standard;

	private AnalysisContext[] contexts;

	private int next;

	@Setup
	public void setUp() {
		lexical = TextAnalyzers.lexicalOnly();
		standard = TextAnalyzers.standard();
		contexts = new AnalysisContext[ROLES.length];
		for (int i = 0; i < ROLES.length; i++) {
			contexts[i] = AnalysisContext.of(ROLES[i], Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
		}
	}

	@Benchmark
	public MessageAnalysis lexicalTier() {
		int i = next++ & 7;
		return lexical.analyze(MESSAGES[i], contexts[i]);
	}

	@Benchmark
	public MessageAnalysis fullAnalysis() {
		int i = next++ & 7;
		return standard.analyze(MESSAGES[i], contexts[i]);
	}
}
