package org.servicemind.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.agents.PresenceStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Login rate limiting and presence on sign-in/out, through the real filter chains. */
@IntegrationTest
class LoginThrottleIntegrationTests {

	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	WebApplicationContext context;

	@Autowired
	AgentManagement agents;

	@Autowired
	LoginThrottleFilter throttle;

	@Value("${servicemind.login.max-failures}")
	int maxFailures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(throttle).apply(springSecurity()).build();
	}

	@Test
	void sendsTheContentSecurityPolicyOnUiPages() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void refusesFormLoginForTheLockWindowAfterTooManyFailures() throws Exception {
		AgentView agent = agent();
		String address = nextAddress();
		for (int i = 0; i < maxFailures; i++) {
			mvc.perform(login(agent.username(), "wrong-" + i, address))
				.andExpect(redirectedUrl("/login?error"));
		}
		MvcResult locked = mvc
			.perform(login(agent.username(), "right-password", nextAddress()))
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn();
		Object error = locked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		assertThat(((Exception) error).getMessage()).contains("please wait 15 minutes");

		// a colleague behind the same (office NAT) address is not locked out by someone else's failures
		AgentView other = agent();
		mvc.perform(login(other.username(), "right-password", address))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesHttpBasicOnTheApiWith429AfterTooManyFailures() throws Exception {
		AgentView agent = agent();
		for (int i = 0; i < maxFailures; i++) {
			mvc.perform(get("/api/v1/tickets").with(httpBasic(agent.username(), "nope")).with(from(nextAddress())))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/tickets").with(httpBasic(agent.username(), "right-password")).with(from(nextAddress())))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"status\":429")));
	}

	@Test
	void signingInSetsOnlineAndSigningOutSetsOffline() throws Exception {
		AgentView agent = agent();
		assertThat(agent.presence()).isEqualTo(PresenceStatus.OFFLINE);
		MvcResult login = mvc.perform(login(agent.username(), "right-password", nextAddress()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(agents.get(agent.id()).presence()).isEqualTo(PresenceStatus.ONLINE);

		mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) login.getRequest().getSession()))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(agents.get(agent.id()).presence()).isEqualTo(PresenceStatus.OFFLINE);
	}

	@Test
	void basicAuthOnTheApiLeavesPresenceAlone() throws Exception {
		AgentView agent = agent();
		mvc.perform(get("/api/v1/tickets").with(httpBasic(agent.username(), "right-password")).with(from(nextAddress())));
		assertThat(agents.get(agent.id()).presence()).isEqualTo(PresenceStatus.OFFLINE);
	}

	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	AgentView agent() {
		String username = "lt-" + System.nanoTime();
		return agents.create(new NewAgent(username, "Login Tester", username + "@example.com", "right-password",
				Set.of(AgentRole.AGENT), List.of(), List.of(), List.of("en")));
	}

	static String nextAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
