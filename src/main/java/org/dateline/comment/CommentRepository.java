package org.dateline.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.data.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comments, reader flags and the moderation log. Public queries select no email column at
 * all; only the moderation queries, whose records stay in the newsroom, do.
 */
@Repository
class CommentRepository {

	private static final String PUBLIC = """
			SELECT id, article_id, parent_id, author_name, author_url, body, created_at, status, staff_user_id
			FROM comment
			""";

	private static final String MODERATED = """
			SELECT id, article_id, parent_id, author_name, author_email, author_url, body, status, created_at, ip,
			       user_agent, held_for, checks, spam_score, spam_evidence, open_flags, staff_user_id, edited_at
			FROM comment
			""";

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Comment> approvedFor(long articleId) {
		return this.jdbc.sql(PUBLIC + "WHERE article_id = :article AND status = 'APPROVED' ORDER BY created_at, id")
			.param("article", articleId)
			.query(CommentRepository::publicRow)
			.list();
	}

	/**
	 * The commenter's own comments still waiting for a moderator, by the ids their
	 * browser holds.
	 */
	List<Comment> pendingFor(long articleId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PUBLIC + "WHERE article_id = :article AND status = 'PENDING' AND id IN (:ids)")
			.param("article", articleId)
			.param("ids", ids)
			.query(CommentRepository::publicRow)
			.list();
	}

	Optional<Comment> findPublic(long id) {
		return this.jdbc.sql(PUBLIC + "WHERE id = :id").param("id", id).query(CommentRepository::publicRow).optional();
	}

	Optional<ModeratedComment> find(long id) {
		return this.jdbc.sql(MODERATED + "WHERE id = :id")
			.param("id", id)
			.query(CommentRepository::moderatedRow)
			.optional();
	}

	Optional<CommentStatus> status(long id) {
		return this.jdbc.sql("SELECT status FROM comment WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> CommentStatus.valueOf(rs.getString("status")))
			.optional();
	}

	/**
	 * Inserts unless a comment with the same submission id exists; the id of the new
	 * comment, if one was made.
	 */
	Optional<Long> insert(NewComment comment) {
		return this.jdbc.sql("""
				INSERT INTO comment (article_id, parent_id, author_name, author_email, author_url, body, status,
				                     submission_id, created_at, ip, user_agent, held_for, checks, spam_score,
				                     spam_evidence, notify_replies, staff_user_id)
				VALUES (:article, :parent, :name, :email, :url, :body, :status, :submission, :createdAt, :ip,
				        :userAgent, :heldFor, :checks, :spamScore, :spamEvidence, :notify, :staff)
				ON CONFLICT (submission_id) DO NOTHING
				RETURNING id
				""")
			.param("article", comment.articleId())
			.param("parent", comment.parentId())
			.param("name", comment.name())
			.param("email", comment.email())
			.param("url", comment.website())
			.param("body", comment.body())
			.param("status", comment.status().name())
			.param("submission", comment.submissionId())
			.param("createdAt", Sql.millis(comment.createdAt()))
			.param("ip", comment.ip())
			.param("userAgent", comment.userAgent())
			.param("heldFor", comment.heldFor())
			.param("checks", comment.checks())
			.param("spamScore", comment.spamScore())
			.param("spamEvidence", comment.spamEvidence())
			.param("notify", comment.notifyReplies())
			.param("staff", comment.staffUserId())
			.query(Long.class)
			.optional();
	}

	Optional<Long> idForSubmission(String submissionId) {
		return this.jdbc.sql("SELECT id FROM comment WHERE submission_id = :submission")
			.param("submission", submissionId)
			.query(Long.class)
			.optional();
	}

	long countByEmail(String email, CommentStatus status) {
		return this.jdbc.sql("SELECT count(*) FROM comment WHERE author_email = :email AND status = :status")
			.param("email", email)
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	boolean sameTextExists(long articleId, String email, String body) {
		return this.jdbc.sql("""
				SELECT count(*) FROM comment
				WHERE article_id = :article AND author_email = :email AND body = :body AND status <> 'TRASH'
				""")
			.param("article", articleId)
			.param("email", email)
			.param("body", body)
			.query(Long.class)
			.single() > 0;
	}

	/** How many comments each address has in each state, for the moderation queue. */
	Map<String, Map<CommentStatus, Long>> histories(Collection<String> emails) {
		Map<String, Map<CommentStatus, Long>> histories = new java.util.HashMap<>();
		if (emails.isEmpty()) {
			return histories;
		}
		this.jdbc
			.sql("SELECT author_email, status, count(*) AS n FROM comment WHERE author_email IN (:emails) "
					+ "GROUP BY author_email, status")
			.param("emails", emails)
			.query((rs) -> {
				histories.computeIfAbsent(rs.getString("author_email"), (e) -> new EnumMap<>(CommentStatus.class))
					.put(CommentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return histories;
	}

	List<ModeratedComment> byStatus(CommentStatus status, int limit, int offset) {
		return this.jdbc
			.sql(MODERATED + "WHERE status = :status ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(CommentRepository::moderatedRow)
			.list();
	}

	List<ModeratedComment> flagged(int limit, int offset) {
		return this.jdbc
			.sql(MODERATED + "WHERE open_flags > 0 AND status IN ('PENDING', 'APPROVED') "
					+ "ORDER BY open_flags DESC, created_at DESC LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(CommentRepository::moderatedRow)
			.list();
	}

	Map<CommentStatus, Long> counts() {
		Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
		for (CommentStatus status : CommentStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, count(*) AS n FROM comment GROUP BY status").query((rs) -> {
			counts.put(CommentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		});
		return counts;
	}

	long flaggedCount() {
		return this.jdbc.sql("SELECT count(*) FROM comment WHERE open_flags > 0 AND status IN ('PENDING', 'APPROVED')")
			.query(Long.class)
			.single();
	}

	void setStatus(long id, CommentStatus status) {
		this.jdbc.sql("UPDATE comment SET status = :status WHERE id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	void edit(long id, String name, String url, String body, Instant at) {
		this.jdbc.sql(
				"UPDATE comment SET author_name = :name, author_url = :url, body = :body, edited_at = :at WHERE id = :id")
			.param("name", name)
			.param("url", url)
			.param("body", body)
			.param("at", Sql.millis(at))
			.param("id", id)
			.update();
	}

	void replaceImported(long id, ImportedComment comment) {
		this.jdbc.sql("""
				UPDATE comment SET parent_id = :parent, author_name = :name, author_email = :email, author_url = :url,
				       body = :body, status = :status, created_at = :createdAt
				WHERE id = :id
				""")
			.param("parent", comment.parentId())
			.param("name", comment.name())
			.param("email", comment.email().toLowerCase(java.util.Locale.ROOT))
			.param("url", comment.website())
			.param("body", comment.body())
			.param("status", comment.status().name())
			.param("createdAt", Sql.millis(comment.createdAt()))
			.param("id", id)
			.update();
	}

	/**
	 * The comments of an article, not in the trash, that an import stored under a
	 * submission id starting with this prefix: id by submission id.
	 */
	Map<String, Long> importedOf(long articleId, String prefix) {
		Map<String, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT id, submission_id FROM comment
				WHERE article_id = :article AND status <> 'TRASH' AND substr(submission_id, 1, :length) = :prefix
				""")
			.param("article", articleId)
			.param("length", prefix.length())
			.param("prefix", prefix)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> ids.put(rs.getString("submission_id"),
					rs.getLong("id")));
		return ids;
	}

	void trash(long id) {
		this.jdbc.sql("UPDATE comment SET status = 'TRASH' WHERE id = :id").param("id", id).update();
	}

	List<ModeratedComment> allFor(long articleId) {
		return this.jdbc.sql(MODERATED + "WHERE article_id = :article ORDER BY created_at, id")
			.param("article", articleId)
			.query(CommentRepository::moderatedRow)
			.list();
	}

	/** Records a reader's report; false when this reader already reported the comment. */
	boolean flag(long commentId, String reporter, String reason, String detail, Instant at) {
		int inserted = this.jdbc.sql("""
				INSERT INTO comment_flag (comment_id, reporter, reason, detail, created_at)
				VALUES (:comment, :reporter, :reason, :detail, :at)
				ON CONFLICT (comment_id, reporter) DO NOTHING
				""")
			.param("comment", commentId)
			.param("reporter", reporter)
			.param("reason", reason)
			.param("detail", detail)
			.param("at", Sql.millis(at))
			.update();
		if (inserted == 1) {
			this.jdbc.sql("UPDATE comment SET open_flags = open_flags + 1 WHERE id = :id")
				.param("id", commentId)
				.update();
		}
		return inserted == 1;
	}

	int openFlags(long commentId) {
		return this.jdbc.sql("SELECT open_flags FROM comment WHERE id = :id")
			.param("id", commentId)
			.query(Integer.class)
			.single();
	}

	List<String> flagReasons(long commentId) {
		return this.jdbc.sql("""
				SELECT reason, detail FROM comment_flag WHERE comment_id = :id AND resolved = :no ORDER BY created_at
				""")
			.param("id", commentId)
			.param("no", false)
			.query((rs, row) -> rs.getString("reason")
					+ (rs.getString("detail").isBlank() ? "" : ": " + rs.getString("detail")))
			.list();
	}

	void resolveFlags(long commentId) {
		this.jdbc.sql("UPDATE comment_flag SET resolved = :yes WHERE comment_id = :id")
			.param("yes", true)
			.param("id", commentId)
			.update();
		this.jdbc.sql("UPDATE comment SET open_flags = 0 WHERE id = :id").param("id", commentId).update();
	}

	void log(long commentId, String actor, String action, String detail, Instant at) {
		this.jdbc.sql("""
				INSERT INTO comment_moderation_log (comment_id, actor, action, detail, created_at)
				VALUES (:comment, :actor, :action, :detail, :at)
				""")
			.param("comment", commentId)
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.param("at", Sql.millis(at))
			.update();
	}

	List<ModerationLogEntry> recentLog(int limit) {
		return this.jdbc.sql("""
				SELECT comment_id, actor, action, detail, created_at FROM comment_moderation_log
				ORDER BY created_at DESC, id DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new ModerationLogEntry(rs.getLong("comment_id"), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail"), Sql.instant(rs, "created_at")))
			.list();
	}

	List<ModeratedComment> byEmail(String email) {
		return this.jdbc.sql(MODERATED + "WHERE author_email = :email ORDER BY created_at")
			.param("email", email)
			.query(CommentRepository::moderatedRow)
			.list();
	}

	/**
	 * Erases what identifies a commenter; the text stays, under "Anonymous", so replies
	 * keep their context.
	 */
	int anonymize(String email) {
		return this.jdbc.sql("""
				UPDATE comment SET author_name = 'Anonymous', author_email = '', author_url = '', ip = '',
				                   user_agent = '', notify_replies = :no
				WHERE author_email = :email
				""").param("no", false).param("email", email).update();
	}

	/** Who asked to hear about replies to a comment, if anyone did. */
	Optional<String> replyWatcher(long commentId) {
		return this.jdbc.sql("SELECT author_email FROM comment WHERE id = :id AND notify_replies = :yes")
			.param("id", commentId)
			.param("yes", true)
			.query(String.class)
			.optional();
	}

	Optional<String> emailOf(long commentId) {
		return this.jdbc.sql("SELECT author_email FROM comment WHERE id = :id")
			.param("id", commentId)
			.query(String.class)
			.optional();
	}

	private static Comment publicRow(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		rs.getLong("staff_user_id");
		boolean staff = !rs.wasNull();
		return new Comment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("author_name"),
				rs.getString("author_url"), rs.getString("body"), Sql.instant(rs, "created_at"),
				"PENDING".equals(rs.getString("status")), staff);
	}

	private static ModeratedComment moderatedRow(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		double score = rs.getDouble("spam_score");
		Double spamScore = rs.wasNull() ? null : score;
		rs.getLong("staff_user_id");
		boolean staff = !rs.wasNull();
		return new ModeratedComment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("author_name"),
				rs.getString("author_email"), rs.getString("author_url"), rs.getString("body"),
				CommentStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"), rs.getString("ip"),
				rs.getString("user_agent"), rs.getString("held_for"), rs.getString("checks"), spamScore,
				rs.getString("spam_evidence"), rs.getInt("open_flags"), staff, Sql.instant(rs, "edited_at"));
	}

}
