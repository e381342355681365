package org.servicemind.ticketing;

import org.jspecify.annotations.Nullable;

/**
 * The content of a message: plain text (what agents read and the engine analyses), sanitised HTML, and the raw
 * source as received (e.g. the original e-mail), if any.
 */
public record MessageBody(String text, String html, @Nullable String rawSource) {
}
