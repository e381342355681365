package org.servicemind.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

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
				ROLE_SUPERVISOR > ROLE_AGENT""");
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, UserDetailsService users) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().hasRole("AGENT"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.rememberMe(remember -> remember.userDetailsService(users).key("servicemind-remember-me"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}
}
