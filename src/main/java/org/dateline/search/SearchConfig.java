package org.dateline.search;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the full-text search of the database the site runs on. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

	@Bean
	SearchDialect searchDialect(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return "PostgreSQL".equalsIgnoreCase(product) ? new PostgresSearch(jdbc) : new SqliteSearch(jdbc);
		}
	}

}
