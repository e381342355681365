package org.servicemind.analysis.lexical;

import java.util.List;

/** Finds cognitive distortions in an agent's private journal text. Thread-safe. */
public final class SelfTalkAnalyzer {

	/** @return the distortions in {@code text}; never null */
	public SelfTalk analyze(String text) {
		return new SelfTalk(0, List.of()); // TODO implemented by the self-talk work
	}
}
