package org.dateline.comment;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the learned filter knows: per-token counts and the comments it learned them from.
 */
@Repository
class SpamTokenRepository {

	private static final long TOTALS_FOR_MILLIS = 60_000;

	private final JdbcClient jdbc;

	/**
	 * Every new comment is scored against the totals; they change only with decisions, so
	 * they are kept a minute.
	 */
	private volatile long[] totals;

	private volatile long totalsAt;

	SpamTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, long[]> counts(Collection<String> tokens) {
		Map<String, long[]> counts = new HashMap<>();
		if (tokens.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("SELECT token, spam, ham FROM spam_token WHERE token IN (:tokens)")
			.param("tokens", tokens)
			.query((rs) -> {
				counts.put(rs.getString("token"), new long[] { rs.getLong("spam"), rs.getLong("ham") });
			});
		return counts;
	}

	/** How many comments were learned as spam and as ham. */
	long[] totals() {
		long[] cached = this.totals;
		if (cached != null && System.currentTimeMillis() - this.totalsAt < TOTALS_FOR_MILLIS) {
			return cached.clone();
		}
		long[] totals = new long[2];
		this.jdbc.sql("SELECT verdict, count(*) AS n FROM spam_training GROUP BY verdict").query((rs) -> {
			totals["SPAM".equals(rs.getString("verdict")) ? 0 : 1] = rs.getLong("n");
		});
		this.totals = totals;
		this.totalsAt = System.currentTimeMillis();
		return totals.clone();
	}

	Optional<Learned> learned(long commentId) {
		return this.jdbc.sql("SELECT verdict, tokens FROM spam_training WHERE comment_id = :id")
			.param("id", commentId)
			.query((rs, row) -> new Learned("SPAM".equals(rs.getString("verdict")),
					List.of(rs.getString("tokens").split("\n"))))
			.optional();
	}

	void learn(long commentId, boolean spam, Set<String> tokens) {
		this.totals = null;
		String column = spam ? "spam" : "ham";
		for (String token : tokens) {
			this.jdbc
				.sql("INSERT INTO spam_token (token, " + column + ") VALUES (:token, 1) "
						+ "ON CONFLICT (token) DO UPDATE SET " + column + " = spam_token." + column + " + 1")
				.param("token", token)
				.update();
		}
		this.jdbc.sql("INSERT INTO spam_training (comment_id, verdict, tokens) VALUES (:id, :verdict, :tokens)")
			.param("id", commentId)
			.param("verdict", spam ? "SPAM" : "HAM")
			.param("tokens", String.join("\n", tokens))
			.update();
	}

	void unlearn(long commentId, Learned learned) {
		this.totals = null;
		String column = learned.spam() ? "spam" : "ham";
		for (String token : learned.tokens()) {
			this.jdbc
				.sql("UPDATE spam_token SET " + column + " = " + column + " - 1 WHERE token = :token AND " + column
						+ " > 0")
				.param("token", token)
				.update();
		}
		this.jdbc.sql("DELETE FROM spam_training WHERE comment_id = :id").param("id", commentId).update();
	}

	record Learned(boolean spam, List<String> tokens) {

		static Learned of(boolean spam, String... tokens) {
			return new Learned(spam, Arrays.asList(tokens));
		}

	}

}
