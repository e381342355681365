package org.servicemind.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login rate limiting, in front of the whole Spring Security filter chain: after
 * {@code servicemind.login.max-failures} (5) bad passwords for a username, or {@link LoginAttempts#ADDRESS_FACTOR}
 * times as many from a client address, within
 * {@code servicemind.login.lock-minutes} (15), form logins ({@code POST /login}) are sent back to
 * {@code /login?locked} with a kind message, and HTTP Basic requests get 429 with a problem detail. Bearer tokens
 * are not affected. Counts live in memory on each node, so a cluster of N nodes allows up to N times the limit.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOCKED_MESSAGE = "Too many unsuccessful sign-in attempts. To keep your account safe, "
			+ "please wait %d minutes and try again, or ask an administrator to reset your password.";

	private final LoginAttempts attempts;

	@Autowired
	LoginThrottleFilter(@Value("${servicemind.login.max-failures:5}") int maxFailures,
			@Value("${servicemind.login.lock-minutes:15}") int lockMinutes) {
		this(new LoginAttempts(maxFailures, Duration.ofMinutes(lockMinutes), Clock.systemUTC()));
	}

	LoginThrottleFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String message = LOCKED_MESSAGE.formatted(attempts.window().toMinutes());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
			if (attempts.locked(request.getParameter("username"), request.getRemoteAddr())) {
				request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException(message));
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
		}
		else {
			String basicUser = basicUsername(request.getHeader("Authorization"));
			if (basicUser != null && attempts.locked(basicUser, request.getRemoteAddr())) {
				response.setStatus(429);
				response.setHeader("Retry-After", Long.toString(attempts.window().toSeconds()));
				response.setContentType("application/problem+json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
						+ "\"detail\":\"" + message + "\"}");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		attempts.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		attempts.succeeded(event.getAuthentication().getName());
	}

	private static @Nullable String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	private static @Nullable String basicUsername(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}
}
