package org.servicemind.web;

import java.time.Clock;
import org.servicemind.agents.AgentManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC settings of the browser UI: the interceptor that feeds the page frame. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<AgentManagement> agents;

	private final UiFormat format;

	WebConfiguration(ObjectProvider<AgentManagement> agents, ObjectProvider<Clock> clock) {
		this.agents = agents;
		this.format = new UiFormat(clock.getIfAvailable(Clock::systemUTC));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutModelInterceptor(agents, format)).excludePathPatterns("/api/**", "/css/**",
				"/js/**", "/webjars/**");
	}
}
