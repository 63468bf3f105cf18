package org.dateline.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How newsroom sessions are stored. Two requests of one session that add the same
 * attribute at once (tabs opened together, say) would both insert it, and the second
 * failed on the primary key with a 500. Spring Session's own fix for PostgreSQL turns the
 * insert into an upsert ({@code ON CONFLICT ... DO UPDATE}), a statement SQLite (3.24+)
 * accepts word for word, so the one customizer serves both databases.
 */
@Configuration(proxyBeanMethods = false)
class StaffSessionConfig {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributeInserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
