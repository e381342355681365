package org.servicemind.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code servicemind.bootstrap-token=<secret>} (20+ characters) set, registers that secret at start-up as
 * an API token with the {@code admin} scope, acting as the agent {@code servicemind.bootstrap-token-agent}
 * (default {@code api-admin}, created with the ADMIN role and an unusable random password when absent). For
 * automation such as benchmarks and provisioning scripts; leave it unset otherwise.
 */
@Component
@ConditionalOnProperty("servicemind.bootstrap-token")
class BootstrapToken implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

	private final ApiTokenManagement tokens;

	private final AgentManagement agents;

	private final String secret;

	private final String username;

	BootstrapToken(ApiTokenManagement tokens, AgentManagement agents,
			@Value("${servicemind.bootstrap-token}") String secret,
			@Value("${servicemind.bootstrap-token-agent:api-admin}") String username) {
		this.tokens = tokens;
		this.agents = agents;
		this.secret = secret;
		this.username = username;
	}

	@Override
	public void run(ApplicationArguments args) {
		AgentView agent = agents.findByUsername(username).orElseGet(() -> agents.create(new NewAgent(username,
				"API administrator", username + "@servicemind.invalid", randomPassword(), Set.of(AgentRole.ADMIN),
				List.of(), List.of(), List.of())));
		tokens.register("bootstrap", secret, Set.of(ApiScope.ADMIN), agent.id());
		log.warn("Bootstrap API token registered for agent '{}' (servicemind.bootstrap-token); unset it when done",
				username);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
