package org.servicemind.web.security;

/** A newly issued token: {@code secret} is shown once and never stored (only its SHA-256). */
public record IssuedToken(ApiTokenView token, String secret) {
}
