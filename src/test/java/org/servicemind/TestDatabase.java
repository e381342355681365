package org.servicemind;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** One real PostgreSQL (zonky embedded binaries) per test JVM, started on first use and stopped at JVM exit. */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	/** @return a JDBC URL of the shared embedded PostgreSQL's {@code postgres} database */
	public static synchronized String jdbcUrl() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start embedded PostgreSQL", ex);
			}
			EmbeddedPostgres started = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; the data directory is temporary
				}
			}));
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/** @return a data source on the shared embedded PostgreSQL */
	public static DataSource dataSource() {
		jdbcUrl();
		return postgres.getPostgresDatabase();
	}
}
