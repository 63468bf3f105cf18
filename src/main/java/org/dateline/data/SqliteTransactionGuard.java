package org.dateline.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Keeps a pooled SQLite connection usable after a transaction could not begin.
 * <p>
 * sqlite-jdbc's {@code setAutoCommit(false)} marks the connection as in a transaction
 * before it runs {@code BEGIN IMMEDIATE}. When that waits longer than the busy timeout
 * (many writers at once on a slow disk) it fails, the caller gives the connection back to
 * the pool, and the connection still believes it is in a transaction while SQLite is not:
 * every later transaction on it then fails at commit ("cannot commit - no transaction is
 * active"), a 500 for good on one request in eight. This wrapper puts the flag back when
 * the {@code BEGIN} fails; the failed request still gets its error.
 */
@Configuration(proxyBeanMethods = false)
class SqliteTransactionGuard {

	@Bean
	static BeanPostProcessor guardedSqliteConnections() {
		// First of the post-processors, so it wraps the pool itself whatever else wraps
		// the data source (metrics, the tests' query counter).
		class Wrapping implements BeanPostProcessor, PriorityOrdered {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Guarded)) ? guard(dataSource) : bean;
			}

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

		}
		return new Wrapping();
	}

	static DataSource guard(DataSource dataSource) {
		return new Guarded(dataSource);
	}

	private static final class Guarded extends DelegatingDataSource {

		Guarded(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return guard(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return guard(super.getConnection(username, password));
		}

		private static Connection guard(Connection connection) throws SQLException {
			if (!connection.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
				return connection;
			}
			InvocationHandler handler = (proxy, method, args) -> invoke(connection, method, args);
			return (Connection) Proxy.newProxyInstance(SqliteTransactionGuard.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
					try {
						connection.setAutoCommit(true); // the flag back; SQLite has
														// nothing to commit
					}
					catch (SQLException expected) {
						// "no transaction is active": just what was wanted
					}
				}
				throw ex.getCause();
			}
		}

	}

}
