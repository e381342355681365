package org.servicemind.analysis;

import java.util.List;

/** Placeholder until the engine lands: neutral signals. */
public final class TextAnalyzers {

	private TextAnalyzers() {
	}

	public static TextAnalyzer standard() {
		return (text, context) -> new MessageAnalysis(0, text.contains("!") ? 0.9 : 0.1, 0.5, 0.5, 0, 0, 0, 0,
				0.5, 0.5, 0.3, 0, List.of(), List.of(), List.of(), new float[0], text.split("\\s+").length, false);
	}
}
