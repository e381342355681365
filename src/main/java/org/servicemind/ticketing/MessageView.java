package org.servicemind.ticketing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of a ticket's thread.
 *
 * @param text plain text; render it escaped
 * @param html sanitised HTML (safe subset), for channels that send HTML
 * @param sentiment customer sentiment -1..1 once analysed, else null
 * @param anger customer anger 0..1 once analysed, else null
 * @param analysisTruncated whether the analysis read only the start of a very long message (the engine reads the
 *        first 20,000 characters), so its signals describe that start
 */
public record MessageView(UUID id, MessageType type, String channel, String author, @Nullable UUID agentId,
		@Nullable UUID customerId, String text, String html, boolean macroUnchanged, @Nullable Double sentiment,
		@Nullable Double anger, boolean analysisTruncated, Instant createdAt) {

	/** @return calm, annoyed, angry or furious for an analysed customer message; empty otherwise */
	public String angerLabel() {
		return AngerLabels.of(anger);
	}
}
