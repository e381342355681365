package org.servicemind.ticketing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Command to open a ticket for a customer (registered on the fly when the address is new).
 *
 * @param body plain text, or HTML when {@code html} is true (sanitised on the way in)
 * @param channel email, portal, chat, phone or api
 * @param team team name or null
 */
public record OpenTicket(String subject, String customerEmail, String customerName, String body, boolean html,
		@Nullable Priority priority, List<String> tags, String channel, @Nullable String team,
		@Nullable String rawSource) {

	/** A plain-text ticket without team or raw source. */
	public static OpenTicket plain(String subject, String customerEmail, String customerName, String body,
			@Nullable Priority priority, List<String> tags, String channel) {
		return new OpenTicket(subject, customerEmail, customerName, body, false, priority, tags, channel, null, null);
	}
}
