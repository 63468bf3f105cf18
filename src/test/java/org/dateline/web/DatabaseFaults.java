package org.dateline.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Puts the test site's database out of reach, or makes it slow, the way the connection
 * pool reports it when the server is down: every new request for a connection fails with
 * {@link SQLTransientConnectionException}, as HikariCP's does when its timeout runs out.
 * Only the handing out of connections is changed; SQL runs on the real database.
 */
@TestConfiguration(proxyBeanMethods = false)
class DatabaseFaults {

	private static volatile boolean down;

	private static volatile Duration delay = Duration.ZERO;

	static void down() {
		down = true;
	}

	/** Every connection is handed out after this delay: a database under strain. */
	static void slow(Duration by) {
		delay = by;
	}

	static void healthy() {
		down = false;
		delay = Duration.ZERO;
	}

	@Bean
	static BeanPostProcessor faultyDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? new Faulty(dataSource) : bean;
			}
		};
	}

	private static final class Faulty extends DelegatingDataSource {

		Faulty(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (down) {
				throw new SQLTransientConnectionException("dateline - Connection is not available (test outage)");
			}
			Duration wait = delay;
			if (!wait.isZero()) {
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return super.getConnection();
		}

	}

}
