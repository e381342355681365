package org.servicemind.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 32 random bytes (URL-safe Base64, prefixed {@code smk_}), stored as their SHA-256 only. A slow hash
 * adds nothing for a secret of 256 random bits, and SHA-256 keeps authentication cheap on every request.
 */
@Service
@Transactional
public class ApiTokenManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Issues a token acting as {@code agentId}; the secret is returned once. */
	public IssuedToken issue(String name, Set<ApiScope> scopes, UUID agentId) {
		if (name.isBlank() || scopes.isEmpty()) {
			throw new IllegalArgumentException("a token needs a name and at least one scope");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "smk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = tokens.save(new ApiToken(name, sha256(secret), scopes, agentId, clock.instant()));
		return new IssuedToken(token.view(), secret);
	}

	/**
	 * Registers a secret chosen by the operator (used by {@code servicemind.bootstrap-token}); does nothing when
	 * a token with this secret exists already.
	 * @return the token for this secret
	 * @throws IllegalArgumentException for a secret shorter than 20 characters, a blank name or no scope
	 */
	public ApiTokenView register(String name, String secret, Set<ApiScope> scopes, UUID agentId) {
		if (secret.strip().length() < 20 || name.isBlank() || scopes.isEmpty()) {
			throw new IllegalArgumentException("a token needs a name, a scope and a secret of 20+ characters");
		}
		return tokens.findByTokenHash(sha256(secret)).map(ApiToken::view).orElseGet(
				() -> tokens.save(new ApiToken(name, sha256(secret), scopes, agentId, clock.instant())).view());
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> list() {
		return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiToken::view).toList();
	}

	/**
	 * Revokes a token; it stops working at once.
	 * @return true when this call revoked it, false when the token is unknown or was revoked already
	 */
	public boolean revoke(UUID id) {
		return tokens.findById(id).map(ApiToken::revoke).orElse(false);
	}

	/** @return the token for this secret unless unknown or revoked */
	public Optional<ApiTokenView> authenticate(String secret) {
		return tokens.findByTokenHash(sha256(secret)).filter(t -> !t.revoked()).map(t -> {
			t.touch(clock.instant());
			return t.view();
		});
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}
}
