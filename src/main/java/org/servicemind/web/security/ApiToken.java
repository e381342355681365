package org.servicemind.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_tokens")
class ApiToken {

	@Id
	private UUID id;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	private String scopes;

	@Column(name = "agent_id")
	private UUID agentId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	private boolean revoked;

	@SuppressWarnings("NullAway.Init")
	protected ApiToken() {
	}

	ApiToken(String name, String tokenHash, Set<ApiScope> scopes, UUID agentId, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.tokenHash = tokenHash;
		this.scopes = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
		this.agentId = agentId;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	boolean revoked() {
		return revoked;
	}

	/** @return true when this call revoked the token, false when it was revoked already */
	boolean revoke() {
		boolean changed = !revoked;
		revoked = true;
		return changed;
	}

	/** Records use at most once a minute, so authentication does not write on every request. */
	boolean touch(Instant now) {
		if (lastUsedAt == null || Duration.between(lastUsedAt, now).toSeconds() >= 60) {
			lastUsedAt = now;
			return true;
		}
		return false;
	}

	ApiTokenView view() {
		Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).map(ApiScope::of).forEach(set::add);
		return new ApiTokenView(id, name, set, agentId, createdAt, lastUsedAt, revoked);
	}
}
