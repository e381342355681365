package org.servicemind.web;

import java.time.Clock;
import java.time.Duration;
import org.servicemind.web.demo.DemoClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans every module may use: the clock and the password encoder. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class PlatformConfiguration {

	/**
	 * System time in UTC in whole microseconds, the precision the databases store, so that an instant the API returns
	 * when it creates a record is the one it returns when the record is read back; the demo seeder may show one thread
	 * a past instant (see {@link DemoClock}).
	 */
	@Bean
	Clock clock() {
		return new DemoClock(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
	}

	/** BCrypt with strength 10: ~70 ms per check here, so it is used at login only, never per API request. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}
}
