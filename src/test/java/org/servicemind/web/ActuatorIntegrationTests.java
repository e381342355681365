package org.servicemind.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicemind.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Health, info and Prometheus metrics are served without signing in; other endpoints are not exposed. */
@IntegrationTest
class ActuatorIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void reportsHealthUpWithoutLogin() throws Exception {
		mvc().perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void servesPrometheusMetricsWithoutLogin() throws Exception {
		mvc().perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
	}

	@Test
	void servesInfoWithoutLogin() throws Exception {
		mvc().perform(get("/actuator/info")).andExpect(status().isOk())
			.andExpect(jsonPath("$.app.name").value("ServiceMind"));
	}

	@Test
	void keepsOtherEndpointsPrivate() throws Exception {
		mvc().perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}
}
