package org.dateline.account;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ends newsroom sessions. Sessions are kept by Spring Session JDBC in the
 * {@code SPRING_SESSION} table, indexed by the account's sign-in name, so one statement
 * signs an account out on every device and every node; the next request of a deleted
 * session is anonymous and goes back to the sign-in page.
 */
@Service
public class StaffSessions {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffSessions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Signs the account out everywhere; returns how many sessions ended. */
	public int endAll(StaffUser user) {
		return this.jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email")
			.param("email", user.email())
			.update();
	}

	/** Signs the account out everywhere but the session with this id. */
	public int endOthers(StaffUser user, String keepSessionId) {
		return this.jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email AND SESSION_ID <> :keep")
			.param("email", user.email())
			.param("keep", keepSessionId)
			.update();
	}

	/** How many sessions the account has open. */
	public long count(StaffUser user) {
		return this.jdbc.sql("SELECT count(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email AND EXPIRY_TIME > :now")
			.param("email", user.email())
			.param("now", this.clock.millis())
			.query(Long.class)
			.single();
	}

}
