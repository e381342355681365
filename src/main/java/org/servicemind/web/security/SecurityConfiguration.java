package org.servicemind.web.security;

import java.time.Clock;
import org.servicemind.agents.AgentManagement;
import org.servicemind.web.api.BodySizeLimitFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two filter chains: the REST API under {@code /api/**} (stateless, bearer tokens or HTTP Basic, no CSRF) and the
 * browser UI (form login, remember-me, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_SUPERVISOR
				ROLE_SUPERVISOR > ROLE_AGENT
				SCOPE_admin > ROLE_ADMIN""");
	}

	/**
	 * GETs need {@code tickets:read} (or the AGENT role), writes to tickets, messages and customers need
	 * {@code tickets:write} (or AGENT); any other request a handler serves needs {@code admin} (or ADMIN), while a
	 * request no handler serves (unknown path, unsupported method) needs only authentication, so an authenticated
	 * caller gets Spring MVC's 404 or 405 rather than 403. Bodies over {@code servicemind.api.max-body-bytes} get
	 * 413.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenManagement tokens, AgentManagement agents,
			PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events, RoleHierarchy roles,
			ObjectProvider<RequestMappingHandlerMapping> mappings,
			@Value("${servicemind.api.max-body-bytes:1048576}") long maxBodyBytes) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		ApiEndpoints endpoints = new ApiEndpoints(() -> ApiEndpoints
			.of(mappings.orderedStream().flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority("SCOPE_tickets:read", "ROLE_AGENT")
				.requestMatchers(HttpMethod.POST, "/api/v1/tickets", "/api/v1/tickets/*/messages",
						"/api/v1/customers")
				.hasAnyAuthority("SCOPE_tickets:write", "ROLE_AGENT")
				.requestMatchers(HttpMethod.PATCH, "/api/v1/tickets/*")
				.hasAnyAuthority("SCOPE_tickets:write", "ROLE_AGENT")
				.anyRequest().access(adminUnlessUnserved(endpoints, roles)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ApiAuthenticationFilter(tokens, agents, passwords, new VerifiedCredentials(clock),
					problems, events), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(maxBodyBytes), AuthorizationFilter.class);
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> adminUnlessUnserved(ApiEndpoints endpoints,
			RoleHierarchy roles) {
		AuthorityAuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager
			.hasAuthority("ROLE_ADMIN");
		admin.setRoleHierarchy(roles);
		AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated = AuthenticatedAuthorizationManager
			.authenticated();
		return (authentication, context) -> endpoints.serves(context.getRequest())
				? admin.authorize(authentication, context) : authenticated.authorize(authentication, context);
	}

	/**
	 * Scripts, styles, images and form targets only from this server (inline styles stay allowed for htmx's
	 * indicator and Swagger UI); no framing. Sent on every UI response.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The browser UI. The remember-me cookie is signed with {@code servicemind.security.remember-me-key}; when that
	 * is blank a random key is made at start-up, so remember-me cookies last only until the next restart.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, UserDetailsService users,
			@Value("${servicemind.security.remember-me-key:}") String rememberMeKey) throws Exception {
		String key = rememberMeKey.isBlank() ? java.util.UUID.randomUUID().toString() : rememberMeKey;
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().hasRole("AGENT"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.rememberMe(remember -> remember.userDetailsService(users).key(key))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}
}
