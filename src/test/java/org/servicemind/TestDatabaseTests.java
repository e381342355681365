package org.servicemind;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabaseTests {

	@Test
	void startsRealPostgres() throws Exception {
		try (Connection c = TestDatabase.dataSource().getConnection();
				ResultSet rs = c.createStatement().executeQuery("select version()")) {
			rs.next();
			assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
		}
	}
}
