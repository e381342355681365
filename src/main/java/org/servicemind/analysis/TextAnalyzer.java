package org.servicemind.analysis;

/**
 * The analysis engine: deterministic, offline, thread-safe. Never throws for any text, including empty,
 * binary junk or megabytes of input (long texts are truncated and flagged).
 */
public interface TextAnalyzer {

	/** Analyses {@code text} written in {@code context}. */
	MessageAnalysis analyze(String text, AnalysisContext context);
}
