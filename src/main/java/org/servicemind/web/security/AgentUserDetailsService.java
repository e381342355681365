package org.servicemind.web.security;

import java.util.List;
import org.servicemind.agents.AgentCredentials;
import org.servicemind.agents.AgentManagement;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads agent accounts for form login, remember-me and HTTP Basic. */
@Component
class AgentUserDetailsService implements UserDetailsService {

	private final AgentManagement agents;

	AgentUserDetailsService(AgentManagement agents) {
		this.agents = agents;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AgentCredentials credentials = agents.findCredentials(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("no agent " + username));
		List<SimpleGrantedAuthority> authorities = credentials.roles().stream()
			.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
		return User.withUsername(credentials.username()).password(credentials.passwordHash())
			.authorities(authorities).disabled(!credentials.active()).build();
	}
}
