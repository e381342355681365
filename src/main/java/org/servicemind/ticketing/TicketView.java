package org.servicemind.ticketing;

import java.util.List;

/** A ticket with its whole thread, oldest message first. */
public record TicketView(TicketSummary ticket, List<MessageView> messages) {
}
