package org.servicemind.ticketing;

/**
 * A message as it landed: {@code number} is the ticket it was added to, which differs from the requested one when
 * a customer wrote to a CLOSED ticket and a follow-up was opened.
 */
public record PostedMessage(long number, MessageView message) {
}
