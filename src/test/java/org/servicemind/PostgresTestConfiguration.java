package org.servicemind;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at the one embedded PostgreSQL of this test JVM (see {@link TestDatabase}). */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	DataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(TestDatabase.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		// short, so work that races the JVM shutdown (PostgreSQL stops in its own hook) fails within 5 s instead of 30 s
		dataSource.setConnectionTimeout(5000);
		return dataSource;
	}
}
