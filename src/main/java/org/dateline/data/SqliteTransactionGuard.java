package org.dateline.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes the writers of one SQLite database take turns fairly, and keeps a pooled
 * connection usable after a transaction could not begin.
 * <p>
 * Every transaction begins with {@code BEGIN IMMEDIATE}, which takes SQLite's one write
 * lock. SQLite's own busy handler makes a waiting transaction sleep and look again, up to
 * 100 ms at a time: while other connections keep the lock busy, one waiter can find it
 * taken at every look and give up after the busy timeout, a 500 for a reader whose
 * comment was fine. So the transactions of this process first queue, in order, for a fair
 * permit of their own; the holder of the permit then finds SQLite's lock free unless
 * another process (a CLI command beside the server) has it.
 * <p>
 * sqlite-jdbc's {@code setAutoCommit(false)} marks the connection as in a transaction
 * before it runs {@code BEGIN IMMEDIATE}. When that waits longer than the busy timeout it
 * fails, the caller gives the connection back to the pool, and the connection still
 * believes it is in a transaction while SQLite is not: every later transaction on it then
 * fails at commit ("cannot commit - no transaction is active"). This wrapper puts the
 * flag back when the {@code BEGIN} fails; the failed request still gets its error.
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

		/**
		 * How long a transaction waits for its turn, as long as SQLite's busy timeout.
		 */
		private static final long TURN_TIMEOUT_MILLIS = 10_000;

		private final Semaphore writer = new Semaphore(1, true);

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

		private Connection guard(Connection connection) throws SQLException {
			if (!connection.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
				return connection;
			}
			return (Connection) Proxy.newProxyInstance(SqliteTransactionGuard.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Turns(connection, this.writer));
		}

	}

	/**
	 * One pooled connection's part in the turns: it holds the permit while in a
	 * transaction.
	 */
	private static final class Turns implements InvocationHandler {

		private final Connection connection;

		private final Semaphore writer;

		private boolean holding;

		Turns(Connection connection, Semaphore writer) {
			this.connection = connection;
			this.writer = writer;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			boolean begin = name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0])
					&& this.connection.getAutoCommit();
			if (begin) {
				awaitTurn();
			}
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				if (begin) {
					unmarkTransaction();
					endTurn();
				}
				throw ex.getCause();
			}
			finally {
				if ((name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) || name.equals("close")) {
					endTurn();
				}
			}
		}

		private void awaitTurn() throws SQLException {
			try {
				if (!this.writer.tryAcquire(Guarded.TURN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
					throw new SQLTransientException(
							"The database is busy: no turn to write within " + Guarded.TURN_TIMEOUT_MILLIS + " ms");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLTransientException("Interrupted while waiting for a turn to write", ex);
			}
			this.holding = true;
		}

		private void endTurn() {
			if (this.holding) {
				this.holding = false;
				this.writer.release();
			}
		}

		private void unmarkTransaction() {
			// puts the driver's flag back; SQLite itself has no transaction to commit
			try {
				this.connection.setAutoCommit(true);
			}
			catch (SQLException expected) {
				// "no transaction is active": just what was wanted
			}
		}

	}

}
