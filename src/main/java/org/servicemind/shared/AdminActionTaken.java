package org.servicemind.shared;

import org.jspecify.annotations.Nullable;

/**
 * Published by any module when someone changes configuration or accounts, so the audit log can record it without
 * every module depending on the web module.
 *
 * @param actor username of who did it, or "system"
 * @param action dotted verb, e.g. {@code agent.created}, {@code token.revoked}
 * @param target what was changed, e.g. a username or a macro name
 * @param details free text, at most 2000 characters are kept
 */
public record AdminActionTaken(String actor, String action, String target, @Nullable String details) {
}
