package org.servicemind.analysis.lexical;

import java.util.List;
import org.servicemind.analysis.Finding;

/** Finds phrases an agent should never send, with a better wording. Thread-safe. */
public final class NeverSayGuard {

	/** @return findings in {@code text}, ordered by start offset; empty when none */
	public List<Finding> scan(String text) {
		return List.of(); // TODO implemented by the never-say work
	}
}
