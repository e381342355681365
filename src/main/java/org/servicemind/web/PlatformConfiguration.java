package org.servicemind.web;

import java.time.Clock;
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

	/** System time in UTC; the demo seeder may show one thread a past instant (see {@link DemoClock}). */
	@Bean
	Clock clock() {
		return new DemoClock(Clock.systemUTC());
	}

	/** BCrypt with strength 10: ~70 ms per check here, so it is used at login only, never per API request. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}
}
