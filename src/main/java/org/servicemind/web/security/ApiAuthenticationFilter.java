package org.servicemind.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicemind.agents.AgentCredentials;
import org.servicemind.agents.AgentManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST API requests from {@code Authorization: Bearer <token>} (authorities {@code SCOPE_<scope>})
 * or HTTP Basic with an agent's username and password (authorities {@code ROLE_<role>}). The principal is the
 * acting agent's id ({@link UUID}); controllers take it with {@code @AuthenticationPrincipal UUID}. Requests
 * without the header pass on anonymously (authorisation then answers 401); bad credentials get 401 at once.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokenManagement tokens;

	private final AgentManagement agents;

	private final PasswordEncoder passwords;

	private final VerifiedCredentials verified;

	private final ProblemResponses problems;

	private final ApplicationEventPublisher events;

	ApiAuthenticationFilter(ApiTokenManagement tokens, AgentManagement agents, PasswordEncoder passwords,
			VerifiedCredentials verified, ProblemResponses problems, ApplicationEventPublisher events) {
		this.events = events;
		this.tokens = tokens;
		this.agents = agents;
		this.passwords = passwords;
		this.verified = verified;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication;
		String detail;
		if (startsWith(header, "Bearer ")) {
			authentication = bearer(header.substring(7).strip());
			detail = "The API token is unknown or revoked.";
		}
		else if (startsWith(header, "Basic ")) {
			authentication = basic(header.substring(6).strip(), request);
			detail = "The username or password is wrong, or the account is deactivated.";
		}
		else {
			authentication = Optional.empty();
			detail = "Only Bearer tokens and HTTP Basic are supported.";
		}
		if (authentication.isEmpty()) {
			SecurityContextHolder.clearContext();
			problems.unauthorized(request, response, detail);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private Optional<Authentication> bearer(String secret) {
		if (secret.isEmpty()) {
			return Optional.empty();
		}
		return tokens.authenticate(secret).map(token -> authenticated(token.agentId(), token.scopes().stream()
			.<GrantedAuthority>map(s -> new SimpleGrantedAuthority("SCOPE_" + s.value())).toList()));
	}

	/**
	 * Checks HTTP Basic credentials; a password is BCrypt-checked only when it was not verified recently. Failures
	 * and fresh successes are published as Spring Security authentication events, so login throttling counts them.
	 */
	private Optional<Authentication> basic(String encoded, HttpServletRequest request) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		String username = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		Optional<Authentication> remembered = verified.find(username, password);
		if (remembered.isPresent()) {
			return remembered;
		}
		Optional<AgentCredentials> credentials = agents.findCredentials(username.strip())
			.filter(c -> c.active() && passwords.matches(password, c.passwordHash()));
		Optional<Authentication> authentication = credentials.map(c -> authenticated(c.id(), c.roles().stream()
			.<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				null);
		attempt.setDetails(new WebAuthenticationDetails(request));
		if (authentication.isPresent()) {
			verified.remember(username, password, authentication.get());
			events.publishEvent(new AuthenticationSuccessEvent(attempt));
		}
		else {
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
					new BadCredentialsException("wrong username or password")));
		}
		return authentication;
	}

	private static Authentication authenticated(UUID agentId, List<GrantedAuthority> authorities) {
		return UsernamePasswordAuthenticationToken.authenticated(agentId, null, authorities);
	}

	private static boolean startsWith(String header, String scheme) {
		return header.regionMatches(true, 0, scheme, 0, scheme.length());
	}
}
