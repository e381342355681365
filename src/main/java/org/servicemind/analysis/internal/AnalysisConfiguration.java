package org.servicemind.analysis.internal;

import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The engine as a bean, and the executor that runs analysis off the request threads. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

	static final String EXECUTOR = "analysisExecutor";

	@Bean
	TextAnalyzer textAnalyzer() {
		return TextAnalyzers.standard();
	}

	/**
	 * One low-priority thread: analysis (~3 ms per message with embeddings) must never starve request handling;
	 * a backlog waits in the queue and, across restarts, in the event publication registry.
	 */
	@Bean(name = EXECUTOR)
	ThreadPoolTaskExecutor analysisExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		executor.setThreadNamePrefix("analysis-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}
}
