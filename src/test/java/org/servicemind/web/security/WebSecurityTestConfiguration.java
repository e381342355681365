package org.servicemind.web.security;

import java.time.Clock;
import org.mockito.Mockito;
import org.servicemind.agents.AgentManagement;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * For web slice tests: the application's real filter chains (so /admin/** needs ADMIN and forms need CSRF) with a
 * user store that knows nobody; tests authenticate with {@code @WithMockUser}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityTestConfiguration {

	@Bean
	ApiTokenManagement apiTokenManagement() {
		return Mockito.mock(ApiTokenManagement.class);
	}

	@Bean
	AgentManagement agentManagement() {
		return Mockito.mock(AgentManagement.class);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(4);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	UserDetailsService noUsers() {
		return username -> {
			throw new UsernameNotFoundException(username);
		};
	}
}
