package org.servicemind.web.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as admins see it (never the secret). */
public record ApiTokenView(UUID id, String name, Set<ApiScope> scopes, UUID agentId, Instant createdAt,
		@Nullable Instant lastUsedAt, boolean revoked) {
}
