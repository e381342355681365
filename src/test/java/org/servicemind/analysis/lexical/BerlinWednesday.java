package org.servicemind.analysis.lexical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Commitment;
import org.servicemind.analysis.Role;

/** The commitment tests' reference moment: Wednesday 2026-03-04 11:15 in Berlin, and an extractor run there. */
final class BerlinWednesday {

	static final Instant AT = Instant.parse("2026-03-04T10:15:00Z");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final CommitmentExtractor EXTRACTOR = new CommitmentExtractor();

	private BerlinWednesday() {
	}

	/** @return the commitments in {@code text} written by {@code role} at that moment */
	static List<Commitment> extract(String text, Role role) {
		return EXTRACTOR.extract(text, AnalysisContext.of(role, AT, BERLIN));
	}

	/** @return the commitments in agent text written at that moment */
	static List<Commitment> agent(String text) {
		return extract(text, Role.AGENT);
	}
}
