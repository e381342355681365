package org.servicemind.web.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * For web slice tests: the application's real filter chains (so /admin/** needs ADMIN and forms need CSRF) with a
 * user store that knows nobody; tests authenticate with {@code @WithMockUser}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityTestConfiguration {

	@Bean
	UserDetailsService noUsers() {
		return username -> {
			throw new UsernameNotFoundException(username);
		};
	}
}
