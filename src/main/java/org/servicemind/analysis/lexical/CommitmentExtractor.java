package org.servicemind.analysis.lexical;

import java.util.List;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Commitment;

/** Finds promises in agent text and resolves their due time. Thread-safe. */
public final class CommitmentExtractor {

	/** @return commitments in {@code text} ordered by start offset; empty for non-agent text */
	public List<Commitment> extract(String text, AnalysisContext context) {
		return List.of(); // TODO implemented by the commitments work
	}
}
